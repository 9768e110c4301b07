#!/usr/bin/env bash
# Builds the Debian package from a build folder and proves it on a clean Debian 12:
#
#   scripts/package-test.sh BUILD_DIR
#
# 1. cpack (CPackConfig.cmake of BUILD_DIR, cmake/Packaging.cmake) writes
#    BUILD_DIR/package/opieka_<version>_<arch>.deb;
# 2. dpkg-deb checks its fields and files: the two programs, the desktop entry, the icon, the
#    Depends line (Qt 6, spdlog, libsodium from dpkg-shlibdeps; the SQLite driver, fonts);
# 3. a clean Debian 12 (debootstrap --variant=minbase bookworm) must know every package it names;
#    it installs it with apt-get without the Recommends (Depends alone must do), and runs it there
#    as an ordinary account: opieka-cli --version, init, verify and caseload on a new database
#    file, init on the default database in the user's data folder, and the window (offscreen)
#    starting on a fresh database of its own; then removes it.
#
# The clean system is made once per machine and kept as a tarball in OPIEKA_CHROOT_CACHE
# (/var/cache/opieka-chroot); the packages apt downloads are kept there too. Every run unpacks a
# fresh copy, so nothing from an earlier run is installed. Needs root (or sudo) for debootstrap,
# chroot and mount; scripts/install-deps.sh installs debootstrap and dpkg-dev.
# Environment: OPIEKA_DEBIAN_MIRROR (http://deb.debian.org/debian), OPIEKA_DEBIAN_SECURITY_MIRROR
# (http://deb.debian.org/debian-security), OPIEKA_CHROOT_CACHE,
# OPIEKA_KEEP_CHROOT=1 keeps the unpacked system for a look afterwards.
set -euo pipefail

fail() {
  echo "package-test: FAILED: $*" >&2
  exit 1
}
started=$(date +%s)
step() { echo "package-test: [$(($(date +%s) - started)) s] $*"; }

[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" 2>/dev/null && pwd) || fail "no build folder '$1'"
[ -f "$build/CPackConfig.cmake" ] ||
  fail "$build/CPackConfig.cmake is missing: configure with a preset first (cmake --preset release)"
for program in opieka opieka-cli; do
  bin=$(find "$build/src" -maxdepth 2 -type f -name "$program" -perm -u+x | head -n 1)
  [ -n "$bin" ] || fail "$program is not built in $build: build it first (cmake --build $build)"
done
for tool in cpack dpkg-deb dpkg-shlibdeps file debootstrap chroot; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] ||
    fail "$tool is missing: run scripts/install-deps.sh"
done

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "the chroot needs root: run as root or install sudo"
  sudo="sudo"
fi

mirror=${OPIEKA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${OPIEKA_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
cache=${OPIEKA_CHROOT_CACHE:-/var/cache/opieka-chroot}
tarball="$cache/bookworm-minbase.tar.gz"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
arch=$(dpkg --print-architecture)
deb_name="opieka_${version}_${arch}.deb"

# --- 1. The package -----------------------------------------------------------------------------
out="$build/package"
mkdir -p "$out"
rm -f "$out"/opieka_*.deb
step "cpack in $build"
cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
  { cat "$out/cpack.log" >&2; fail "cpack failed (log above, also in $out/cpack.log)"; }
deb="$out/$deb_name"
[ -f "$deb" ] || fail "cpack wrote no $deb_name in $out: $(ls "$out" 2>/dev/null | tr '\n' ' ')"
step "$deb_name: $(du -h "$deb" | cut -f1)"

# --- 2. Its fields and files --------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() { # FIELD VALUE
  [ "$(field "$1")" = "$2" ] || fail "$deb_name: $1 is '$(field "$1")', expected '$2'"
}
expect_field Package opieka
expect_field Version "$version"
expect_field Architecture "$arch"
[ -n "$(field Maintainer)" ] || fail "$deb_name has no Maintainer"
description=$(field Description)
grep -q "family-support centres" <<<"$description" ||
  fail "$deb_name: the Description does not say what Opieka is: $description"
depends=$(field Depends)
# Its package names (alternatives too), one a line, without versions.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/([^)]*)//; s/^ *//; s/ *$//')
# From dpkg-shlibdeps (what the binaries link) and from Packaging.cmake (what they load).
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6printsupport6 libqt6charts6 \
           'libspdlog[-.0-9a-z]*' libsodium23 'libstdc\+\+6' libc6 libqt6sql6-sqlite libqt6svg6 \
           qt6-translations-l10n fonts-dejavu-core; do
  grep -Eqx "$dep" <<<"$depends_names" ||
    fail "$deb_name: Depends lacks $dep (dpkg-shlibdeps or cmake/Packaging.cmake): $depends"
done
recommends=$(field Recommends)
grep -q 'libqt6sql6-psql' <<<"$recommends" ||
  fail "$deb_name: Recommends lacks Qt's PostgreSQL driver (libqt6sql6-psql): $recommends"
listing=$(dpkg-deb -c "$deb")
files=$(awk '{ print $6 }' <<<"$listing")
for file in ./usr/bin/opieka ./usr/bin/opieka-cli ./usr/share/applications/opieka.desktop \
            ./usr/share/icons/hicolor/scalable/apps/opieka.svg ./usr/share/doc/opieka/copyright \
            ./usr/share/doc/opieka/user-guide.md ./usr/share/doc/opieka/changelog.gz \
            ./usr/share/man/man1/opieka.1.gz ./usr/share/man/man1/opieka-cli.1.gz; do
  grep -qxF "$file" <<<"$files" || fail "$deb_name does not hold $file"
done
[ "$(grep -E ' \./usr/bin/opieka(-cli)?$' <<<"$listing" | grep -c '^-rwxr-xr-x')" -eq 2 ] ||
  fail "$deb_name: the programs are not executable: $(grep ' ./usr/bin/' <<<"$listing")"
# Nothing of the build: no libraries, headers or test programs, everything under /usr.
stray=$(grep -vE '^\./(usr/?)?$|^\./usr/(bin|share)(/|$)' <<<"$files" || true)
[ -z "$stray" ] || fail "$deb_name holds files outside /usr/bin and /usr/share: $stray"
programs=$(grep '^\./usr/bin/.' <<<"$files" | sort | tr '\n' ' ')
[ "$programs" = "./usr/bin/opieka ./usr/bin/opieka-cli " ] ||
  fail "$deb_name: /usr/bin should hold opieka and opieka-cli only, holds: $programs"
# Stripped (CPACK_STRIP_FILES): the ci preset builds with debug information.
for program in opieka opieka-cli; do
  kind=$(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - "./usr/bin/$program" | file -b -)
  grep -q ', stripped' <<<"$kind" || fail "$deb_name: /usr/bin/$program is not stripped: $kind"
done
step "fields and files checked; Depends: $depends"

# --- 3. A clean Debian 12 -----------------------------------------------------------------------
$sudo mkdir -p "$cache/archives"
if [ ! -s "$tarball" ]; then
  step "making a clean Debian 12 (debootstrap --variant=minbase bookworm, $mirror); cached in $tarball"
  fresh=$($sudo mktemp -d /var/tmp/opieka-debootstrap.XXXXXX)
  if ! $sudo debootstrap --variant=minbase bookworm "$fresh" "$mirror" >"$out/debootstrap.log" 2>&1; then
    tail -n 20 "$out/debootstrap.log" >&2
    $sudo rm -rf "$fresh"
    fail "debootstrap could not make a Debian 12 system from $mirror (log: $out/debootstrap.log)"
  fi
  $sudo chmod 0755 "$fresh"
  $sudo chroot "$fresh" apt-get clean # the base system's own .debs: not needed again
  # Written aside and renamed: a run beside this one never sees half a tarball.
  part=$($sudo mktemp "$tarball.XXXXXX")
  $sudo tar -C "$fresh" -czf "$part" . && $sudo chmod 0644 "$part" && $sudo mv "$part" "$tarball"
  $sudo rm -rf "$fresh"
fi

root=$($sudo mktemp -d /var/tmp/opieka-chroot.XXXXXX)
mounted=()
cleanup() {
  local i
  step "cleaning up $root"
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    $sudo umount -l "${mounted[$i]}" 2>/dev/null || echo "package-test: could not unmount ${mounted[$i]}" >&2
  done
  mounted=()
  if [ "${OPIEKA_KEEP_CHROOT:-0}" = 1 ]; then
    echo "package-test: the system is kept in $root" >&2
  else
    # Only once nothing is mounted inside: never remove through a mount.
    if ! grep -q " $root/" /proc/mounts; then $sudo rm -rf "$root"; fi
  fi
}
trap cleanup EXIT
bind() { # SOURCE TARGET-inside
  $sudo mkdir -p "$root$2"
  $sudo mount --bind "$1" "$root$2" || fail "cannot bind-mount $1 into the clean system (needs root)"
  mounted+=("$root$2")
}

step "unpacking the clean system into $root"
$sudo tar -C "$root" -xzf "$tarball"
$sudo chmod 0755 "$root" # as / is: apt downloads as the user _apt
step "Debian $(cat "$root/etc/debian_version")"
# As a fresh installation has it: the release, its updates and the security updates.
printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s bookworm-security main\n' \
  "$mirror" "$mirror" "$security" | $sudo tee "$root/etc/apt/sources.list" >/dev/null
$sudo mount -t proc proc "$root/proc" || fail "cannot mount /proc in the clean system (needs root)"
mounted+=("$root/proc")
bind /dev /dev
# The packages earlier runs downloaded, copied in (not mounted: runs side by side would share
# apt's lock on the folder).
$sudo find "$cache/archives" -maxdepth 1 -name '*.deb' -exec cp -t "$root/var/cache/apt/archives" {} +
$sudo cp /etc/resolv.conf "$root/etc/resolv.conf"
$sudo cp "$deb" "$root/tmp/$deb_name"

in_root() { $sudo chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install --no-install-recommends ./$deb_name in the clean system"
install_started=$(date +%s)
in_root apt-get update -q >"$out/chroot-apt.log" 2>&1 ||
  { tail -n 20 "$out/chroot-apt.log" >&2; fail "apt-get update failed in the clean system ($mirror)"; }
# Every package the .deb names, alternatives and Recommends too, exists in Debian 12 (apt would
# pass over a misspelt alternative or recommendation without a word).
for name in $depends_names $(tr ',|' '\n\n' <<<"$recommends" | sed 's/([^)]*)//'); do
  in_root apt-cache show "$name" >/dev/null 2>&1 ||
    fail "$deb_name names $name, which Debian 12 does not have"
done
# Without the Recommends: what Depends names must be enough to run (libqt6sql6 only recommends
# the SQLite driver, for one).
in_root apt-get install -y -q --no-install-recommends "/tmp/$deb_name" >>"$out/chroot-apt.log" 2>&1 ||
  { tail -n 30 "$out/chroot-apt.log" >&2; fail "apt-get could not install $deb_name on a clean Debian 12 (log: $out/chroot-apt.log)"; }
# Keep what this run needed for the next one, and only that.
$sudo find "$cache/archives" -maxdepth 1 -name '*.deb' -delete
$sudo find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -t "$cache/archives" {} +
step "installed in $(($(date +%s) - install_started)) s ($(grep -c '^Setting up' "$out/chroot-apt.log") packages set up)"
in_root dpkg-query -W -f='${Status}\n' opieka | grep -qx 'install ok installed' ||
  fail "dpkg does not list opieka as installed in the clean system"
# Installed without the Recommends, the Polish window still has Qt's own strings in Polish.
in_root test -f /usr/share/qt6/translations/qtbase_pl.qm ||
  fail "Qt's Polish translation (qtbase_pl.qm, qt6-translations-l10n) came not with the package"

# A person's account, as the program runs on a desktop: never as root.
in_root useradd --create-home --shell /bin/bash tester
in_root install -d -m 0700 -o tester -g tester /tmp/runtime-tester
as_tester() { $sudo chroot --userspec=tester:tester "$root" /usr/bin/env -i \
  PATH=/usr/bin:/bin HOME=/home/tester LANG=C.UTF-8 USER=tester XDG_RUNTIME_DIR=/tmp/runtime-tester "$@"; }

# Runs "$@" as the person, shows the command and what it printed; fails with WHAT when it fails.
run() { # WHAT ENV... COMMAND ARGS...
  local what=$1 shown
  shift
  shown=$(printf '%s ' "$@" | sed -E 's/OPIEKA_[A-Z_]*PASSWORD=[^ ]* //g')
  echo "  \$ ${shown% }"
  got=$(as_tester "$@" 2>"$out/chroot-stderr.log") ||
    { cat "$out/chroot-stderr.log" >&2; fail "$what failed in the clean system: $got"; }
  sed 's/^/    /' <<<"$got"
}

step "running it there"
run "opieka-cli --version" opieka-cli --version
[ "$got" = "opieka-cli $version" ] || fail "opieka-cli --version said '$got', expected 'opieka-cli $version'"
run "opieka-cli init on a new database" OPIEKA_NEW_PASSWORD=package-test-password-1 \
  opieka-cli --db /tmp/centre.sqlite init --admin admin
run "opieka-cli verify on the new database" OPIEKA_PASSWORD=package-test-password-1 \
  opieka-cli --db /tmp/centre.sqlite verify
run "opieka-cli caseload on the new database" OPIEKA_PASSWORD=package-test-password-1 \
  opieka-cli --db /tmp/centre.sqlite caseload --summary

# Without --db: the database the window also uses, in the user's data folder.
data=/home/tester/.local/share/Opieka/opieka/opieka.sqlite
run "opieka-cli init without --db" OPIEKA_NEW_PASSWORD=package-test-password-1 \
  opieka-cli init --admin admin
$sudo test -s "$root$data" || fail "opieka-cli init without --db made no $data"
step "a new database in the user's data folder: $data"
# Gone again (with its -wal and -shm), so that the window below meets a first start.
$sudo find "$root$(dirname "$data")" -maxdepth 1 -name "$(basename "$data")*" -delete
$sudo test ! -e "$root$data" || fail "could not remove $data before starting the window"

# The window, offscreen (no display in the chroot): with no database yet it makes one in the data
# folder and waits for the first administrator. Still running after 10 s means it started.
run "opieka --version (offscreen)" QT_QPA_PLATFORM=offscreen opieka --version
[ "$got" = "opieka $version" ] || fail "opieka --version said '$got', expected 'opieka $version'"
set +e
got=$(as_tester QT_QPA_PLATFORM=offscreen timeout 10 opieka 2>&1)
code=$?
set -e
[ $code -eq 124 ] || fail "the window did not keep running on a fresh database (exit $code): $got"
$sudo test -s "$root$data" || fail "the window made no database in the user's data folder ($data)"
step "the window started offscreen and made $data on first start"

in_root apt-get remove -y -q opieka >>"$out/chroot-apt.log" 2>&1 ||
  fail "apt-get remove opieka failed in the clean system (log: $out/chroot-apt.log)"
$sudo test ! -e "$root/usr/bin/opieka" || fail "removing the package left /usr/bin/opieka behind"

cleanup
trap - EXIT
step "passed in $(($(date +%s) - started)) s: $deb"
