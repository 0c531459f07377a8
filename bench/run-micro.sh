#!/usr/bin/env bash
# BenchmarkDotNet micro-benchmarks of the library (bench/SearchAbstracts.Benchmarks), Release build:
# analyzer tokens/s, listing reader MB/s, indexing papers/s, search with and without snippets and facets.
#
# Usage: bash bench/run-micro.sh [--quick] [BenchmarkDotNet options...]
#   (no options)   every benchmark (--filter '*'), BenchmarkDotNet's default job: about 10 minutes on 2 cores
#   --quick        the same with --job short (3 iterations): about 3 minutes, for a first look
#   --filter GLOB  only some, e.g. --filter '*Search*'; any other option goes to BenchmarkDotNet as is
# Papers come from the arXiv corpus when it is there (SA_BENCH_CORPUS, default
# ../shared/data/arxiv-daily-115k/corpus.jsonl.gz from the repository root), else synthetic ones made from seeds/.
# Reports: bench/out/micro/results/*.md (and .csv, .html).
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
filter_given=0
for arg in "$@"; do
  case "$arg" in
    --quick) args+=(--job short) ;;
    --filter) filter_given=1; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done
if [ "$filter_given" -eq 0 ]; then
  args=(--filter '*' "${args[@]}")
fi

corpus="${SA_BENCH_CORPUS:-../shared/data/arxiv-daily-115k/corpus.jsonl.gz}"
if [ -f "$corpus" ]; then
  # Absolute, because BenchmarkDotNet runs each benchmark from a folder of its own.
  export SA_BENCH_CORPUS="$(realpath "$corpus")"
  echo "run-micro.sh: papers and abstracts from $SA_BENCH_CORPUS" >&2
else
  echo "run-micro.sh: no corpus at $corpus: synthetic papers from seeds/ (set SA_BENCH_CORPUS for real ones)" >&2
fi

nice -n 5 dotnet run -c Release --project bench/SearchAbstracts.Benchmarks -- "${args[@]}" --artifacts bench/out/micro
