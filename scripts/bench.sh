#!/usr/bin/env bash
# Builds the benchmarks (preset `bench`: Release, Google Benchmark), generates the voivodeship
# demo database once (opieka-cli demo --scale voivodeship; kept in build/bench/voivodeship.sqlite
# and made again when the day changes, since the demo is generated for "today"), runs every
# benchmark on it and writes the figures to build/bench/results/ (benchmarks.json, window.txt).
# Then the PostgreSQL set (BM_Pg*, issue 24): starts the throwaway server
# (scripts/postgres-test-server.sh, port OPIEKA_BENCH_PG_PORT, default 55433) unless it runs,
# moves the day's voivodeship file into a database of that day on it (opieka-cli migrate; kept
# while the server runs), runs the set with OPIEKA_BENCH_PG_DB (postgres.json) and stops the
# server if it started it. Without a server that starts, the set is skipped with a line saying so.
# Usage: scripts/bench.sh [--benchmark_filter=REGEX]   (arguments go to Google Benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# OPIEKA_BENCH_BUILD=DIR: measure the binaries of a build folder already configured with
# -DOPIEKA_BENCHMARKS=ON (e.g. build/ci, RelWithDebInfo -O2) instead of building the bench preset.
bin="${OPIEKA_BENCH_BUILD:-build/bench}"
if [ -z "${OPIEKA_BENCH_BUILD:-}" ]; then
  cmake --preset bench >/dev/null
fi
cmake --build "$bin" -j2 --target opieka-cli opieka_benchmarks opieka_window_bench \
  opieka_documents_bench

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

echo "bench.sh: load average before: $(cat /proc/loadavg)" | tee "$results/load.txt"
# Without a filter of the caller's, each set runs its own benchmarks (BM_Pg* only on the server).
sqlite_args=("$@")
pg_args=("$@")
if [ $# -eq 0 ]; then
  sqlite_args=(--benchmark_filter='^BM_([^P]|P[^g])')
  pg_args=(--benchmark_filter='^BM_Pg')
fi
OPIEKA_BENCH_DB="$db" "$bin/tests/benchmarks/opieka_benchmarks" \
  --benchmark_out="$results/benchmarks.json" --benchmark_out_format=json "${sqlite_args[@]}"
QT_QPA_PLATFORM=offscreen "$bin/tests/benchmarks/opieka_window_bench" "$db" | tee "$results/window.txt"
# Documents (issue 25): its own small centre, not the voivodeship's data.
"$bin/tests/benchmarks/opieka_documents_bench" \
  --benchmark_out="$results/documents.json" --benchmark_out_format=json

# The PostgreSQL set, on the same data moved with `migrate`.
pg_port="${OPIEKA_BENCH_PG_PORT:-55433}"
pg_server() { OPIEKA_PG_PORT="$pg_port" scripts/postgres-test-server.sh "$@"; }
pg_started=
if ! pg_server env >/dev/null 2>&1; then
  if pg_server start >"$results/postgres-server.txt" 2>&1; then
    pg_started=1
  else
    echo "bench.sh: PostgreSQL set skipped: the throwaway server did not start" \
      "(scripts/postgres-test-server.sh; see $results/postgres-server.txt)"
  fi
fi
if pg_server env >/dev/null 2>&1; then
  [ -n "$pg_started" ] && trap 'pg_server stop' EXIT
  eval "$(pg_server env)" # OPIEKA_TEST_POSTGRES_URL, OPIEKA_DB_PASSWORD
  pg_bin="${OPIEKA_PG_BIN:-/usr/lib/postgresql/15/bin}"
  pg_sql() { # DATABASE psql-arguments...
    local database="$1"
    shift
    PGPASSWORD="$OPIEKA_DB_PASSWORD" "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 \
      -p "$pg_port" -U opieka -d "$database" "$@"
  }
  # One database per day of the file: moved once while the server keeps running.
  pg_db="opieka_bench_$(tr -d - <"$stamp")"
  pg_url="postgresql://opieka@127.0.0.1:${pg_port}/${pg_db}"
  if [ "$(pg_sql opieka_test -c "SELECT 1 FROM pg_database WHERE datname = '$pg_db'")" != 1 ]; then
    for old in $(pg_sql opieka_test -c "SELECT datname FROM pg_database WHERE datname LIKE 'opieka_bench_%'"); do
      pg_sql opieka_test -c "DROP DATABASE \"$old\" WITH (FORCE)"
    done
    pg_sql opieka_test -c "CREATE DATABASE $pg_db"
    echo "bench.sh: moving the voivodeship database to PostgreSQL ($pg_db)"
    start=$(date +%s%N)
    if ! "$bin/src/cli/opieka-cli" migrate --from "$db" --to "$pg_url" >"$results/migrate.txt"; then
      pg_sql opieka_test -c "DROP DATABASE $pg_db WITH (FORCE)"
      echo "bench.sh: the move to PostgreSQL failed (see $results/migrate.txt)" >&2
      exit 1
    fi
    end=$(date +%s%N)
    echo "migrate_to_postgres $(( (end - start) / 1000000 )) ms" | tee -a "$results/migrate.txt"
    # The statistics and visibility map autovacuum would make on a centre's server (the
    # throwaway server runs without it): the first measurements otherwise read a never-analysed,
    # never-vacuumed copy (search as you type then took twice as long).
    pg_sql "$pg_db" -c "SET client_min_messages = error" -c "VACUUM ANALYZE"
  fi
  OPIEKA_BENCH_PG_DB="$pg_url" OPIEKA_BENCH_DB="$db" "$bin/tests/benchmarks/opieka_benchmarks" \
    --benchmark_out="$results/postgres.json" --benchmark_out_format=json "${pg_args[@]}"
fi
echo "bench.sh: load average after: $(cat /proc/loadavg)" | tee -a "$results/load.txt"
echo "bench.sh: figures in $results (compare with docs/performance.md)"
