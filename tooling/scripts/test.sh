#!/bin/sh
# The README's test command (`npm test` or `pnpm test`): every package's tests, against PGlite
# and against a real PostgreSQL server (DATABASE_URL, or a throwaway one started here).
set -e
cd "$(dirname "$0")/../.."
. tooling/scripts/ensure-pnpm.sh
exec bash tooling/scripts/with-postgres.sh pnpm exec turbo run test --output-logs=full "$@"
