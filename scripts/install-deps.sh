#!/usr/bin/env bash
# Installs what Opieka needs to build, run and test on Debian 12, from Debian's packages only.
# clang-14, its runtime libraries (libFuzzer, sanitizers) and llvm-14 (symbolizer): scripts/fuzz.sh.
# libbenchmark-dev: Google Benchmark for scripts/bench.sh; sqlite3: the shell the CLI's whole
# process is measured against (tests/benchmarks/CliProcessBench.cpp).
# libsqlite3-dev: the system SQLite (the one Qt's QSQLITE driver links), which the encrypted
# file of field copies (src/storage/EncryptedVfs.cpp) registers its VFS with.
# libqt6svg6: Qt's SVG image and icon plugins, which draw the window icon (resources/icons).
# qt6-translations-l10n: Qt's own strings in Polish (standard buttons, file dialog, print
# preview); the program and its GUI tests load qtbase_pl.qm from it.
# libqt6sql6-psql: Qt's PostgreSQL driver; postgresql: the server binaries for
# scripts/postgres-test-server.sh (the Debian cluster the package sets up is not used).
# dpkg-dev (dpkg-shlibdeps) and file: cpack's Debian package works out its dependencies;
# desktop-file-utils checks the desktop entry (ctest package_contents); debootstrap makes the
# clean Debian 12 that scripts/package-test.sh installs the package on.
# clang-tidy: the checks of .clang-tidy (ctest tidy_check, tests/check-tidy.sh).
# xvfb, openbox, python3-dogtail, python3-pyatspi, gir1.2-atspi-2.0, at-spi2-core, dbus-x11,
# imagemagick, x11-utils, xdotool: the end-to-end tests (tests/e2e) drive the real window on a
# virtual X display with a window manager, through the accessibility tree, and take screenshots.
# qt6-pdf-dev: Qt PDF, which shows a family's attached PDF documents inside the program
# (src/ui/documents).
# Safe to run again: when everything is there it does nothing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  qt6-pdf-dev
  libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev libsodium-dev libsqlite3-dev sqlite3
  clang-format clang-tidy fonts-dejavu-core poppler-utils
  clang-14 libclang-rt-14-dev llvm-14
  libqt6sql6-psql postgresql
  dpkg-dev file desktop-file-utils debootstrap
  xvfb openbox python3-dogtail python3-pyatspi gir1.2-atspi-2.0 at-spi2-core dbus-x11
  imagemagick x11-utils xdotool
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all build and test packages are installed."
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
