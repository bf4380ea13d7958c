#!/usr/bin/env bash
# Set up and start Mediation Desk on an embedded SQLite database (the README's run command).
# On the very first start (no database file yet) it fills the database with demo cases.
set -euo pipefail
cd "$(dirname "$0")/.."
# Qt's libraries and a CJK font (tools/apt-packages.txt, shared with tools/test.sh): installed when
# this runs as root or with password-less sudo; otherwise the missing ones are named and we stop
# here, before Qt would fail with "could not load the Qt platform plugin".
. tools/system-deps.sh
ensure_system_packages run || exit 1
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -c constraints.txt -e .  # pinned versions: tools/lock.py
DB_FILE=$(.venv/bin/python -c "from mediation_desk.paths import default_database_path as p; print(p())")
if [ ! -e "$DB_FILE" ]; then
  echo "First start: creating $DB_FILE with 2,000 demo cases…"
  .venv/bin/mediation-desk demo --cases 2000
fi
exec .venv/bin/mediation-desk "$@"
