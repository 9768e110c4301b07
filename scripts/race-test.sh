#!/usr/bin/env bash
# Race campaign on PostgreSQL (issue 18; results in docs/reliability.md). Not part of CI.
#
#   scripts/race-test.sh [ATTEMPTS] [PROCESSES]     (defaults 10000 and 8)
#
# Starts its own throwaway PostgreSQL server (scripts/postgres-test-server.sh on OPIEKA_PG_PORT,
# default 55492; stopped at the end), fills a database with the demo and then with W new family
# assistants and enough new families, sets the assistants' limit to LIMIT (5), and lets PROCESSES
# opieka-cli processes race: every process takes the assistants in the same order and tries
# ATTEMPTS_PER (3) assignments of its own families to each, so about PROCESSES x 3 assignments
# race for each assistant's 5 places at the same moment. Every attempt is a separate
# `opieka-cli assign` (its own connection and transaction), ATTEMPTS in all.
# Checks afterwards: no assistant has more than LIMIT cases, every assistant has exactly LIMIT
# (the limit was reachable for everyone), the assignments on the server are exactly those the
# processes were told were made (exit 0), every other attempt was refused by the limit (exit 1),
# and `opieka-cli verify` passes. Exits 1 when a check fails.
# Environment: OPIEKA_CLI (default build/ci/src/cli/opieka-cli, copied first).
set -uo pipefail
cd "$(dirname "$0")/.."

attempts="${1:-10000}"
processes="${2:-8}"
if ! [[ "$attempts" =~ ^[1-9][0-9]*$ && "$processes" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/race-test.sh [ATTEMPTS] [PROCESSES]" >&2
  exit 2
fi
limit=5
per=3 # attempts by each process for each assistant
workers=$(((attempts + processes * per - 1) / (processes * per)))
attempts=$((workers * processes * per))
first_worker=1001
first_family=200001

say() { echo "race-test: $*"; }
work="$(mktemp -d "${TMPDIR:-/tmp}/opieka-race.XXXXXX")"
cli="$work/opieka-cli"
cp "${OPIEKA_CLI:-build/ci/src/cli/opieka-cli}" "$cli" || exit 2
unset OPIEKA_USER OPIEKA_PASSWORD OPIEKA_DB
export QT_QPA_PLATFORM=offscreen
export OPIEKA_PG_PORT="${OPIEKA_PG_PORT:-55492}"
pg_bin="${OPIEKA_PG_BIN:-/usr/lib/postgresql/15/bin}"
url="$(scripts/postgres-test-server.sh start 2>"$work/pg.log")" || { say "no PostgreSQL server"; cat "$work/pg.log"; exit 2; }
trap 'scripts/postgres-test-server.sh stop 2>/dev/null' EXIT
eval "$(scripts/postgres-test-server.sh env)"
psql_() { PGPASSWORD="$OPIEKA_DB_PASSWORD" "$pg_bin/psql" -X -q -t -A -h 127.0.0.1 -p "$OPIEKA_PG_PORT" -U opieka -d opieka_test "$@"; }
db="$url"

"$cli" --db "$db" demo --scale small --seed 18 >"$work/setup.log" 2>&1 || { say "demo failed"; cat "$work/setup.log"; exit 2; }
python3 - "$first_worker" "$workers" >"$work/workers.csv" <<'PY'
import sys
first, n = int(sys.argv[1]), int(sys.argv[2])
print("id,first_name,last_name,role,fte,unit")
for i in range(first, first + n):
    print(f"{i},Asystentka,Wyścigowa{i},family_assistant,1,")
PY
python3 - "$first_family" "$attempts" >"$work/families.csv" <<'PY'
import sys
first, n = int(sys.argv[1]), int(sys.argv[2])
print("id,name,municipality,category,opened_on,closed_on")
for i in range(first, first + n):
    print(f"{i},Rodzina Wyścig{i},Testowo,coping,2020-01-01,")
PY
"$cli" --db "$db" import workers "$work/workers.csv" >>"$work/setup.log" 2>&1 &&
  "$cli" --db "$db" import families "$work/families.csv" >>"$work/setup.log" 2>&1 &&
  "$cli" --db "$db" rules add --role family_assistant --limit "$limit" --from 2021-01-01 >>"$work/setup.log" 2>&1 ||
  { say "setup failed"; cat "$work/setup.log"; exit 2; }

say "$attempts attempts: $processes processes x $workers assistants x $per, limit $limit"
racer() {
  local p="$1" w a family status
  for ((w = 0; w < workers; w++)); do
    for ((a = 0; a < per; a++)); do
      family=$((first_family + (w * processes + p) * per + a))
      "$cli" --db "$db" --user kierownik assign --worker $((first_worker + w)) --case "$family" \
        --from 2026-01-05 >/dev/null 2>>"$work/racer-$p.err"
      status=$?
      echo "$((first_worker + w)) $family $status"
    done
  done >"$work/racer-$p.out"
}
started=$SECONDS
for ((p = 0; p < processes; p++)); do
  nice -n 19 bash -c "$(declare -f racer); $(declare -p cli db workers per processes first_family first_worker work); racer $p" &
done
wait
elapsed=$((SECONDS - started))

cat "$work"/racer-*.out >"$work/all.out"
made=$(awk '$3 == 0' "$work/all.out" | wc -l)
refused=$(awk '$3 == 1' "$work/all.out" | wc -l)
other=$(awk '$3 != 0 && $3 != 1' "$work/all.out" | wc -l)
tried=$(wc -l <"$work/all.out")
over=$(psql_ -c "SELECT COUNT(*) FROM (SELECT worker_id FROM assignments WHERE worker_id >= $first_worker
  AND to_date IS NULL GROUP BY worker_id HAVING COUNT(*) > $limit) x")
full=$(psql_ -c "SELECT COUNT(*) FROM (SELECT worker_id FROM assignments WHERE worker_id >= $first_worker
  AND to_date IS NULL GROUP BY worker_id HAVING COUNT(*) = $limit) x")
stored=$(psql_ -c "SELECT COUNT(*) FROM assignments WHERE worker_id >= $first_worker")
awk '$3 == 0 {print $1, $2}' "$work/all.out" | sort >"$work/told.txt"
psql_ -F ' ' -c "SELECT worker_id, family_id FROM assignments WHERE worker_id >= $first_worker" | sort >"$work/stored.txt"
same=no
cmp -s "$work/told.txt" "$work/stored.txt" && same=yes
"$cli" --db "$db" verify >"$work/verify.log" 2>&1 && verified=yes || verified=no

say "summary: $tried attempts by $processes processes in $elapsed s"
say "  assigned (exit 0): $made; refused (exit 1): $refused; other exits: $other"
say "  assistants over the limit of $limit: $over; at exactly the limit: $full of $workers"
say "  assignments stored: $stored; the same as those reported made: $same; verify: $verified"
failed=0
[ "$over" = 0 ] || { say "FAILED: an assistant is over the limit"; failed=1; }
[ "$full" = "$workers" ] || { say "FAILED: not every assistant reached the limit"; failed=1; }
[ "$other" = 0 ] || { say "FAILED: attempts ended with another exit code (see $work/racer-*.err)"; failed=1; }
[ "$same" = yes ] || { say "FAILED: the stored assignments differ from the ones reported made"; failed=1; }
[ "$verified" = yes ] || { say "FAILED: verify: $(cat "$work/verify.log")"; failed=1; }
[ "$tried" = "$attempts" ] || { say "FAILED: $tried of $attempts attempts ran"; failed=1; }
if [ "$failed" = 1 ]; then
  say "kept in $work"
  exit 1
fi
rm -rf "$work"
