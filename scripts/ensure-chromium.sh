#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download works offline). Install it when it is
# missing and we are root; otherwise say in one line what to do.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "[footnote] installing Debian's chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || {
    echo "[footnote] could not install chromium with apt-get; install it (apt-get install -y chromium) and run npm test again" >&2
    exit 1
  }
  exit 0
fi
echo "[footnote] browser tests need Chromium at $chromium_path: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH) and run npm test again" >&2
exit 1
