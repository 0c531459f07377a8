#!/usr/bin/env bash
# SearchAbstracts against its peers on the arXiv corpus (115,300 abstracts), whole processes, one script:
# for each engine, build the index (wall time, peak RSS, size on disk), run a cold one-query process 5 times,
# and run the two warm query sets (bench/queries/titles.tsv, topical.tsv); then print a markdown table of
# medians with ratios against raw Lucene.Net.
#
# Engines: SearchAbstracts (the CLI, Release), raw Lucene.Net (bench/RawLucene, the peer baseline),
# SQLite FTS5 (bench/Fts5). With a CLI that has `index --threads`, SearchAbstracts also indexes with one thread.
#
# Usage: bash bench/compare.sh [--runs N] [--engines sa,lucene,fts5] [--skip-build]
#   --runs N      index builds and warm query-set runs per engine (default 1; the table shows medians)
#   --engines     which engines to run (default all three)
#   --skip-build  reuse the binaries in bench/out/ from an earlier run
# Corpus: SA_BENCH_CORPUS, default ../shared/data/arxiv-daily-115k/corpus.jsonl.gz from the repository root;
# the script prints why and exits 0 when it is absent. Needs GNU time (/usr/bin/time, Debian package "time").
# Everything it writes goes to bench/out/ (gitignored); the table is also saved as bench/out/compare-*.md.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=1
engines="sa,lucene,fts5"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --engines) engines="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    *) echo "compare.sh: unknown option '$1' (see the header of bench/compare.sh)" >&2; exit 1 ;;
  esac
done

corpus="${SA_BENCH_CORPUS:-../shared/data/arxiv-daily-115k/corpus.jsonl.gz}"
if [ ! -f "$corpus" ]; then
  echo "compare.sh: skipped: no corpus at $corpus (set SA_BENCH_CORPUS to a BEIR corpus.jsonl[.gz])"
  exit 0
fi
corpus="$(realpath "$corpus")"
if [ ! -x /usr/bin/time ]; then
  echo "compare.sh: needs GNU time at /usr/bin/time (Debian package \"time\")" >&2
  exit 1
fi

out="$PWD/bench/out"
work="$out/work"
logs="$out/logs"
mkdir -p "$work" "$logs"
cli="$out/cli/search-abstracts"
lucene="$out/raw-lucene/raw-lucene"
fts5="$out/fts5/fts5"
querysets="$out/query-sets/query-sets"
cold_query=(graph neural network)
has() { [[ ",$engines," == *",$1,"* ]]; }
note() { echo "compare.sh: $*" >&2; }

# ---------------------------------------------------------------- build (Release)
publish() {
  local project="$1" dest="$2"
  if nice -n 5 dotnet publish "$project" -c Release -o "$dest" >"$logs/publish-$(basename "$dest").log" 2>&1; then
    return 0
  fi
  note "publishing $project failed; see $logs/publish-$(basename "$dest").log"
  tail -n 5 "$logs/publish-$(basename "$dest").log" >&2
  return 1
}
if [ "$build" -eq 1 ]; then
  note "building Release into bench/out/ ..."
  publish bench/QuerySets "$out/query-sets"
  has sa && { publish src/SearchAbstracts.Cli "$out/cli" || engines="${engines//sa/}"; }
  has lucene && publish bench/RawLucene "$out/raw-lucene"
  has fts5 && publish bench/Fts5 "$out/fts5"
fi

# ---------------------------------------------------------------- query sets
titles=bench/queries/titles.tsv
topical=bench/queries/topical.tsv
if [ ! -f "$titles" ] || [ ! -f "$topical" ]; then
  note "generating the query sets into bench/queries/ ..."
  "$querysets" generate "$corpus" bench/queries >&2
fi
papers=$(gzip -cdf "$corpus" | grep -c .)
note "corpus: $corpus ($papers papers); $runs run(s) per measurement"

# ---------------------------------------------------------------- measurement helpers
declare -A values   # "engine|metric" -> space-separated values, one per run

add() { values["$1|$2"]="${values["$1|$2"]:-} $3"; }

# timed NAME LOG CMD...: runs CMD under nice and GNU time; sets wall (s) and rss (KB); false when CMD fails.
timed() {
  local name="$1" log="$2"; shift 2
  if /usr/bin/time -o "$work/time.txt" -f '%e %M' nice -n 5 "$@" >"$log" 2>"$log.err"; then
    read -r wall rss < <(tail -n 1 "$work/time.txt")
    return 0
  fi
  note "$name failed (exit code in $work/time.txt); stderr:"
  tail -n 5 "$log.err" >&2
  return 1
}

size_mb() { du -sb "$1" | awk '{ printf "%.1f", $1 / 1e6 }'; }

# index ENGINE TARGET CMD...: one index build, recorded as wall time, papers/s, peak RSS and size.
index() {
  local engine="$1" target="$2"; shift 2
  local log="$logs/index-$engine.log"
  if timed "$engine index" "$log" "$@"; then
    add "$engine" index_s "$wall"
    add "$engine" papers_per_s "$(awk -v p="$papers" -v s="$wall" 'BEGIN { printf "%.0f", p / s }')"
    add "$engine" index_rss_mb "$((rss / 1024))"
    add "$engine" index_mb "$(size_mb "$target")"
  fi
}

# cold ENGINE CMD...: five one-query processes; records each wall time (the table shows the median).
cold() {
  local engine="$1"; shift
  for _ in 1 2 3 4 5; do
    timed "$engine cold query" "$logs/cold-$engine.log" "$@" && add "$engine" cold_s "$wall"
  done
}

# stats ENGINE SET FILE: reads "N queries in … p50 X ms, p95 Y ms, p99 Z ms, Q queries/s" and "known-item @1: S (k/n)".
stats() {
  local engine="$1" set="$2" file="$3" line
  line=$(grep -E '^[0-9]+ queries in ' "$file" | tail -n 1 || true)
  if [ -z "$line" ]; then
    note "$engine $set: no latency line in $file"
    return
  fi
  add "$engine" "${set}_p50" "$(sed -E 's/.* p50 ([0-9.]+) ms.*/\1/' <<<"$line")"
  add "$engine" "${set}_p99" "$(sed -E 's/.* p99 ([0-9.]+) ms.*/\1/' <<<"$line")"
  line=$(grep -E '^known-item @1: ' "$file" | tail -n 1 || true)
  [ -n "$line" ] && add "$engine" "${set}_known" "$(sed -E 's/^known-item @1: ([0-9.]+).*/\1/' <<<"$line")"
  # Collections during the timed pass, as "all/full": a full one (in the background) explains a high p99 of a run.
  line=$(grep -E '^garbage collections while timed: [0-9]+, [0-9]+ of them full' "$file" | tail -n 1 || true)
  [ -n "$line" ] && add "$engine" "${set}_gc" "$(sed -E 's/^garbage collections while timed: ([0-9]+), ([0-9]+) of them full.*/\1\/\2/' <<<"$line")"
  return 0
}

# ---------------------------------------------------------------- SearchAbstracts
if has sa; then
  index_help=$("$cli" index --help 2>&1 || true)
  search_help=$("$cli" search --help 2>&1 || true)
  quiet=()
  grep -q -- '--quiet' <<<"$index_help" && quiet=(--quiet)
  sa_index="$work/sa-index"
  for ((run = 1; run <= runs; run++)); do
    note "SearchAbstracts: index (run $run/$runs) ..."
    # From an empty folder, as the peers build theirs: a rebuild over the last run's index also deletes its files
    # when it commits (60-100 ms of unlinking 180 MB, timed).
    rm -rf "$sa_index"
    index sa "$sa_index" "$cli" index "$corpus" --index "$sa_index" --rebuild "${quiet[@]}"
    if grep -q -- '--threads' <<<"$index_help"; then
      note "SearchAbstracts: index --threads 1 (run $run/$runs) ..."
      index sa1 "$work/sa-index-1" "$cli" index "$corpus" --index "$work/sa-index-1" --rebuild "${quiet[@]}" --threads 1
      rm -rf "$work/sa-index-1"
    fi
  done
  grep -q -- '--threads' <<<"$index_help" || note "SearchAbstracts: the CLI has no index --threads yet: no one-thread row"
  note "SearchAbstracts: cold search ..."
  cold sa "$cli" search "${cold_query[*]}" --index "$sa_index" --color never
  if grep -q -- '--queries' <<<"$search_help"; then
    for ((run = 1; run <= runs; run++)); do
      for set in titles topical; do
        note "SearchAbstracts: warm $set (run $run/$runs) ..."
        result="$work/sa-$set.jsonl"
        # Exit code 1 means some queries were rejected (each has an error line); the others still count.
        timed "sa $set" "$result" "$cli" search --queries "bench/queries/$set.tsv" --index "$sa_index" --stats --limit 10 || true
        "$querysets" known-item "$result" >>"$result.err"
        stats sa "$set" "$result.err"
      done
    done
  else
    note "SearchAbstracts: the CLI has no search --queries yet: warm query sets skipped"
  fi
fi

# ---------------------------------------------------------------- peers
# peer ENGINE BINARY TARGET: the same steps with a peer program (index CORPUS DIR, query DIR WORDS, search DIR FILE).
peer() {
  local engine="$1" bin="$2" target="$3"
  for ((run = 1; run <= runs; run++)); do
    note "$engine: index (run $run/$runs) ..."
    rm -rf "$target"
    index "$engine" "$target" "$bin" index "$corpus" "$target"
  done
  note "$engine: cold search ..."
  cold "$engine" "$bin" query "$target" "${cold_query[@]}"
  for ((run = 1; run <= runs; run++)); do
    for set in titles topical; do
      note "$engine: warm $set (run $run/$runs) ..."
      local result="$work/$engine-$set.txt"
      timed "$engine $set" "$result" "$bin" search "$target" "bench/queries/$set.tsv" --run "$work/$engine-$set.trec" &&
        stats "$engine" "$set" "$result"
    done
  done
}
has lucene && peer lucene "$lucene" "$work/lucene-index"
has fts5 && peer fts5 "$fts5" "$work/fts5.db"

# ---------------------------------------------------------------- table
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }

# cell ENGINE METRIC UNIT: "median unit (ratio×)", the ratio against raw Lucene.Net.
cell() {
  local engine="$1" metric="$2" unit="$3" value base
  value=$(median "${values["$engine|$metric"]:-}")
  [ -z "$value" ] && { printf -- '—'; return; }
  base=$(median "${values["lucene|$metric"]:-}")
  if [ "$engine" != lucene ] && [ -n "$base" ] && awk -v b="$base" 'BEGIN { exit !(b > 0) }'; then
    printf '%s%s (%s×)' "$value" "$unit" "$(awk -v v="$value" -v b="$base" 'BEGIN { printf "%.2f", v / b }')"
  else
    printf '%s%s' "$value" "$unit"
  fi
}

columns=()
has sa && columns+=(sa)
[ -n "${values["sa1|index_s"]:-}" ] && columns+=(sa1)
has lucene && columns+=(lucene)
has fts5 && columns+=(fts5)
declare -A heading=([sa]="SearchAbstracts" [sa1]="SearchAbstracts, index --threads 1" [lucene]="raw Lucene.Net" [fts5]="SQLite FTS5")

row() {
  local label="$1" metric="$2" unit="$3"
  printf '| %s |' "$label"
  for engine in "${columns[@]}"; do printf ' %s |' "$(cell "$engine" "$metric" "$unit")"; done
  printf '\n'
}

runtime=$(dotnet --list-runtimes 2>/dev/null | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')
os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")
report="$out/compare-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Corpus: $(basename "$(dirname "$corpus")")/$(basename "$corpus"), $papers papers. Medians of $runs run(s)" \
    "(cold search: of 5 processes). Ratios against raw Lucene.Net. Machine: $(nproc) cores," \
    "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $os, .NET $runtime, $(date -u +%F)."
  echo
  printf '| |'; for engine in "${columns[@]}"; do printf ' %s |' "${heading[$engine]}"; done; printf '\n'
  printf '|---|'; for _ in "${columns[@]}"; do printf -- '---|'; done; printf '\n'
  row "index wall time (lower is better)" index_s " s"
  row "papers/s (higher is better)" papers_per_s ""
  row "index peak RSS" index_rss_mb " MB"
  row "index size on disk" index_mb " MB"
  row "cold search \`${cold_query[*]}\` (whole process)" cold_s " s"
  row "warm p50, titles (1,000 known-item)" titles_p50 " ms"
  row "warm p99, titles" titles_p99 " ms"
  row "warm p50, topical (300 × 1–3 words)" topical_p50 " ms"
  row "warm p99, topical" topical_p99 " ms"
  row "known-item @1 (titles; higher is better)" titles_known ""
  if ((runs > 1)); then
    # The medians hide how far runs on a noisy host spread: each run's figure, in the order they ran.
    echo
    echo "Each run, in order:"
    echo
    for engine in "${columns[@]}"; do
      for metric in index_s index_rss_mb titles_p50 titles_p99 titles_gc topical_p50 topical_p99 topical_gc; do
        [ -n "${values["$engine|$metric"]:-}" ] && echo "- ${heading[$engine]}, $metric:${values["$engine|$metric"]}"
      done
    done
  fi
} | tee "$report"
note "table saved as ${report#"$PWD"/}; logs in ${logs#"$PWD"/}, indexes and ranked ids in ${work#"$PWD"/}"
