#!/bin/sh
# Extract every tr()/translate() string of the UI into the .ts files, then compile .qm.
# Everyone runs this same command after adding or changing UI strings:
#     resources/i18n/update.sh
# then translate the new entries of mediation_desk_zh_CN.ts (Qt Linguist: pyside6-linguist,
# or by hand: fill <translation> and drop type="unfinished"), and run it again.
# English is the source language: fill_en.py copies each source text into mediation_desk_en.ts.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${MD_VENV_BIN:-$root/.venv/bin}"
[ -x "$bin/pyside6-lupdate" ] || bin="$(dirname "$(command -v pyside6-lupdate)")"
cd "$root"
files=$(find mediation_desk/ui mediation_desk/app.py -name '*.py' | sort)
for lang in zh_CN en; do
    "$bin/pyside6-lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" \
        $files -ts "resources/i18n/mediation_desk_$lang.ts"
done
"$bin/python" "$here/fill_en.py" "resources/i18n/mediation_desk_en.ts"
for lang in zh_CN en; do
    "$bin/pyside6-lrelease" "resources/i18n/mediation_desk_$lang.ts" -qm "resources/i18n/mediation_desk_$lang.qm"
done
