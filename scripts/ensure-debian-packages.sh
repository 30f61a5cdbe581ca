#!/usr/bin/env bash
# Installs the Debian packages that provide the given commands, when a command is missing.
#   scripts/ensure-debian-packages.sh redis-server=redis-server nginx=nginx-light chromium=chromium
# Used by the test suite (once, before any test: scripts/ensure-test-packages.sh) and the benchmark scripts. CI runs
# them as root on a clean machine; without root it only says what to install.
#
# Serialised: concurrent calls (jest workers, a benchmark beside the tests) wait for each other on a lock of this
# file, and the first installs what every one of them needs; apt itself waits up to 10 minutes for the package
# lock held by anything else (unattended upgrades) instead of failing on it.
set -euo pipefail

missing_packages() {
  local pair command_name package
  for pair in "$@"; do
    command_name="${pair%%=*}"
    package="${pair#*=}"
    command -v "$command_name" >/dev/null 2>&1 || echo "$package"
  done
}

mapfile -t missing < <(missing_packages "$@")
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]} (as root: apt-get install -y ${missing[*]})" >&2
  exit 1
fi

exec 9<"${BASH_SOURCE[0]}"
flock 9
# Another call may have installed them while this one waited.
mapfile -t missing < <(missing_packages "$@")
[ ${#missing[@]} -eq 0 ] && exit 0
export DEBIAN_FRONTEND=noninteractive
echo "Installing Debian packages: ${missing[*]}" >&2
apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
