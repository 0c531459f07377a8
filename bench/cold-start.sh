#!/usr/bin/env bash
# Whole-process timings on the seed: a cold `search quantization` (index already built) and
# `index --rebuild`, each run 5 times; prints the median and the peak RSS of each.
# Usage: bash bench/cold-start.sh            (publishes Release into a temp folder first)
# Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/SearchAbstracts.Cli -c Release -o "$work/bin" >/dev/null
cp -r seeds "$work/"
cd "$work"
bin="$work/bin/search-abstracts"
"$bin" index --rebuild >/dev/null 2>&1

measure() {
  local label="$1"; shift
  local times=() rss=()
  for _ in 1 2 3 4 5; do
    local out
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || true
    out=$(tail -n 1 "$work/time.txt")
    times+=("${out% *}"); rss+=("${out#* }")
  done
  local median max
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  max=$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)
  printf '%-34s median %5.2f s   runs: %s   peak RSS %d MB\n' "$label" "$median" "${times[*]}" $((max / 1024))
}

measure "search quantization (cold process)" "$bin" search quantization --color never
measure "index --rebuild (seed, 8 papers)" "$bin" index --rebuild
