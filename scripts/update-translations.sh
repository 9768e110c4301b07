#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (new strings appear as unfinished).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations relative src tools -ts resources/translations/opieka_pl.ts
