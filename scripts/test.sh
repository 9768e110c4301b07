#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test (offscreen GUI), then
# the fuzzers for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
QT_QPA_PLATFORM=offscreen ctest --preset ci
# Then the fuzzers (clang, ASan + UBSan), 20 s each: a finding fails the run.
scripts/fuzz.sh 20
