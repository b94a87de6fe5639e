#!/bin/sh
# The README's test command (`npm test`): every package's tests, against PGlite
# and against a real PostgreSQL server (DATABASE_URL, or a throwaway one started here), and the
# dashboard's browser tests in Debian's Chromium (installed when missing and we are root).
set -e
cd "$(dirname "$0")/../.."
. tooling/scripts/ensure-pnpm.sh
. tooling/scripts/ensure-chromium.sh
rm -rf apps/*/test-results packages/*/test-results tooling/*/test-results
status=0
# Two packages at a time on two cores: the browser tests and the kill tests are heavy together.
bash tooling/scripts/with-postgres.sh pnpm exec turbo run test --concurrency=2 --output-logs=full "$@" || status=$?
node tooling/scripts/test-summary.mjs || status=1
exit $status
