# shellcheck shell=bash disable=SC2034
# Shared by tests/e2e/field_sync.sh, tests/e2e/field_sync_kill.sh and
# scripts/field-sync-kill-loop.sh (issue 23, docs/field-work.md): a centre on the throwaway
# PostgreSQL server, made with opieka-cli only, and the helpers the scenarios use. Sourced, not
# run. Synthetic people only.
#
#   fs_start BUILD_DIR   the server (started here when none runs; exit 77 when none can be),
#                        a fresh database on it, a work folder; everything removed at exit
#   fs_centre            the centre: accounts, workers, families, assignments, visits, members
#   fs_checkout          worker 1's field copy in $FS_COPY
#
# Environment: OPIEKA_CLI (default BUILD_DIR/src/cli/opieka-cli: point it at a copy of the
# program while others rebuild the tree), FIELD_E2E_KEEP=1 keeps the work folder and the database.

FS_REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FS_PG_BIN="${OPIEKA_PG_BIN:-/usr/lib/postgresql/15/bin}"
FS_PASSWORD='Haslo-pole-2026'          # every account's (at least 10 characters)
FS_PASSPHRASE='Haslo-kopii-terenowej-2026' # the field copy's
FS_STEP=0
FS_CODE=0
FS_STARTED_SERVER=0
FS_DBNAME=''
FS_WORK=''

# Logins: the worker who takes her cases out (worker 1), her colleague of the same unit (worker 2),
# the manager (worker 3) and the administrator made by init.
FS_WORKER=terenowa
FS_COLLEAGUE=kolezanka
FS_MANAGER=kierowniczka
FS_ADMIN='admin'

fs_say() { echo "field-e2e: $*"; }

fs_fail()
{
  echo "field-e2e: FAILED: $*" >&2
  if [ -n "${FS_OUT:-}" ] && [ -f "$FS_OUT" ]; then
    echo "--- the last command: ${FS_LAST:-}" >&2
    echo "--- its exit code: $FS_CODE" >&2
    echo "--- its standard output:" >&2
    cat "$FS_OUT" >&2
    echo "--- its standard error:" >&2
    cat "$FS_ERR" >&2
  fi
  exit 1
}

fs_cleanup()
{
  local code=$?
  set +e
  if [ -n "$FS_DBNAME" ] && [ "${FIELD_E2E_KEEP:-0}" != 1 ]; then
    fs_psql_admin "DROP DATABASE IF EXISTS $FS_DBNAME WITH (FORCE)" >/dev/null 2>&1
  fi
  if [ "$FS_STARTED_SERVER" = 1 ]; then
    "$FS_REPO/scripts/postgres-test-server.sh" stop
  fi
  if [ -n "$FS_WORK" ]; then
    if [ "$code" = 0 ] && [ "${FIELD_E2E_KEEP:-0}" != 1 ]; then
      rm -rf "$FS_WORK"
    else
      echo "field-e2e: the work folder is kept: $FS_WORK (commands and their output in log/)" >&2
    fi
  fi
}

# SQL on the server as the tests' role: to the test's database (fs_sql) or to opieka_test, the
# one the server script made (fs_psql_admin: creating and dropping the test's database).
fs_psql_admin()
{
  PGPASSWORD="$OPIEKA_DB_PASSWORD" "$FS_PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 \
    -h "$FS_PG_HOST" -p "$FS_PG_PORT" -U "$FS_PG_ROLE" -d "$FS_PG_ADMIN_DB" -c "$1"
}

fs_sql()
{
  PGPASSWORD="$OPIEKA_DB_PASSWORD" "$FS_PG_BIN/psql" -X -q -A -t -F ',' -v ON_ERROR_STOP=1 \
    -h "$FS_PG_HOST" -p "$FS_PG_PORT" -U "$FS_PG_ROLE" -d "$FS_DBNAME" -c "$1"
}

fs_start()
{
  local build="$1"
  FS_CLI="${OPIEKA_CLI:-$build/src/cli/opieka-cli}"
  if [ ! -x "$FS_CLI" ]; then
    echo "field-e2e: $FS_CLI is not built (cmake --build $build --target opieka-cli)" >&2
    exit 1
  fi
  trap fs_cleanup EXIT
  local server="$FS_REPO/scripts/postgres-test-server.sh" settings
  if ! settings="$("$server" env 2>/dev/null)"; then
    if ! "$server" start >/dev/null; then
      echo "SKIPPED: no PostgreSQL test server could be started (scripts/postgres-test-server.sh)."
      exit 77
    fi
    FS_STARTED_SERVER=1
    settings="$("$server" env)" || exit 1
  fi
  eval "$settings"
  export OPIEKA_DB_PASSWORD
  # postgresql://ROLE@HOST:PORT/DATABASE
  local rest="${OPIEKA_TEST_POSTGRES_URL#postgresql://}"
  FS_PG_ROLE="${rest%%@*}"
  rest="${rest#*@}"
  FS_PG_HOST="${rest%%:*}"
  rest="${rest#*:}"
  FS_PG_PORT="${rest%%/*}"
  FS_PG_ADMIN_DB="${rest#*/}"
  FS_DBNAME="opieka_field_e2e_$$_${RANDOM}"
  fs_psql_admin "CREATE DATABASE $FS_DBNAME OWNER $FS_PG_ROLE" >/dev/null
  FS_CENTRE="postgresql://$FS_PG_ROLE@$FS_PG_HOST:$FS_PG_PORT/$FS_DBNAME"
  FS_WORK="$(mktemp -d "${TMPDIR:-/tmp}/opieka-field-e2e.XXXXXX")"
  mkdir "$FS_WORK/log"
  FS_COPY="$FS_WORK/terenowa.opieka-field"
  export OPIEKA_FIELD_PASSPHRASE="$FS_PASSPHRASE"
  export OPIEKA_WAIT=30
  # Never the caller's database or account by accident.
  unset OPIEKA_DB OPIEKA_USER OPIEKA_PASSWORD OPIEKA_NEW_PASSWORD OPIEKA_TEST_KILL_AFTER_PUSH
  FS_TODAY="$(date +%F)"
  fs_say "program $FS_CLI; centre $FS_CENTRE; work folder $FS_WORK"
}

# Numbers the commands in log/ (also those run in a $(...) subshell).
fs_next_step()
{
  FS_STEP=$(($(cat "$FS_WORK/log/steps" 2>/dev/null || echo 0) + 1))
  echo "$FS_STEP" >"$FS_WORK/log/steps"
}

# cli LOGIN DB ARGS...: runs opieka-cli as LOGIN (its password from OPIEKA_PASSWORD) on DB;
# FS_CODE, FS_OUT, FS_ERR hold its exit code and the files of its output.
cli()
{
  local login="$1" db="$2"
  shift 2
  fs_next_step
  FS_OUT="$FS_WORK/log/$(printf %03d "$FS_STEP").out"
  FS_ERR="$FS_WORK/log/$(printf %03d "$FS_STEP").err"
  FS_LAST="[$login] opieka-cli --db ${db/#$FS_WORK/WORK} $*"
  echo "$(printf %03d "$FS_STEP") $FS_LAST" >>"$FS_WORK/log/commands"
  set +e
  OPIEKA_USER="$login" OPIEKA_PASSWORD="$FS_PASSWORD" "$FS_CLI" --db "$db" "$@" \
    >"$FS_OUT" 2>"$FS_ERR"
  FS_CODE=$?
  set -e
  echo "    exit $FS_CODE" >>"$FS_WORK/log/commands"
}

# expect CODE LOGIN DB ARGS...: the same, failing the test unless it exits with CODE.
expect()
{
  local want="$1"
  shift
  cli "$@"
  if [ "$FS_CODE" != "$want" ]; then
    fs_fail "expected exit $want, got $FS_CODE"
  fi
}

# check LABEL EXPECTED ACTUAL
check()
{
  if [ "$2" != "$3" ]; then
    FS_OUT='' fs_fail "$1: expected '$2', found '$3'"
  fi
  echo "  ok: $1 = $3"
}

# Rows of contacts (visits) of a family at the centre; rows with a note, anywhere at the centre.
visits_at_centre() { fs_sql "SELECT COUNT(*) FROM contacts WHERE family_id = $1"; }
visits_noted() { fs_sql "SELECT COUNT(*) FROM contacts WHERE notes = '$1'"; }
family_field() { fs_sql "SELECT $2 FROM families WHERE id = $1"; }
members_named() { fs_sql "SELECT COUNT(*) FROM members WHERE first_name = '$1' AND family_id = $2"; }
applied_changes() { fs_sql "SELECT COUNT(*) FROM field_applied_changes"; }

# The centre: three social workers, two of them in one unit, and a manager; families 1 (A) and
# 2 (B) are worker 1's, family 3 belongs to another unit and must stay out of her copy.
fs_centre()
{
  local csv="$FS_WORK/csv"
  mkdir "$csv"
  cat >"$csv/workers.csv" <<'CSV'
id,first_name,last_name,role,fte,unit
1,Anna,Terenowa,social_worker,1,Dział Pomocy Środowiskowej 1
2,Beata,Koleżanka,social_worker,1,Dział Pomocy Środowiskowej 1
3,Celina,Kierownicza,manager,1,
4,Dorota,Obcodziałowa,social_worker,1,Dział Pomocy Środowiskowej 2
CSV
  cat >"$csv/families.csv" <<'CSV'
id,name,municipality,category,opened_on,closed_on
1,Testowa,Gmina Testowo,struggling,2024-01-10,
2,Próbna,Gmina Próbkowo,coping,2024-02-01,
3,Obca,Gmina Daleka,at_risk,2024-03-01,
CSV
  cat >"$csv/assignments.csv" <<'CSV'
worker_id,case_kind,case_id,from,to
1,family,1,2024-01-10,
1,family,2,2024-02-01,
4,family,3,2024-03-01,
CSV
  cat >"$csv/visits.csv" <<'CSV'
family_id,worker_id,date,kind,notes
1,1,2024-02-05,home_visit,Wizyta A1
1,1,2024-05-06,phone,Wizyta A2
1,2,2024-08-07,office_meeting,Wizyta A3
2,1,2024-03-04,home_visit,Wizyta B1
2,1,2024-09-10,home_visit,Wizyta B2
3,4,2024-04-01,home_visit,Wizyta C1
CSV
  cat >"$csv/members.csv" <<'CSV'
family_id,pesel,first_name,last_name,birth_date,sex,relation
1,,Joanna,Testowa,1985-04-12,F,parent
1,,Kacper,Testowy,2015-09-01,M,child
2,,Marek,Próbny,1979-11-30,M,parent
3,,Ewa,Obca,1990-01-01,F,parent
CSV
  OPIEKA_NEW_PASSWORD="$FS_PASSWORD" expect 0 "$FS_ADMIN" "$FS_CENTRE" init
  local data
  for data in workers families assignments visits; do
    expect 0 "$FS_ADMIN" "$FS_CENTRE" import "$data" "$csv/$data.csv"
  done
  OPIEKA_NEW_PASSWORD="$FS_PASSWORD" expect 0 "$FS_ADMIN" "$FS_CENTRE" \
    user add "$FS_MANAGER" --role manager --worker 3
  OPIEKA_NEW_PASSWORD="$FS_PASSWORD" expect 0 "$FS_ADMIN" "$FS_CENTRE" \
    user add "$FS_WORKER" --role social_worker --worker 1
  OPIEKA_NEW_PASSWORD="$FS_PASSWORD" expect 0 "$FS_ADMIN" "$FS_CENTRE" \
    user add "$FS_COLLEAGUE" --role social_worker --worker 2
  # Members are the cases' people: a manager imports them.
  expect 0 "$FS_MANAGER" "$FS_CENTRE" import members "$csv/members.csv"
  # The families' addresses, as the workers keep them.
  expect 0 "$FS_WORKER" "$FS_CENTRE" family update --family 1 --set "address=ul. Lipowa 1, Testowo"
  expect 0 "$FS_WORKER" "$FS_CENTRE" family update --family 2 --set "address=ul. Brzozowa 2, Próbkowo"
  check "families at the centre" 3 "$(fs_sql 'SELECT COUNT(*) FROM families')"
  check "visits of family A at the centre" 3 "$(visits_at_centre 1)"
  check "visits of family B at the centre" 2 "$(visits_at_centre 2)"
  check "visits of family C at the centre" 1 "$(visits_at_centre 3)"
  check "members at the centre" 4 "$(fs_sql 'SELECT COUNT(*) FROM members')"
}

# Worker 1 takes her cases out, signed in with her own account.
fs_checkout()
{
  expect 0 "$FS_WORKER" "$FS_CENTRE" field checkout --worker 1 --out "$FS_COPY"
  [ -f "$FS_COPY" ] || fs_fail "field checkout wrote no file at $FS_COPY"
  # Families A and B with their members and visits; family C is another unit's.
  check "what the check-out took" "Families: 2|Foster families: 0|Members: 3|Visits: 5" \
    "$(grep -E '^(Families|Foster families|Members|Visits):' "$FS_OUT" | paste -sd '|')"
  # Encrypted: each 4096-byte page ends with nonce, tag, the magic OPKFLD01 (bytes 4072-4079)
  # and the salt; no SQLite header and no case data in clear.
  check "the copy's magic at byte 4072" OPKFLD01 "$(dd if="$FS_COPY" bs=1 skip=4072 count=8 2>/dev/null)"
  if head -c 16 "$FS_COPY" | grep -q "SQLite format"; then
    fs_fail "the field copy starts with SQLite's header in clear"
  fi
  if grep -q "Lipowa" "$FS_COPY"; then
    fs_fail "the field copy holds family A's address in clear"
  fi
  check "copies recorded at the centre" 1 "$(fs_sql 'SELECT COUNT(*) FROM field_copies WHERE worker_id = 1')"
}

# sync [EXTRA ENV...]: the worker syncs her copy with the centre (CSV of the conflicts).
sync_copy() { cli "$FS_WORKER" "$FS_COPY" field sync --to "$FS_CENTRE" --format csv; }

# The copy's own account of itself (field status --format json): "STATE:N ... / M conflict(s)",
# e.g. "pending:5 / 0 conflict(s)", "none / 1 conflict(s)".
copy_status()
{
  expect 0 "$FS_WORKER" "$FS_COPY" field status --format json
  python3 - "$FS_OUT" <<'PY'
import collections, json, sys
status = json.load(open(sys.argv[1], encoding="utf-8"))
states = collections.Counter(change["state"] for change in status["changes"])
text = " ".join(f"{state}:{n}" for state, n in sorted(states.items())) or "none"
print(f"{text} / {len(status['conflicts'])} conflict(s)")
PY
}

# Whether the copy says when it last synced (yes or no).
copy_synced()
{
  expect 0 "$FS_WORKER" "$FS_COPY" field status --format json
  python3 -c 'import json, sys; print("yes" if json.load(open(sys.argv[1]))["copy"]["last_synced_at"] else "no")' "$FS_OUT"
}

# copy_change_old TABLE RECORD FIELD: the old value the copy recorded for a pending change.
copy_change_old()
{
  expect 0 "$FS_WORKER" "$FS_COPY" field status --format json
  python3 - "$FS_OUT" "$1" "$2" "$3" <<'PY'
import json, sys
status = json.load(open(sys.argv[1], encoding="utf-8"))
table, record, field = sys.argv[2], int(sys.argv[3]), sys.argv[4]
print(";".join(c["old_value"] or "" for c in status["changes"]
               if c["table"] == table and c["record_id"] == record and c["field"] == field))
PY
}
