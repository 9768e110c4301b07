#!/usr/bin/env bash
# What `cmake --install` lays out (the content of the Debian package, cmake/Packaging.cmake),
# installed into a temporary prefix: no root, no cpack. ctest entry: package_contents.
#
#   tests/packaging/check-install.sh BUILD_DIR VERSION [CMAKE]
#
# Fails, naming the file, when a program, the desktop entry, the icon or the documentation is
# missing or wrong, or when something else (a library, a test program) is installed.
set -euo pipefail

[ $# -eq 2 ] || [ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR VERSION [CMAKE]" >&2; exit 2; }
build=$1
version=$2
cmake=${3:-cmake}
failures=0
fail() {
  echo "package_contents: $*" >&2
  failures=$((failures + 1))
}

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
if ! "$cmake" --install "$build" --prefix "$prefix" >"$prefix.log" 2>&1; then
  cat "$prefix.log" >&2
  rm -f "$prefix.log"
  echo "package_contents: cmake --install $build failed" >&2
  exit 1
fi
rm -f "$prefix.log"

# Every file, and nothing else besides the documentation's screenshots.
expected=(
  bin/opieka
  bin/opieka-cli
  share/applications/opieka.desktop
  share/icons/hicolor/scalable/apps/opieka.svg
  share/doc/opieka/README.md
  share/doc/opieka/SECURITY.md
  share/doc/opieka/user-guide.md
  share/doc/opieka/cli.md
  share/doc/opieka/deployment.md
  share/doc/opieka/data-protection.md
  share/doc/opieka/law.md
  share/doc/opieka/copyright
  share/doc/opieka/changelog.gz
  share/man/man1/opieka.1.gz
  share/man/man1/opieka-cli.1.gz
)
for file in "${expected[@]}"; do
  [ -f "$prefix/$file" ] || fail "$file is not installed"
done
for program in opieka opieka-cli; do
  [ -x "$prefix/bin/$program" ] || fail "bin/$program is not executable"
done
unexpected=0
while IFS= read -r file; do
  case " ${expected[*]} " in *" $file "*) continue ;; esac
  case "$file" in share/doc/opieka/screenshots/*) continue ;; esac
  unexpected=$((unexpected + 1))
  [ "$unexpected" -le 10 ] && fail "unexpected file installed: $file"
done < <(cd "$prefix" && find . -type f -printf '%P\n' | sort)
[ "$unexpected" -le 10 ] || fail "… and $((unexpected - 10)) more unexpected files"
# The user guide's pictures go with it: every file of docs/screenshots.
source=$(cd "$(dirname "$0")/../.." && pwd)
while IFS= read -r picture; do
  [ -f "$prefix/share/doc/opieka/screenshots/$picture" ] ||
    fail "share/doc/opieka/screenshots/$picture is not installed"
done < <(cd "$source/docs/screenshots" && find . -type f -printf '%P\n')

# What the package declares it needs beside the libraries dpkg-shlibdeps finds
# (cmake/Packaging.cmake, as CPack was configured): the SQLite driver, the SVG plugins and Qt's own
# translations (Polish standard buttons, file dialog and print preview, issue 17).
cpack_config=$build/CPackConfig.cmake
if [ -f "$cpack_config" ]; then
  depends=$(sed -n 's/^set(CPACK_DEBIAN_PACKAGE_DEPENDS "\(.*\)")$/\1/p' "$cpack_config")
  for dep in libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n; do
    tr ',|' '\n\n' <<<"$depends" | sed 's/^ *//; s/ *$//' | grep -qx "$dep" ||
      fail "the package's Depends lack $dep (cmake/Packaging.cmake): $depends"
  done
else
  fail "$cpack_config is missing: the Debian package is not configured"
fi

# The installed program runs and names the project's version.
got=$(HOME="$prefix" XDG_DATA_HOME="$prefix/data" "$prefix/bin/opieka-cli" --version 2>&1) ||
  fail "bin/opieka-cli --version failed: $got"
[ "$got" = "opieka-cli $version" ] || fail "bin/opieka-cli --version said '$got', expected 'opieka-cli $version'"

# The desktop entry: valid for the freedesktop specification, and starting this program.
desktop=$prefix/share/applications/opieka.desktop
if [ -f "$desktop" ]; then
  if command -v desktop-file-validate >/dev/null; then
    report=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $report"
  else
    fail "desktop-file-validate is missing: run scripts/install-deps.sh (desktop-file-utils)"
  fi
  expect_key() { # KEY VALUE
    local value
    value=$(sed -n "s/^$1=//p" "$desktop")
    [ "$value" = "$2" ] || fail "opieka.desktop: $1 is '$value', expected '$2'"
  }
  expect_key Type Application
  expect_key Exec opieka
  expect_key Icon opieka
  expect_key Terminal false
  expect_key Categories 'Office;'
  for key in 'Name' 'Name[pl]' 'GenericName' 'GenericName[pl]' 'Comment' 'Comment[pl]'; do
    grep -q "^${key//[/\\[}=." "$desktop" || fail "opieka.desktop has no $key"
  done
  # Exec names a program the package installs.
  [ -x "$prefix/bin/$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")" ] ||
    fail "opieka.desktop: Exec does not name an installed program"
fi

# The manual pages: compressed, each titled for its program.
for program in opieka opieka-cli; do
  page=$prefix/share/man/man1/$program.1.gz
  [ -f "$page" ] || continue
  title=$(gzip -dc "$page" 2>/dev/null | sed -n 's/^\.TH \([^ ]*\) 1 .*/\1/p')
  [ "$title" = "${program^^}" ] || fail "share/man/man1/$program.1.gz is not the manual page of $program"
done
# The changelog's newest entry is this version; the copyright file is Debian's format.
changelog=$prefix/share/doc/opieka/changelog.gz
if [ -f "$changelog" ]; then
  newest=$(gzip -dc "$changelog" | head -n 1)
  [[ "$newest" == "opieka ($version) "* ]] ||
    fail "resources/packaging/changelog: the newest entry is '$newest', not version $version"
fi
copyright=$prefix/share/doc/opieka/copyright
if [ -f "$copyright" ]; then
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$copyright" &&
    grep -q '^License: GPL-3+' "$copyright" ||
    fail "share/doc/opieka/copyright is not a machine-readable copyright file naming GPL-3+"
fi

# The icon: an SVG document, named as the desktop entry's Icon.
icon=$prefix/share/icons/hicolor/scalable/apps/opieka.svg
if [ -f "$icon" ]; then
  grep -q '<svg[ >]' "$icon" && grep -q '</svg>' "$icon" || fail "opieka.svg is not an SVG document"
fi

if [ "$failures" -ne 0 ]; then
  echo "package_contents: $failures problem(s) in what cmake --install lays out" >&2
  exit 1
fi
echo "package_contents: $(cd "$prefix" && find . -type f | wc -l) files installed and checked"
