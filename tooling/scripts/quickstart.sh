#!/bin/sh
# The README's first command (`npm start` or `pnpm start`): installs, builds, creates the
# embedded database with demo data on first run and serves the API and the dashboard.
set -e
cd "$(dirname "$0")/../.."
. tooling/scripts/ensure-pnpm.sh
pnpm exec turbo run build --filter=@img-groningen/api-server... --output-logs=errors-only
cd apps/api
exec node dist/main.js
