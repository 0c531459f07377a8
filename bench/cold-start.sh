#!/usr/bin/env bash
# Whole-process timings of the published binary (Native AOT): on the seed, a cold `search quantization` (index
# already built) and `index --rebuild`; with an index of the arXiv corpus, also issue 4's cold
# `search "graph neural network"`. Each is run 7 times; prints the median wall time (ms), every run, and the
# median and highest peak RSS.
# Usage: bash bench/cold-start.sh [--bin DIR] [--arxiv-index DIR]
#   --bin DIR          time DIR/search-abstracts instead of publishing Release into a temp folder first
#   --arxiv-index DIR  an index of ../shared/data/arxiv-daily-115k (build one with
#                      `search-abstracts index ../shared/data/arxiv-daily-115k/corpus.jsonl.gz --index DIR -q`)
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
bin_dir=""
arxiv_index=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin_dir="$(realpath "$2")"; shift 2 ;;
    --arxiv-index) arxiv_index="$(realpath "$2")"; shift 2 ;;
    *) echo "cold-start.sh: unknown option '$1' (see the header of bench/cold-start.sh)" >&2; exit 1 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -z "$bin_dir" ]; then
  bin_dir="$work/bin"
  dotnet publish src/SearchAbstracts.Cli -c Release -o "$bin_dir" >/dev/null
fi
bin="$bin_dir/search-abstracts"
cp -r seeds "$work/"
cd "$work"
"$bin" index --rebuild >/dev/null 2>&1
runs=7

measure() {
  local label="$1"; shift
  local times=() rss=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -o "$work/time.txt" -f "%M" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 ))); rss+=("$(tail -n 1 "$work/time.txt")")
  done
  local mid=$(( (runs + 1) / 2 ))
  printf '%-40s median %5d ms   runs: %s   peak RSS median %d MB, max %d MB\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "${mid}p")" "${times[*]}" \
    $(( $(printf '%s\n' "${rss[@]}" | sort -n | sed -n "${mid}p") / 1024 )) \
    $(( $(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1) / 1024 ))
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
measure "search quantization (cold process)" "$bin" search quantization --color never
measure "index --rebuild (seed, 8 papers)" "$bin" index --rebuild
if [ -n "$arxiv_index" ]; then
  measure "search \"graph neural network\" (arXiv)" "$bin" search "graph neural network" --index "$arxiv_index" --color never
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
