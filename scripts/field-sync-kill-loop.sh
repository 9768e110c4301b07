#!/usr/bin/env bash
# Field sync killed at random moments (issue 23; not part of CI): one centre on the throwaway
# PostgreSQL server, one field copy, then RUNS times (default 10) changes in the copy and a sync
# killed with kill -9 after a random delay (0 to the time a whole sync takes), run again until it
# exits 0, every change checked to be at the centre exactly once. Prints, per run, when the kill
# landed (before or after the centre's commit, or after the sync had finished).
#
#   scripts/field-sync-kill-loop.sh [RUNS] [BUILD_DIR]     (defaults 10 and build/ci)
#
# OPIEKA_CLI=/tmp/bin/opieka-cli runs a copy of the program while others rebuild build/ci.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash tests/e2e/field_sync_kill.sh "${2:-build/ci}" --random "${1:-10}"
