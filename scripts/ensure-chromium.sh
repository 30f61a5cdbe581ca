#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (/usr/bin/chromium): the browser tests and `npm run lighthouse` drive
# it. Test tools cannot download browsers here; apt can. Installing needs root (CI runs as root); without root it
# says what to install. The apt work itself is done by ensure-debian-packages.sh.
set -euo pipefail
exec bash "$(dirname "$0")/ensure-debian-packages.sh" chromium=chromium
