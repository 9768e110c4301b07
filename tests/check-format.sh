#!/usr/bin/env bash
# Fails when a C++ file in git under src/, tests/ or tools/ is not as .clang-format writes it
# (issue 20: the house style is checked, not hoped for). Prints the files and how to fix them.
set -euo pipefail
root="${1:-$(dirname "$0")/..}"
cd "$root"
format=$(command -v clang-format || command -v clang-format-14 || true)
if [ -z "$format" ]; then
  echo "check-format: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'tools/*.cpp' 'tools/*.h')
if [ ${#files[@]} -eq 0 ]; then
  echo "check-format: no C++ files found under $root (not a git checkout?)" >&2
  exit 1
fi
# One clang-format for all files; each file it would change is named in its warnings.
mapfile -t unformatted < <("$format" --dry-run "${files[@]}" 2>&1 |
  sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: \(warning\|error\): code should be clang-formatted.*/\1/p' |
  sort -u)
if [ ${#unformatted[@]} -gt 0 ]; then
  printf 'check-format: not formatted: %s\n' "${unformatted[@]}" >&2
  echo "check-format: run: clang-format -i ${unformatted[*]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
