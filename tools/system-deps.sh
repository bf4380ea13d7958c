# Sourced by tools/run.sh and tools/test.sh: install the system packages of tools/apt-packages.txt.
#   ensure_system_packages run    the packages the app needs
#   ensure_system_packages test   those and the test suite's
# As root or with password-less sudo the missing ones are installed with apt-get; otherwise the
# exact list is printed with the command to run, and the function fails (returns 1) — before Qt
# starts, so nobody meets Qt's "could not load the Qt platform plugin". Not Debian (no dpkg): skipped.

ensure_system_packages() {
  local want="$1" list here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  command -v dpkg-query >/dev/null 2>&1 || return 0
  list=()
  while read -r name purpose _rest; do
    case "$name" in ''|'#'*) continue ;; esac
    if [ "$want" = test ] || [ "$purpose" = run ]; then list+=("$name"); fi
  done < "$here/apt-packages.txt"
  local missing=()
  for p in "${list[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo -n)
  if "${sudo[@]}" true 2>/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    return 0
  fi
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Install them (as root): apt-get install --no-install-recommends ${missing[*]}" >&2
  return 1
}
