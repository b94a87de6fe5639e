#!/bin/sh
# `pnpm bench`: every package's benchmark, one at a time, against a throwaway PostgreSQL server
# (or DATABASE_URL), with Debian's Chromium for the dashboard's (installed when missing, as root).
set -e
cd "$(dirname "$0")/../.."
. tooling/scripts/ensure-chromium.sh
exec bash tooling/scripts/with-postgres.sh turbo run bench --concurrency=1 --output-logs=full "$@"
