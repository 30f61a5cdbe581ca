#!/usr/bin/env bash
# Every Debian package the test suite needs, installed once before any test runs (the e2e project's global setup
# calls this): Chromium for the browser tests, nginx for the front-cache tests, redis-server for the shared-cache
# tests, wrk for `npm run bench`. Installing needs root (CI runs as root); see docs/testing.md.
set -euo pipefail
exec bash "$(dirname "${BASH_SOURCE[0]}")/ensure-debian-packages.sh" chromium=chromium nginx=nginx-light redis-server=redis-server wrk=wrk
