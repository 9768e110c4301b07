#!/usr/bin/env bash
# Installs what is missing, builds, fills a demo database with synthetic data, starts Opieka on it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --target opieka opieka-cli

demo_db="${OPIEKA_DEMO_DB:-build/demo.sqlite}"
if [ ! -f "$demo_db" ]; then
  build/dev/src/cli/opieka-cli --db "$demo_db" init
  build/dev/src/cli/opieka-cli --db "$demo_db" demo --scale small --seed 1
fi
echo "Starting Opieka on $demo_db"
exec build/dev/src/ui/opieka --db "$demo_db" "$@"
