#!/usr/bin/env bash
# ctest's `screenshots` entry: opieka-screenshots runs once on a fresh demo database into a
# temporary folder; every picture in docs/screenshots must come out of it, not empty (the two
# "-pdf.png" pictures are made by scripts/screenshots.sh from the PDFs the tool writes), and the
# tool must make no picture that docs/screenshots lacks.
# Usage: check-screenshots.sh OPIEKA_SCREENSHOTS OPIEKA_CLI DOCS_SCREENSHOTS_DIR
set -euo pipefail
tool=$1 cli=$2 docs=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings, logs and runtime files stay inside the temporary folder.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

"$cli" --db "$work/demo.sqlite" demo --seed 7 >/dev/null
"$tool" "$work/demo.sqlite" "$work/out" 2> >(grep -v propagateSizeHints >&2)

failed=0
for picture in "$docs"/*.png; do
  name=$(basename "$picture")
  made="$work/out/$name"
  [[ $name == *-pdf.png ]] && made="$work/out/${name%-pdf.png}.pdf"
  if [[ ! -s $made ]]; then
    echo "screenshots: $(basename "$made") was not made (or is empty); docs/screenshots has $name" >&2
    failed=1
  fi
done
for made in "$work"/out/*.png; do
  name=$(basename "$made")
  if [[ ! -e $docs/$name ]]; then
    echo "screenshots: the tool made $name, which docs/screenshots lacks (scripts/screenshots.sh)" >&2
    failed=1
  fi
done
count=$(find "$work/out" -type f | wc -l)
[[ $failed == 0 ]] && echo "screenshots: $count files made, every picture of docs/screenshots among them"
exit $failed
