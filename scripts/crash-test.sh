#!/usr/bin/env bash
# Crash campaign (issue 18; results in docs/reliability.md). Not part of CI.
#
#   scripts/crash-test.sh [N]     (default 100)
#
# Runs N writes with the real opieka-cli against a demo database and kills each one with SIGKILL
# at a random moment (uniform over the command's measured duration, so some finish first): an
# import of 2,000 families, an assignment, a release, a transfer (when the CLI has one), a backup,
# a restore and a migration to PostgreSQL (when scripts/postgres-test-server.sh can start a
# throwaway server). After each kill it checks:
#   - SQLite's PRAGMA integrity_check on the database file is "ok";
#   - `opieka-cli verify` passes (integrity and the audit chain);
#   - the interrupted operation is all or nothing: every imported row or none (and one audit record
#     per row), the assignment and its audit record or neither, the backup file absent or one
#     that restores, the restored content or the earlier one, on the server every row or none.
# Prints a summary; exits 1 when any check failed (the database of the first failure is kept).
# SIGTERM or Ctrl-C stops it after the current run, with the summary of the runs done.
#
# Environment: OPIEKA_CLI (default build/ci/src/cli/opieka-cli; copied first, so a rebuild
# meanwhile does not matter), CRASH_SEED (the random sequence), OPIEKA_PG_PORT (default 55491:
# its own throwaway server, stopped at the end), CRASH_NO_POSTGRES=1 to leave migrate out.
set -uo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

runs="${1:-100}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/crash-test.sh [N]  (number of kills, default 100)" >&2
  exit 2
fi
RANDOM="${CRASH_SEED:-$$}"
seed_used="${CRASH_SEED:-$$}"

work="$(mktemp -d "${TMPDIR:-/tmp}/opieka-crash.XXXXXX")"
cli="$work/opieka-cli"
cp "${OPIEKA_CLI:-build/ci/src/cli/opieka-cli}" "$cli" || exit 2
db="$work/live.sqlite"
unset OPIEKA_USER OPIEKA_PASSWORD OPIEKA_DB
export OPIEKA_BACKUP_PASSPHRASE="crash-test-passphrase"
export QT_QPA_PLATFORM=offscreen
manager=kierownik

say() { echo "crash-test: $*"; }
q() { sqlite3 -cmd ".timeout 5000" "$db" "$@"; }
cli_ok() { "$cli" --db "$db" "$@" >>"$work/commands.log" 2>&1; }

# --- PostgreSQL (migrate) -----------------------------------------------------------------------
export OPIEKA_PG_PORT="${OPIEKA_PG_PORT:-55491}"
pg=""
pg_bin="${OPIEKA_PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ "${CRASH_NO_POSTGRES:-0}" != 1 ] && url="$(scripts/postgres-test-server.sh start 2>>"$work/pg.log")"; then
  eval "$(scripts/postgres-test-server.sh env)"
  pg="$url"
  pg_base="${url%/*}"
  psql_() { PGPASSWORD="$OPIEKA_DB_PASSWORD" "$pg_bin/psql" -X -q -t -A -h 127.0.0.1 -p "$OPIEKA_PG_PORT" -U opieka "$@"; }
else
  say "no PostgreSQL server: migrate is left out"
fi
cleanup() {
  [ -n "$pg" ] && scripts/postgres-test-server.sh stop 2>/dev/null
}
trap cleanup EXIT

# --- The database -------------------------------------------------------------------------------
"$cli" --db "$db" demo --scale small --seed 18 >"$work/commands.log" 2>&1 || { say "demo failed"; cat "$work/commands.log"; exit 2; }
cp "$db" "$work/base.sqlite" # what base.bk holds (the backup itself is only audited)
cli_ok backup "$work/base.bk" || { say "the base backup failed"; exit 2; }
next_family=100000

have_transfer=0
"$cli" --help 2>&1 | grep -q "^ *transfer " && have_transfer=1

ops=(import assign release backup restore)
[ "$have_transfer" = 1 ] && ops+=(transfer)
[ -n "$pg" ] && ops+=(migrate)

# A families file of 2,000 new ids from $1.
families_csv() {
  python3 - "$1" >"$work/families.csv" <<'PY'
import sys
start = int(sys.argv[1])
print("id,name,municipality,category,opened_on,closed_on")
for i in range(start, start + 2000):
    print(f"{i},Rodzina Crash{i},Testowo,coping,2020-01-01,")
PY
}

# Milliseconds of one uninterrupted run of each operation (measured once, on a copy).
declare -A duration
measure() {
  local op="$1" started ended
  cp "$db" "$work/measure.sqlite"
  prepare "$op" "$work/measure.sqlite" || return 1
  started=$(date +%s%N)
  "${command[@]}" >/dev/null 2>&1
  ended=$(date +%s%N)
  duration[$op]=$(((ended - started) / 1000000 + 20))
  rm -f "$work"/measure.sqlite* "$work"/interrupted.bk
  [ "$op" = migrate ] && psql_ -d opieka_test -c "DROP DATABASE $target_db WITH (FORCE)" >/dev/null 2>&1
  return 0
}

# Sets `command` (the CLI call to kill) and the "before" facts for the check of operation $1 on
# database $2.
prepare() {
  local op="$1" file="$2"
  local qq=(sqlite3 -cmd ".timeout 5000" "$file")
  audit_before=$("${qq[@]}" "SELECT COUNT(*) FROM audit_log")
  case "$op" in
  import)
    next_family=$(("$("${qq[@]}" "SELECT COALESCE(MAX(id), 0) FROM families")" + 1000))
    families_csv "$next_family"
    command=("$cli" --db "$file" import families "$work/families.csv")
    ;;
  assign)
    # A social worker and an open family she does not have yet.
    read -r worker family < <("${qq[@]}" -separator ' ' "SELECT w.id, f.id FROM workers w, families f
      WHERE w.role = 'social_worker' AND f.closed_on IS NULL AND f.opened_on < '2026-01-01' AND NOT EXISTS (SELECT 1 FROM assignments a
      WHERE a.family_id = f.id AND a.worker_id = w.id) ORDER BY random() LIMIT 1")
    assignments_before=$("${qq[@]}" "SELECT COUNT(*) FROM assignments")
    command=("$cli" --db "$file" --user "$manager" assign --worker "$worker" --case "$family"
      --from 2026-01-05 --override "crash test")
    ;;
  release | transfer)
    read -r worker family from < <("${qq[@]}" -separator ' ' "SELECT a.worker_id, a.family_id, a.from_date
      FROM assignments a JOIN workers w ON w.id = a.worker_id WHERE a.family_id IS NOT NULL
      AND a.to_date IS NULL AND w.role = 'social_worker' AND a.from_date < '2026-06-01'
      ORDER BY random() LIMIT 1")
    assignments_before=$("${qq[@]}" "SELECT COUNT(*) FROM assignments")
    if [ "$op" = release ]; then
      command=("$cli" --db "$file" --user "$manager" release --worker "$worker" --case "$family"
        --on 2026-06-01)
    else
      other=$("${qq[@]}" "SELECT id FROM workers WHERE role = 'social_worker' AND id <> $worker
        AND id NOT IN (SELECT worker_id FROM assignments WHERE family_id = $family) ORDER BY random() LIMIT 1")
      command=("$cli" --db "$file" --user "$manager" transfer --from-worker "$worker" --worker "$other"
        --case "$family" --on 2026-06-01 --override "crash test")
    fi
    ;;
  backup)
    rm -f "$work/interrupted.bk"
    command=("$cli" --db "$file" backup "$work/interrupted.bk")
    ;;
  restore)
    # Something the base backup does not hold: after the restore it is gone, before it is there.
    marker=$(("$("${qq[@]}" "SELECT COALESCE(MAX(id), 0) FROM families")" + 1000))
    python3 - "$marker" >"$work/marker.csv" <<'PY'
import sys
m = int(sys.argv[1])
print("id,name,municipality,category,opened_on,closed_on")
for i in range(m, m + 10):
    print(f"{i},Rodzina Marker{i},Testowo,coping,2020-01-01,")
PY
    "$cli" --db "$file" import families "$work/marker.csv" >>"$work/commands.log" 2>&1 || return 1
    families_before=$("${qq[@]}" "SELECT COUNT(*) FROM families")
    base_families=$(sqlite3 "$work/base.sqlite" "SELECT COUNT(*) FROM families")
    command=("$cli" --db "$file" restore "$work/base.bk")
    ;;
  migrate)
    target_db="crash_$RANDOM$RANDOM"
    psql_ -d opieka_test -c "CREATE DATABASE $target_db" >/dev/null || return 1
    families_before=$("${qq[@]}" "SELECT COUNT(*) FROM families")
    command=("$cli" migrate --from "$file" --to "$pg_base/$target_db")
    ;;
  esac
}

failures=0
fail() {
  failures=$((failures + 1))
  say "FAILED (run $run, $op, killed after ${delay} ms): $*"
  if [ ! -e "$work/first-failure" ]; then
    mkdir -p "$work/first-failure"
    cp "$db"* "$work/first-failure/" 2>/dev/null
    echo "run $run, $op: $*" >"$work/first-failure/what"
  fi
}

# The all-or-nothing check of the interrupted operation.
check_op() {
  local audit_after
  audit_after=$(q "SELECT COUNT(*) FROM audit_log")
  case "$op" in
  import)
    local rows audit_rows
    rows=$(q "SELECT COUNT(*) FROM families WHERE id BETWEEN $next_family AND $((next_family + 1999))")
    audit_rows=$((audit_after - audit_before))
    if [ "$rows" = 0 ] && [ "$audit_rows" = 0 ]; then outcome=none
    elif [ "$rows" = 2000 ] && [ "$audit_rows" -ge 2000 ]; then outcome=all
    else fail "import left $rows of 2000 rows and $audit_rows audit records"; fi
    ;;
  assign)
    local added has
    added=$(($(q "SELECT COUNT(*) FROM assignments") - assignments_before))
    has=$(q "SELECT COUNT(*) FROM assignments WHERE worker_id = $worker AND family_id = $family")
    if [ "$added" = 0 ] && [ "$has" = 0 ] && [ "$audit_after" = "$audit_before" ]; then outcome=none
    elif [ "$added" = 1 ] && [ "$has" = 1 ] && [ "$audit_after" -gt "$audit_before" ]; then outcome=all
    else fail "assign: $added assignments added, $has for the pair, audit $audit_before -> $audit_after"; fi
    ;;
  release)
    local open
    open=$(q "SELECT COUNT(*) FROM assignments WHERE worker_id = $worker AND family_id = $family AND to_date IS NULL")
    if [ "$open" = 1 ] && [ "$audit_after" = "$audit_before" ]; then outcome=none
    elif [ "$open" = 0 ] && [ "$audit_after" -gt "$audit_before" ]; then outcome=all
    else fail "release: $open open assignments left, audit $audit_before -> $audit_after"; fi
    ;;
  transfer)
    local open new
    open=$(q "SELECT COUNT(*) FROM assignments WHERE worker_id = $worker AND family_id = $family AND to_date IS NULL")
    new=$(q "SELECT COUNT(*) FROM assignments WHERE worker_id = $other AND family_id = $family AND to_date IS NULL")
    if [ "$open" = 1 ] && [ "$new" = 0 ] && [ "$audit_after" = "$audit_before" ]; then outcome=none
    elif [ "$open" = 0 ] && [ "$new" = 1 ] && [ "$audit_after" -gt "$audit_before" ]; then outcome=all
    else fail "transfer: old open $open, new open $new, audit $audit_before -> $audit_after"; fi
    ;;
  backup)
    if [ ! -e "$work/interrupted.bk" ]; then
      outcome=none
    else
      # A backup file that is there must be whole: it restores (into a copy of the database).
      cp "$db" "$work/check.sqlite"
      if "$cli" --db "$work/check.sqlite" restore "$work/interrupted.bk" >>"$work/commands.log" 2>&1; then
        outcome=all
      else
        fail "backup: an incomplete backup file was left under the target's name"
      fi
      rm -f "$work"/check.sqlite*
    fi
    ;;
  restore)
    local families
    families=$(q "SELECT COUNT(*) FROM families")
    if [ "$families" = "$families_before" ]; then outcome=none
    elif [ "$families" = "$base_families" ]; then outcome=all
    else fail "restore: $families families, before $families_before, in the backup $base_families"; fi
    ;;
  migrate)
    local copied
    copied=$(psql_ -d "$target_db" -c "SELECT COUNT(*) FROM families" 2>/dev/null || echo absent)
    if [ "$copied" = absent ] || [ "$copied" = 0 ]; then outcome=none
    elif [ "$copied" = "$families_before" ]; then outcome=all
    else fail "migrate: $copied of $families_before families on the server"; fi
    psql_ -d opieka_test -c "DROP DATABASE $target_db WITH (FORCE)" >/dev/null 2>&1
    ;;
  esac
}

for op in "${ops[@]}"; do
  measure "$op" || { say "cannot prepare $op"; exit 2; }
done
say "work folder $work; seed $seed_used; operations: ${ops[*]}"
for op in "${ops[@]}"; do say "  $op takes about ${duration[$op]} ms uninterrupted"; done

declare -A killed finished refused outcomes
plain_copies=0
empty_copies=0
leftovers=0
started_at=$SECONDS
stop=0
trap 'stop=1' TERM INT # stop after the current run and print the summary of the runs done
done_runs=0
for ((run = 1; run <= runs && stop == 0; run++)); do
  op=${ops[$((RANDOM % ${#ops[@]}))]}
  outcome=""
  if ! prepare "$op" "$db"; then
    fail "could not prepare the operation"
    continue
  fi
  delay=$(((RANDOM * 32768 + RANDOM) % duration[$op]))
  "${command[@]}" >>"$work/commands.log" 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -KILL "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null
    killed[$op]=$((${killed[$op]:-0} + 1))
  else
    wait "$pid" 2>/dev/null
    status=$?
    finished[$op]=$((${finished[$op]:-0} + 1))
    if [ "$status" != 0 ]; then
      refused[$op]=$((${refused[$op]:-0} + 1))
      say "run $run: $op exited $status without a kill: $(tail -n 1 "$work/commands.log")"
    fi
  fi

  # What a kill may leave behind in the database's folder: a decrypted plain copy of a backup
  # being made or restored (left for the next opening of the database to remove), a temporary
  # output file.
  for f in "$work"/.opieka-copy-*.tmp; do
    [ -e "$f" ] || continue
    if [ -s "$f" ]; then
      plain_copies=$((plain_copies + 1))
    else
      empty_copies=$((empty_copies + 1))
    fi
  done
  for f in "$work"/.interrupted.bk.*; do
    [ -e "$f" ] || continue
    leftovers=$((leftovers + 1))
    rm -f "$f"
  done

  integrity=$(q "PRAGMA integrity_check" 2>&1)
  [ "$integrity" = ok ] || fail "integrity_check: $integrity"
  "$cli" --db "$db" verify >"$work/verify.log" 2>&1 || fail "verify: $(tr '\n' ' ' <"$work/verify.log")"
  # The next opening (verify) removes every plain copy a kill left: none may outlive it.
  for f in "$work"/.opieka-copy-*; do
    [ -e "$f" ] || continue
    fail "a plain copy of the database outlived the next opening: $(basename "$f")"
    rm -f "$f"
  done
  check_op
  [ -n "$outcome" ] && outcomes[$op.$outcome]=$((${outcomes[$op.$outcome]:-0} + 1))
  done_runs=$run
  if ((run % 50 == 0)); then
    say "$run runs, $failures failures, $((SECONDS - started_at)) s"
  fi
done

total_killed=0
say "summary: $done_runs runs (of $runs asked) in $((SECONDS - started_at)) s, seed $seed_used"
for op in "${ops[@]}"; do
  total_killed=$((total_killed + ${killed[$op]:-0}))
  say "  $op: ${killed[$op]:-0} killed, ${finished[$op]:-0} finished before the kill (${refused[$op]:-0} of them refused); afterwards all: ${outcomes[$op.all]:-0}, none: ${outcomes[$op.none]:-0}"
done
say "  kills: $total_killed; failed checks: $failures"
say "  plain copies of the database (decrypted, .opieka-copy-*.tmp) left in its folder by a kill:"
say "    $plain_copies holding data, $empty_copies still empty (each removed by the next opening, verify)"
say "  temporary backup files left beside the target by a kill: $leftovers"
if [ "$failures" -gt 0 ]; then
  say "the first failure's database is kept in $work/first-failure"
  exit 1
fi
rm -rf "$work"
