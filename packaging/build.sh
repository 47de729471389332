#!/usr/bin/env bash
# Build the one-folder bundle into packaging/dist/cybertrack (Linux; see README.md for others).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
venv="$here/build/venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q "$root" "pyinstaller>=6.10"
# Compile the translations into the installed package (.qm are built, never committed).
site="$("$venv/bin/python" -I -c 'import cybertrack, pathlib; print(pathlib.Path(cybertrack.__file__).parent)')"
for ts in "$root"/resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "$site/resources/translations/$(basename "${ts%.ts}").qm"
done
cd "$here"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$here/dist" --workpath "$here/build/work" cybertrack.spec
echo "built $here/dist/cybertrack ($(du -sh "$here/dist/cybertrack" | cut -f1))"
