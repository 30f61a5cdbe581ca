#!/bin/sh
# Makes sure Debian's Chromium is at /usr/bin/chromium (or $CHROME_PATH): the browser tests and `npm run lighthouse`
# drive it. Browser downloads by test tools cannot work offline, apt can. Installing needs root (CI runs as root).
set -eu
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-chromium: $CHROMIUM is missing. Install it as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium (about 30 s)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
test -x "$CHROMIUM"
