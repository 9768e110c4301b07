#!/usr/bin/env bash
# End-to-end: a field sync killed halfway (SIGKILL) and run again applies everything exactly once
# (issue 23, docs/field-work.md "Repeat safely"), with the real opieka-cli on a centre on the
# throwaway PostgreSQL server.
#
#   tests/e2e/field_sync_kill.sh BUILD_DIR [--random N]   (ctest entry e2e_field_sync_kill)
#
# 1. With the test hook OPIEKA_TEST_KILL_AFTER_PUSH=1 the sync kills itself right after the
#    centre's transaction commits (exit 137): the centre has every change once; the worker goes on
#    working in the copy; the next sync exits 0 and the centre still has every change once.
# 2. N times (default 1; scripts/field-sync-kill-loop.sh runs 10): changes in the copy, a sync
#    killed with kill -9 (odd runs: after a random delay between 0 and 1.5 times a whole sync;
#    even runs: as soon as the centre shows the changes, polled, so in the copy's refresh), then
#    the sync run again until it exits 0; every change once at the centre.
# "Once": the rows of contacts and members counted per family and by their note or name, the
# changed field's value, and field_applied_changes growing by exactly the number of changes made.
# `verify` passes on the server and on the copy at the end. Exit 77 when no server can be started.
set -euo pipefail
# shellcheck source=tests/e2e/field_sync_common.sh
source "$(dirname "$0")/field_sync_common.sh"
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [--random N]" >&2; exit 1; }
build="$1"
loops=1
if [ "${2:-}" = --random ]; then
  loops="${3:?--random takes the number of runs}"
fi
fs_start "$build"
started=$(date +%s)
fs_centre
fs_checkout

now_ms() { echo $(($(date +%s%N) / 1000000)); }

fs_say "1. killed by the test hook right after the push"
applied0="$(applied_changes)"
expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 1 --date "$FS_TODAY" --kind home_visit \
  --notes "Hak: wizyta u A"
expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 2 --date "$FS_TODAY" --kind phone \
  --notes "Hak: telefon do B"
expect 0 "$FS_WORKER" "$FS_COPY" member add --family 1 --first-name Tymon --last-name Testowy \
  --relation child --birth-date 2020-02-29 --sex M
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 2 --set "municipality=Gmina Hakowo"
changes=4
OPIEKA_TEST_KILL_AFTER_PUSH=1 sync_copy
[ "$FS_CODE" = 137 ] || fs_fail "the sync with OPIEKA_TEST_KILL_AFTER_PUSH=1: expected death by SIGKILL (137), got $FS_CODE"
echo "  ok: the sync killed itself after the push (exit 137)"
check "changes the centre took before the kill" "$changes" "$(($(applied_changes) - applied0))"
check "the visit to A at the centre after the kill" 1 "$(visits_noted 'Hak: wizyta u A')"
check "the member at the centre after the kill" 1 "$(members_named Tymon 1)"
# Killed before its refresh: the copy still holds its changes as not synced.
check "the copy's changes after the kill" "pending:4 / 0 conflict(s)" "$(copy_status)"
# The laptop was closed; she goes on working, then syncs again.
expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 1 --date "$FS_TODAY" --kind office_meeting \
  --notes "Hak: po przerwie"
changes=5
t0=$(now_ms)
sync_copy
sync_ms=$(($(now_ms) - t0))
[ "$FS_CODE" = 0 ] || fs_fail "the sync run again: expected exit 0, got $FS_CODE"
echo "  ok: the sync run again exit 0 (${sync_ms} ms)"
check "changes the centre took in all" "$changes" "$(($(applied_changes) - applied0))"
check "the visit to A, once" 1 "$(visits_noted 'Hak: wizyta u A')"
check "the call to B, once" 1 "$(visits_noted 'Hak: telefon do B')"
check "the visit after the break, once" 1 "$(visits_noted 'Hak: po przerwie')"
check "visits of family A at the centre" 5 "$(visits_at_centre 1)"
check "visits of family B at the centre" 3 "$(visits_at_centre 2)"
check "the member Tymon in family A, once" 1 "$(members_named Tymon 1)"
check "members of family A at the centre" 3 "$(fs_sql 'SELECT COUNT(*) FROM members WHERE family_id = 1')"
check "family B's municipality" "Gmina Hakowo" "$(family_field 2 municipality)"
check "the copy's changes after the sync run again" "none / 0 conflict(s)" "$(copy_status)"
sync_copy
[ "$FS_CODE" = 0 ] || fs_fail "a third sync: expected exit 0, got $FS_CODE"
check "changes the centre took after a third sync" "$changes" "$(($(applied_changes) - applied0))"
check "visits at the centre after a third sync" 9 "$(fs_sql 'SELECT COUNT(*) FROM contacts')"

fs_say "2. killed with kill -9 at a random moment, $loops time(s)"
names=(Adam Bartosz Cezary Dawid Emil Filip Gustaw Henryk Igor Jakub Kamil Leon Marcin Norbert
  Olaf Patryk Robert Szymon Tadeusz Wiktor)
visits_a="$(visits_at_centre 1)"
members_b="$(fs_sql 'SELECT COUNT(*) FROM members WHERE family_id = 2')"
summary=()
for ((i = 1; i <= loops; i++)); do
  name="${names[$(((i - 1) % ${#names[@]}))]}"
  note="Losowo $i: wizyta u A"
  applied="$(applied_changes)"
  expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 1 --date "$FS_TODAY" --kind home_visit \
    --notes "$note"
  expect 0 "$FS_WORKER" "$FS_COPY" member add --family 2 --first-name "$name" --last-name Próbny \
    --relation child --sex M
  expect 0 "$FS_WORKER" "$FS_COPY" family update --family 1 --set "municipality=Gmina Losowa $i"
  # Odd runs: a random moment of the whole sync. Even runs: as soon as the centre shows the
  # changes (polled), so that the kill lands in the copy's refresh.
  if ((i % 2 == 1)); then
    delay_ms=$((RANDOM % (sync_ms * 3 / 2 + 1)))
    when="after $delay_ms ms of ~$sync_ms"
  else
    when="once the centre had the changes (polled)"
  fi
  fs_next_step
  log="$FS_WORK/log/$(printf %03d "$FS_STEP")"
  echo "$(printf %03d "$FS_STEP") [$FS_WORKER] field sync, kill -9 $when" >>"$FS_WORK/log/commands"
  set +e
  t0=$(now_ms)
  OPIEKA_USER="$FS_WORKER" OPIEKA_PASSWORD="$FS_PASSWORD" "$FS_CLI" --db "$FS_COPY" field sync \
    --to "$FS_CENTRE" --format csv >"$log.out" 2>"$log.err" &
  pid=$!
  if ((i % 2 == 1)); then
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  else
    while kill -0 "$pid" 2>/dev/null && [ "$(applied_changes)" = "$applied" ]; do :; done
  fi
  kill -9 "$pid" 2>/dev/null
  killed_at=$(($(now_ms) - t0))
  wait "$pid" 2>/dev/null
  first=$?
  set -e
  taken=$(($(applied_changes) - applied))
  case "$first:$taken" in
    137:0) moment="killed before the push committed" ;;
    137:3)
      # Before or after the copy's refresh committed: the copy says whether its changes are synced.
      if [ "$(copy_status)" = "none / 0 conflict(s)" ]; then
        moment="killed after the push and the refresh committed"
      else
        moment="killed after the push committed, before the refresh did"
      fi
      ;;
    0:3) moment="finished before the kill" ;;
    *) fs_fail "run $i: the killed sync exited $first with $taken change(s) at the centre (0 or 3 expected)" ;;
  esac
  reruns=0
  code=1
  while [ "$code" != 0 ]; do
    reruns=$((reruns + 1))
    [ "$reruns" -le 3 ] || fs_fail "run $i: the sync did not finish in 3 runs after the kill"
    sync_copy
    code=$FS_CODE
    [ "$code" = 0 ] || echo "  run $i: the sync after the kill exited $code" >&2
  done
  visits_a=$((visits_a + 1))
  members_b=$((members_b + 1))
  check "run $i: changes the centre took" 3 "$(($(applied_changes) - applied))"
  check "run $i: the visit, once" 1 "$(visits_noted "$note")"
  check "run $i: visits of family A" "$visits_a" "$(visits_at_centre 1)"
  check "run $i: the member $name, once" 1 "$(members_named "$name" 2)"
  check "run $i: members of family B" "$members_b" \
    "$(fs_sql 'SELECT COUNT(*) FROM members WHERE family_id = 2')"
  check "run $i: family A's municipality" "Gmina Losowa $i" "$(family_field 1 municipality)"
  check "run $i: the copy's changes" "none / 0 conflict(s)" "$(copy_status)"
  summary+=("run $i: kill -9 $when (at $killed_at ms): exit $first, $moment; $reruns sync(s) more to exit 0; every change once")
done

fs_say "the end: verify on both sides"
# One audit record per change taken, however many runs it took.
check "field.sync audit records at the centre = changes taken" "$(applied_changes)" \
  "$(fs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'field.sync'")"
check "visits whose note appears more than once" 0 \
  "$(fs_sql 'SELECT COUNT(*) FROM (SELECT notes FROM contacts GROUP BY notes HAVING COUNT(*) > 1) d')"
expect 0 "$FS_MANAGER" "$FS_CENTRE" verify
expect 0 "$FS_WORKER" "$FS_COPY" verify
printf 'field-e2e: %s\n' "${summary[@]}"
fs_say "passed in $(($(date +%s) - started)) s ($(cat "$FS_WORK/log/steps") opieka-cli runs)"
