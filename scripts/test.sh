#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test (offscreen GUI; the
# storage and service tests on SQLite and on a throwaway PostgreSQL server), then the fuzzers for
# a bounded time, and last the Debian package, installed and started on a clean Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
# A throwaway PostgreSQL server for core_tests_postgres (the storage and service tests again, on
# PostgreSQL), stopped whatever happens. Without one that entry reports skipped.
if scripts/postgres-test-server.sh start >/dev/null; then
  trap 'scripts/postgres-test-server.sh stop' EXIT
else
  echo "test.sh: no PostgreSQL test server; core_tests_postgres will be skipped." >&2
fi
QT_QPA_PLATFORM=offscreen ctest --preset ci
# Then the fuzzers (clang, ASan + UBSan), 20 s each: a finding fails the run.
scripts/fuzz.sh 20
# Last, the Debian package of this build: its contents, then installed on a clean Debian 12
# (debootstrap chroot, cached in /var/cache/opieka-chroot) and started there.
scripts/package-test.sh build/ci
