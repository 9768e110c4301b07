#!/usr/bin/env bash
# Fails when a program we ship lacks the link hardening: full RELRO (a read-only relocation
# segment and immediate binding, -z relro -z now), a non-executable stack and position
# independence (PIE). Usage: check-hardening.sh BINARY...
set -euo pipefail
failed=0
for binary in "$@"; do
  headers=$(readelf -W -l -d "$binary")
  problems=()
  grep -q 'GNU_RELRO' <<<"$headers" || problems+=("no GNU_RELRO segment (-z relro)")
  grep -Eq '\(FLAGS\).*BIND_NOW|\(BIND_NOW\)|\(FLAGS_1\).*NOW' <<<"$headers" ||
    problems+=("lazy binding (-z now missing)")
  grep -Eq 'GNU_STACK.*RW ' <<<"$headers" || problems+=("executable stack")
  readelf -W -h "$binary" | grep -q 'DYN (Position-Independent Executable file)' ||
    problems+=("not a position-independent executable")
  if [ ${#problems[@]} -gt 0 ]; then
    failed=1
    printf 'check-hardening: %s: %s\n' "$binary" "${problems[@]}" >&2
  else
    echo "check-hardening: $binary: full RELRO, immediate binding, no executable stack, PIE"
  fi
done
exit $failed
