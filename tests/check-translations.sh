#!/usr/bin/env bash
# Fails when a user-visible string in src/ or tools/ has no Polish translation (Polish is
# the users' language). Runs lupdate on a copy, so the repository's .ts file is not touched.
set -euo pipefail
root="${1:-$(dirname "$0")/..}"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/resources/translations/opieka_pl.ts" "$tmp/pl.ts"
(cd "$root" && "$lupdate" -silent -no-obsolete -locations none src tools -ts "$tmp/pl.ts") >/dev/null 2>&1
python3 - "$tmp/pl.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
missing = []
total = 0
for ctx in ET.parse(sys.argv[1]).getroot().findall('context'):
    for m in ctx.findall('message'):
        total += 1
        t = m.find('translation')
        forms = [f.text for f in t.findall('numerusform')] if m.get('numerus') == 'yes' else [t.text]
        if t.get('type') in ('unfinished', 'vanished', 'obsolete') or not all(forms):
            missing.append(f"{ctx.find('name').text}: {m.find('source').text!r}")
for line in missing:
    print('untranslated:', line)
print(f"translations: {total - len(missing)} of {total} strings translated")
sys.exit(1 if missing else 0)
PY
