#!/usr/bin/env bash
# Installs the Debian packages that provide the given commands, when a command is missing.
#   scripts/ensure-debian-packages.sh redis-server=redis-server nginx=nginx-light chromium=chromium
# Used by the test suite and the benchmark scripts: CI runs them as root on a clean machine. Without root it only
# says what to install.
set -euo pipefail
missing=()
for pair in "$@"; do
  command_name="${pair%%=*}"
  package="${pair#*=}"
  command -v "$command_name" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${missing[*]} (as root: apt-get install -y ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
