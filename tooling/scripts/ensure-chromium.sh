# Sourced by test.sh: makes a Chromium for the browser tests available as CHROMIUM_PATH.
# Debian's chromium package (a test tool's own browser download does not work here); installed
# when missing and we are root, as PostgreSQL is.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then CHROMIUM_PATH=$candidate; break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found: installing Debian's chromium package for the browser tests ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq chromium >&2
    CHROMIUM_PATH=/usr/bin/chromium
  else
    echo "error: Chromium not found for the browser tests. Install Debian's chromium package, or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH
