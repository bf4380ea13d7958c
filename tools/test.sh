#!/usr/bin/env bash
# Set up everything the test suite needs and run it (the README's test command).
#   - system packages (Qt's xcb libraries, a CJK font, poppler, PostgreSQL) when run as root
#     or with password-less sudo; otherwise it says what is missing;
#   - a virtual environment in .venv with the app and its test extras;
#   - a throw-away PostgreSQL server on loopback, so store tests run on SQLite AND PostgreSQL;
#   - pytest (extra arguments are passed through).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(postgresql poppler-utils xvfb xauth fonts-noto-cjk libegl1 libgl1 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xinerama0 libxcb-xkb1 libxcb-cursor0 libxcb-shape0 libxcb-randr0)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=()
  [ "$(id -u)" = 0 ] || SUDO=(sudo -n)
  if "${SUDO[@]}" true 2>/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages (install them, or run as root): ${missing[*]}" >&2
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

if [ -z "${MD_TEST_PG_URL:-}" ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  MD_TEST_PG_URL=$(bash .ci/start-postgres.sh)
  export MD_TEST_PG_URL
  echo "PostgreSQL test server: $MD_TEST_PG_URL"
fi

# Optional: build the one-folder bundle first, so tests/unit/test_bundle.py runs its self-test
# (about 2.5-3.5 minutes on a loaded 2-core machine; the test is skipped when there is no bundle).
if [ "${MD_BUILD_BUNDLE:-0}" = 1 ]; then
  .venv/bin/python -m pip install -q pyinstaller
  .venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
fi

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
