#!/usr/bin/env bash
# Builds the benchmarks (preset `bench`: Release, Google Benchmark), generates the voivodeship
# demo database once (opieka-cli demo --scale voivodeship; kept in build/bench/voivodeship.sqlite
# and made again when the day changes, since the demo is generated for "today"), runs every
# benchmark on it and writes the figures to build/bench/results/ (benchmarks.json, window.txt).
# Usage: scripts/bench.sh [--benchmark_filter=REGEX]   (arguments go to Google Benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset bench >/dev/null
cmake --build --preset bench -j2 --target opieka-cli opieka_benchmarks opieka_window_bench

bin=build/bench
results=$bin/results
mkdir -p "$results"
db=$bin/voivodeship.sqlite
stamp=$bin/voivodeship.day
if [ ! -f "$db" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$(date +%F)" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  echo "bench.sh: generating the voivodeship demo database"
  start=$(date +%s%N)
  "$bin/src/cli/opieka-cli" --db "$db" demo --scale voivodeship --seed 1 | tee "$results/demo.txt"
  end=$(date +%s%N)
  echo "demo_generation $(( (end - start) / 1000000 )) ms" | tee -a "$results/demo.txt"
  date +%F >"$stamp"
fi

OPIEKA_BENCH_DB="$db" "$bin/tests/benchmarks/opieka_benchmarks" \
  --benchmark_out="$results/benchmarks.json" --benchmark_out_format=json "$@"
QT_QPA_PLATFORM=offscreen "$bin/tests/benchmarks/opieka_window_bench" "$db" | tee "$results/window.txt"
echo "bench.sh: figures in $results (compare with docs/performance.md)"
