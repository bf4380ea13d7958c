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

# The one-folder bundle, so tests/unit/test_bundle.py runs its self-test against it (the test is
# skipped when there is no bundle):
#   MD_BUILD_BUNDLE=1     build it, however long it takes;
#   MD_BUILD_BUNDLE=auto  build it only if that fits in three minutes (what .ci/run asks for): a build
#                         cut off at 180 s leaves no bundle behind, and the run says so;
#   unset or 0            do not build (the developer's default: the build takes 2.5-4.5 minutes here).
BUNDLE_MODE="${MD_BUILD_BUNDLE:-0}"
if [ "$BUNDLE_MODE" = 1 ] || [ "$BUNDLE_MODE" = auto ]; then
  .venv/bin/python -m pip install -q -e '.[build]'
  LIMIT=()
  [ "$BUNDLE_MODE" = auto ] && LIMIT=(timeout 180)
  started=$(date +%s)
  status=0
  "${LIMIT[@]}" .venv/bin/pyinstaller --noconfirm --log-level WARN build.spec || status=$?
  if [ "$status" = 0 ]; then
    echo "Bundle built in $(( $(date +%s) - started )) s: dist/mediation-desk ($(du -sm dist/mediation-desk | cut -f1) MiB)"
  elif [ "$status" = 124 ] && [ "$BUNDLE_MODE" = auto ]; then
    rm -rf dist/mediation-desk
    echo "Bundle build did not finish within 3 minutes; the bundle self-test is skipped in this run."
  else
    echo "Bundle build failed (exit $status)" >&2
    exit 1
  fi
fi

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
