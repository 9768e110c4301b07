#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (offscreen GUI).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
QT_QPA_PLATFORM=offscreen ctest --preset ci
