#!/usr/bin/env bash
# Runs a test binary (the storage and service tests) against the throwaway PostgreSQL server:
# the one scripts/test.sh started, or one started here for the run and stopped afterwards.
# Exits 77, which ctest reports as skipped, when no server can be started (PostgreSQL not
# installed, no port): never a silent pass, never a failure for want of a server.
set -uo pipefail
binary="$1"
shift
server="$(cd "$(dirname "$0")/.." && pwd)/scripts/postgres-test-server.sh"

if ! settings="$("$server" env 2>/dev/null)"; then
  if ! "$server" start >/dev/null; then
    echo "SKIPPED: no PostgreSQL test server could be started (scripts/postgres-test-server.sh)."
    exit 77
  fi
  trap '"$server" stop' EXIT
  settings="$("$server" env)" || exit 1
fi
eval "$settings"
echo "Running on PostgreSQL: $OPIEKA_TEST_POSTGRES_URL"
"$binary" "$@"
