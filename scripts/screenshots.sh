#!/usr/bin/env bash
# Regenerates the GUI screenshots in docs/screenshots from a fresh demo database, offscreen, with
# the screenshot tool (tools/screenshots, program opieka-screenshots; not part of the package).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build/gui)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build/gui}"
cli="$build/src/cli/opieka-cli"
shots="$build/tools/screenshots/opieka-screenshots"
for tool in "$cli" "$shots"; do
  if [[ ! -x "$tool" ]]; then
    echo "missing $tool: build first (cmake --build $build --target opieka-screenshots opieka-cli)" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Settings, logs and the default database stay inside the temporary folder.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

LANG=C.UTF-8 LC_ALL=C.UTF-8 "$cli" --db "$work/demo.sqlite" demo --seed 7 >/dev/null
# English (the source text) in docs/screenshots, Polish (the users' language) in docs/screenshots/pl.
# Among them the documents kept with a case (issue 25): a family's Documents tab with a court order
# (PDF), a Niebieska Karta form (PNG) and a school's letter (JPEG), family-documents.png, and the
# viewer showing the PDF, document-viewer.png (tools/screenshots/DocumentScreenshots.cpp).
for lang in en pl; do
  out="$root/docs/screenshots"
  locale=C.UTF-8
  if [[ $lang == pl ]]; then out="$out/pl"; locale=pl_PL.UTF-8; fi
  mkdir -p "$out"
  LANG=$locale LC_ALL=$locale "$shots" "$work/demo.sqlite" "$out" \
    2> >(grep -v propagateSizeHints >&2)
  # The work plan and the caseload report as printed: their first pages as images.
  for pdf in work-plan caseload-report; do
    pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$out/$pdf.pdf" "$out/$pdf-pdf"
    rm "$out/$pdf.pdf"
  done
done
ls -l "$root/docs/screenshots" "$root/docs/screenshots/pl"
