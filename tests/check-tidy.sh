#!/usr/bin/env bash
# Runs clang-tidy with the checks of .clang-tidy over the C++ files in git under the layers below
# the window: src/domain, src/print, src/support, src/storage, src/app and src/cli, and the
# headers of src/ they include. Fails on any error (a finding of a check in WarningsAsErrors, or
# code clang cannot compile) and prints it; the few checks .clang-tidy does not yet enforce are
# printed as warnings. src/ui and tests/ are left out for time: clang-tidy spends 7-10 s of CPU
# on each file, most of it in Qt's headers, and the ~210 files of src/ui and tests/ would add
# some 15-20 minutes to CI (docs/architecture.md, Tests). Needs the build's
# compile_commands.json and generated headers, so it runs after the build (ctest entry
# tidy_check). Usage: check-tidy.sh BUILD_DIR [SOURCE_DIR]
set -euo pipefail
build="${1:?usage: check-tidy.sh BUILD_DIR [SOURCE_DIR]}"
root="${2:-$(dirname "$0")/..}"
build=$(cd "$build" && pwd -P)
cd "$root"
root=$(pwd -P)
tidy=$(command -v clang-tidy || command -v clang-tidy-14 || true)
if [ -z "$tidy" ]; then
  echo "check-tidy: clang-tidy is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
db="$build/compile_commands.json"
if [ ! -f "$db" ]; then
  echo "check-tidy: no $db (configure with CMAKE_EXPORT_COMPILE_COMMANDS, as CMakeLists.txt does)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files -- 'src/domain/*.cpp' 'src/print/*.cpp' 'src/support/*.cpp' \
  'src/storage/*.cpp' 'src/app/*.cpp' 'src/cli/*.cpp')
if [ ${#files[@]} -eq 0 ]; then
  echo "check-tidy: no C++ files found under $root (not a git checkout?)" >&2
  exit 1
fi
# A file the build does not compile (a checkout with a change in progress) would be read without
# its flags: it is named and left out.
built=()
for f in "${files[@]}"; do
  if grep -qF "\"file\": \"$root/$f\"" "$db"; then
    built+=("$f")
  else
    echo "check-tidy: $f is not built by $build (not checked)"
  fi
done
files=("${built[@]}")
if [ ${#files[@]} -eq 0 ]; then
  echo "check-tidy: $build compiles none of them (build it first)" >&2
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$SECONDS
# One clang-tidy per file, as many at a time as there are processors (OPIEKA_TIDY_JOBS=N: N).
jobs="${OPIEKA_TIDY_JOBS:-$(nproc)}"
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -n 1 -P "$jobs" "$tidy" -p "$build" --quiet >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  grep -v ' warnings\? generated\.$' "$log" >&2 || true
  echo "check-tidy: clang-tidy found the errors above in ${#files[@]} files (.clang-tidy names the" \
    "checks; a finding that is wrong is silenced on its line with // NOLINT(check-name) and why)" >&2
  exit 1
fi
# The checks .clang-tidy runs but does not yet enforce (not in WarningsAsErrors) only advise.
# A header's finding comes once per file that includes it: each is printed once.
mapfile -t advice < <(grep ': warning: ' "$log" | sort -u)
if [ ${#advice[@]} -gt 0 ]; then
  printf '%s\n' "${advice[@]}"
  echo "check-tidy: ${#advice[@]} warnings of checks not yet enforced (above)"
fi
echo "check-tidy: ${#files[@]} files pass .clang-tidy's enforced checks ($((SECONDS - start)) s," \
  "$jobs at a time)"
