#!/usr/bin/env bash
# Builds the libFuzzer targets (preset 'fuzz': clang, AddressSanitizer and UBSan) and runs each
# for SECONDS (default 30) on a copy of its seed corpus in a temporary folder, never in the repo.
# Exits non-zero when a fuzzer finds a crash, a leak, undefined behaviour or a broken invariant,
# and prints where the input that did it was saved (the folder is kept then).
# Usage: scripts/fuzz.sh [SECONDS] [--runs N] [--targets "pesel csv_import ..."] [--no-build]
#   SECONDS     the time each fuzzer runs (default 30; CI's short run)
#   --runs N    a long campaign: each fuzzer runs N inputs (no time limit); 10000000 is the
#               campaign recorded in docs/reliability.md
#   --targets   the fuzzers to run (default: all five)
#   --no-build  run the fuzzers already built in build/fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: scripts/fuzz.sh [SECONDS] [--runs N] [--targets \"pesel csv_import backup_reader restore package\"] [--no-build]" >&2
  exit 2
}
seconds=30
runs="" # --runs N: the campaign's inputs per fuzzer (empty: SECONDS per fuzzer)
targets="pesel csv_import backup_reader restore package"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage; runs="$2"; shift 2 ;;
    --targets) [ $# -ge 2 ] || usage; targets="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) [[ "$1" =~ ^[1-9][0-9]*$ ]] || usage; seconds="$1"; shift ;;
  esac
done
for target in $targets; do
  case "$target" in
    pesel|csv_import|backup_reader|restore|package) ;;
    *) echo "fuzz: no fuzzer named $target" >&2; usage ;;
  esac
done

if [ "$build" = 1 ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/opieka-fuzz.XXXXXX")"
mkdir -p "$work/tmp"
# The restore fuzzer's database lives in a QTemporaryDir under TMPDIR: it goes with $work.
export TMPDIR="$work/tmp"
export ASAN_OPTIONS="detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
for symbolizer in llvm-symbolizer-14 llvm-symbolizer; do
  if command -v "$symbolizer" >/dev/null; then
    export ASAN_SYMBOLIZER_PATH="$(command -v "$symbolizer")"
    break
  fi
done

failed=()
for target in $targets; do
  dir="$work/$target"
  mkdir -p "$dir/corpus" "$dir/findings"
  cp tests/fuzz/corpus/"$target"/* "$dir/corpus/"
  options=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/findings/")
  if [ -n "$runs" ]; then options+=(-runs="$runs"); else options+=(-max_total_time="$seconds"); fi
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  if [ -n "$runs" ]; then echo "fuzz: ${target}_fuzzer for $runs inputs"; else echo "fuzz: ${target}_fuzzer for ${seconds} s"; fi
  started=$SECONDS
  if build/fuzz/tests/fuzz/"${target}_fuzzer" "${options[@]}" "$dir/corpus" >"$dir/log" 2>&1; then
    executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log")
    echo "fuzz: ${target}_fuzzer: ${executed:-?} runs in $((SECONDS - started)) s (${rate:-?}/s), nothing found"
  else
    failed+=("$target")
    tail -n 60 "$dir/log" >&2
    echo "fuzz: ${target}_fuzzer FOUND A PROBLEM; log: $dir/log" >&2
    for finding in "$dir"/findings/*; do
      [ -e "$finding" ] && echo "fuzz: input saved in $finding (replay: build/fuzz/tests/fuzz/${target}_fuzzer $finding)" >&2
    done
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}; everything is kept in $work" >&2
  exit 1
fi
rm -rf "$work"
