#!/usr/bin/env bash
# End-to-end: a field copy taken out and synced back (issue 23, docs/field-work.md), with the real
# opieka-cli on a centre on the throwaway PostgreSQL server.
#
#   tests/e2e/field_sync.sh BUILD_DIR      (ctest entry e2e_field_sync, label postgres)
#
# 1. Worker 1 (terenowa) takes her cases out. At the centre her colleague of the same unit
#    (kolezanka) changes family A's address and adds a visit; in the copy the worker changes
#    family A's municipality and family B's address, adds two visits and a member. The sync
#    applies all of it with no conflict (exit 0).
# 2. Both sides change family B's address differently (and the worker adds a visit and changes
#    family A's address): the sync reports one conflict (exit 4) naming both values and both
#    people, and applies the rest; a sync run again before deciding changes nothing; after
#    `field resolve --keep field` the next sync finishes (exit 0).
# 3. Two conflicts in one sync, one decided with a value of its own (--keep VALUE), one with
#    --keep field; the colleague changes that field again before the next sync, which shows the
#    conflict again with her new value (exit 4); --keep centre, and the sync finishes (exit 0).
# Every visit is counted on the server after each step (none lost or doubled, each note once) and
# `verify` passes on the server and on the copy. Exit 77 (skipped) when no server can be started.
set -euo pipefail
# shellcheck source=tests/e2e/field_sync_common.sh
source "$(dirname "$0")/field_sync_common.sh"
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 1; }
fs_start "$1"
started=$(date +%s)

fs_say "the centre"
fs_centre
fs_say "check-out"
fs_checkout
expect 0 "$FS_WORKER" "$FS_COPY" verify
# Family C is another unit's: not in the copy, so not changeable there.
cli "$FS_WORKER" "$FS_COPY" visit add --family 3 --date "$FS_TODAY" --kind phone --notes "Nie tutaj"
[ "$FS_CODE" != 0 ] || fs_fail "a visit to family C (another unit's case) was added in the copy"
echo "  ok: family C is not in the copy (visit add exit $FS_CODE)"

fs_say "1. changes on both sides that do not collide"
expect 0 "$FS_COLLEAGUE" "$FS_CENTRE" family update --family 1 --set "address=ul. Kasztanowa 3, Testowo"
expect 0 "$FS_COLLEAGUE" "$FS_CENTRE" visit add --family 1 --date "$FS_TODAY" --kind home_visit \
  --notes "Centrum: wizyta koleżanki"
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 1 --set "municipality=Gmina Nowe Testowo"
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 2 --set "address=ul. Polna 7, Próbkowo"
expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 1 --date "$FS_TODAY" --kind home_visit \
  --notes "Teren: wizyta u A"
expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 2 --date "$FS_TODAY" --kind phone \
  --notes "Teren: telefon do B"
expect 0 "$FS_WORKER" "$FS_COPY" member add --family 2 --first-name Zuzanna --last-name Próbna \
  --relation child --birth-date 2019-06-15 --sex F
check "the copy's changes before the sync" "pending:5 / 0 conflict(s)" "$(copy_status)"
check "visits of family A at the centre before the sync" 4 "$(visits_at_centre 1)"
check "visits of family B at the centre before the sync" 2 "$(visits_at_centre 2)"

sync_copy
[ "$FS_CODE" = 0 ] || fs_fail "the first sync: expected exit 0 (no conflict), got $FS_CODE"
echo "  ok: the first sync exit 0"
check "conflicts reported by the first sync" 0 "$(tail -n +2 "$FS_OUT" | grep -c . || true)"
check "family A's address (the colleague's)" "ul. Kasztanowa 3, Testowo" "$(family_field 1 address)"
check "family A's municipality (the worker's)" "Gmina Nowe Testowo" "$(family_field 1 municipality)"
check "family B's address (the worker's)" "ul. Polna 7, Próbkowo" "$(family_field 2 address)"
check "family B's municipality (untouched)" "Gmina Próbkowo" "$(family_field 2 municipality)"
check "visits of family A at the centre" 5 "$(visits_at_centre 1)"
check "visits of family B at the centre" 3 "$(visits_at_centre 2)"
check "visits of family C at the centre" 1 "$(visits_at_centre 3)"
check "the colleague's visit, once" 1 "$(visits_noted 'Centrum: wizyta koleżanki')"
check "the worker's visit to A, once" 1 "$(visits_noted 'Teren: wizyta u A')"
check "the worker's visit to B, once" 1 "$(visits_noted 'Teren: telefon do B')"
check "the worker's visit to A, by worker 1" 1 \
  "$(fs_sql "SELECT worker_id FROM contacts WHERE notes = 'Teren: wizyta u A'")"
check "the new member of family B, once" 1 "$(members_named Zuzanna 2)"
check "the new member's relation and birth date" "child,2019-06-15" \
  "$(fs_sql "SELECT relation, birth_date FROM members WHERE first_name = 'Zuzanna'")"
check "members at the centre" 5 "$(fs_sql 'SELECT COUNT(*) FROM members')"
first_applied="$(applied_changes)"
echo "  info: field_applied_changes after the first sync: $first_applied"
check "field.sync audit records at the centre = applied changes" "$first_applied" \
  "$(fs_sql "SELECT COUNT(*) FROM audit_log WHERE action = 'field.sync'")"
check "the copy's changes after the sync" "none / 0 conflict(s)" "$(copy_status)"
# A sync with nothing new applies nothing.
sync_copy
[ "$FS_CODE" = 0 ] || fs_fail "a sync with nothing new: expected exit 0, got $FS_CODE"
check "field_applied_changes after a sync with nothing new" "$first_applied" "$(applied_changes)"
check "visits of family A after a sync with nothing new" 5 "$(visits_at_centre 1)"

fs_say "2. family B's address changed on both sides"
expect 0 "$FS_COLLEAGUE" "$FS_CENTRE" family update --family 2 --set "address=ul. Centralna 10, Próbkowo"
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 2 --set "address=ul. Terenowa 20, Próbkowo"
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 1 --set "address=ul. Kasztanowa 3a, Testowo"
expect 0 "$FS_WORKER" "$FS_COPY" visit add --family 2 --date "$FS_TODAY" --kind office_meeting \
  --notes "Teren: spotkanie z B"
# The sync's refresh gave the copy the colleague's address of family A: the worker changed that.
check "the old value of family A's address in the copy" "ul. Kasztanowa 3, Testowo" \
  "$(copy_change_old families 1 address)"
sync_copy
[ "$FS_CODE" = 4 ] || fs_fail "the sync with a conflict: expected exit 4, got $FS_CODE"
echo "  ok: the sync with a conflict exit 4"
cp "$FS_OUT" "$FS_WORK/conflicts.csv"
check "the conflicts' header" "table,record_id,field,centre_value,field_value,centre_changed_by,field_changed_by" \
  "$(head -n 1 "$FS_OUT")"
check "conflicts reported" 1 "$(tail -n +2 "$FS_OUT" | grep -c .)"
check "the conflict" "families,2,address,\"ul. Centralna 10, Próbkowo\",\"ul. Terenowa 20, Próbkowo\",$FS_COLLEAGUE,$FS_WORKER" \
  "$(sed -n 2p "$FS_OUT")"
check "family B's address at the centre (left as it was)" "ul. Centralna 10, Próbkowo" "$(family_field 2 address)"
check "family A's address (applied beside the conflict)" "ul. Kasztanowa 3a, Testowo" "$(family_field 1 address)"
check "visits of family B at the centre" 4 "$(visits_at_centre 2)"
check "the worker's meeting with B, once" 1 "$(visits_noted 'Teren: spotkanie z B')"
check "the copy's changes and conflicts after the sync" "none / 1 conflict(s)" "$(copy_status)"
# Syncing again before deciding: the same conflict, nothing applied twice.
applied="$(applied_changes)"
sync_copy
[ "$FS_CODE" = 4 ] || fs_fail "a sync again before deciding: expected exit 4, got $FS_CODE"
check "conflicts reported again" 1 "$(tail -n +2 "$FS_OUT" | grep -c .)"
check "field_applied_changes after syncing again before deciding" "$applied" "$(applied_changes)"
check "visits of family B after syncing again" 4 "$(visits_at_centre 2)"

expect 0 "$FS_WORKER" "$FS_COPY" field resolve --table families --record 2 --field address --keep field
check "family B's address at the centre before the next sync" "ul. Centralna 10, Próbkowo" \
  "$(family_field 2 address)"
sync_copy
[ "$FS_CODE" = 0 ] || fs_fail "the sync after the decision: expected exit 0, got $FS_CODE"
echo "  ok: the sync after field resolve exit 0"
check "conflicts after the decision" 0 "$(tail -n +2 "$FS_OUT" | grep -c . || true)"
check "family B's address (the worker's, as decided)" "ul. Terenowa 20, Próbkowo" "$(family_field 2 address)"

fs_say "3. two conflicts in one sync, decided otherwise; the centre changes one again"
expect 0 "$FS_COLLEAGUE" "$FS_CENTRE" family update --family 1 --set "municipality=Gmina Centralna"
expect 0 "$FS_COLLEAGUE" "$FS_CENTRE" family update --family 2 --set "address=ul. Centralna 11, Próbkowo"
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 1 --set "municipality=Gmina Terenowa"
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 2 --set "address=ul. Terenowa 21, Próbkowo"
sync_copy
[ "$FS_CODE" = 4 ] || fs_fail "the sync with two conflicts: expected exit 4, got $FS_CODE"
check "conflicts reported" 2 "$(tail -n +2 "$FS_OUT" | grep -c .)"
check "the conflicts" "families,1,municipality,Gmina Centralna,Gmina Terenowa,$FS_COLLEAGUE,$FS_WORKER
families,2,address,\"ul. Centralna 11, Próbkowo\",\"ul. Terenowa 21, Próbkowo\",$FS_COLLEAGUE,$FS_WORKER" \
  "$(tail -n +2 "$FS_OUT" | sort)"
expect 0 "$FS_WORKER" "$FS_COPY" field resolve --table families --record 2 --field address \
  --keep "ul. Uzgodniona 5, Próbkowo"
expect 0 "$FS_WORKER" "$FS_COPY" field resolve --table families --record 1 --field municipality \
  --keep field
# Before the next sync the colleague changes family A's municipality again: the worker's choice
# was made against a value that is no longer there, so the conflict comes back with the new one.
expect 0 "$FS_COLLEAGUE" "$FS_CENTRE" family update --family 1 --set "municipality=Gmina Centralna 2"
sync_copy
[ "$FS_CODE" = 4 ] || fs_fail "the sync after a decision overtaken at the centre: expected exit 4, got $FS_CODE"
check "the conflict shown again" "families,1,municipality,Gmina Centralna 2,Gmina Terenowa,$FS_COLLEAGUE,$FS_WORKER" \
  "$(tail -n +2 "$FS_OUT")"
check "family B's address (the value agreed on)" "ul. Uzgodniona 5, Próbkowo" "$(family_field 2 address)"
check "family A's municipality (the colleague's latest)" "Gmina Centralna 2" "$(family_field 1 municipality)"
expect 0 "$FS_WORKER" "$FS_COPY" field resolve --table families --record 1 --field municipality \
  --keep centre
sync_copy
[ "$FS_CODE" = 0 ] || fs_fail "the sync after keeping the centre's value: expected exit 0, got $FS_CODE"
check "family A's municipality (the centre's, kept)" "Gmina Centralna 2" "$(family_field 1 municipality)"
check "family B's address" "ul. Uzgodniona 5, Próbkowo" "$(family_field 2 address)"
# The copy took the decided values: a change there now starts from them, without a conflict.
expect 0 "$FS_WORKER" "$FS_COPY" family update --family 2 --set "address=ul. Uzgodniona 5a, Próbkowo"
check "the old value of family B's address in the copy" "ul. Uzgodniona 5, Próbkowo" \
  "$(copy_change_old families 2 address)"
sync_copy
[ "$FS_CODE" = 0 ] || fs_fail "the sync of a change made after the decisions: expected exit 0, got $FS_CODE"
check "family B's address" "ul. Uzgodniona 5a, Próbkowo" "$(family_field 2 address)"

fs_say "the end: every visit once, verify on both sides"
check "visits of family A at the centre" 5 "$(visits_at_centre 1)"
check "visits of family B at the centre" 4 "$(visits_at_centre 2)"
check "visits of family C at the centre" 1 "$(visits_at_centre 3)"
check "visits at the centre" 10 "$(fs_sql 'SELECT COUNT(*) FROM contacts')"
check "visits whose note appears more than once" 0 \
  "$(fs_sql 'SELECT COUNT(*) FROM (SELECT notes FROM contacts GROUP BY notes HAVING COUNT(*) > 1) d')"
check "members at the centre" 5 "$(fs_sql 'SELECT COUNT(*) FROM members')"
check "the copy's changes and conflicts at the end" "none / 0 conflict(s)" "$(copy_status)"
check "the copy's last sync is recorded" yes "$(copy_synced)"
expect 0 "$FS_MANAGER" "$FS_CENTRE" verify
expect 0 "$FS_WORKER" "$FS_COPY" verify
fs_say "passed in $(($(date +%s) - started)) s ($(cat "$FS_WORK/log/steps") opieka-cli runs)"
