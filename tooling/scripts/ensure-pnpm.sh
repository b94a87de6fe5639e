# Sourced by the other scripts: makes the pinned pnpm (package.json "packageManager") available
# as `pnpm`, and installs the workspace's dependencies from the lockfile.
# corepack's signature check fails against some registries, so pnpm comes from npm itself.
PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION with npm ..." >&2
  if ! npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >&2; then
    echo "Global install refused; using pnpm through npx." >&2
    PNPM_SHIM_DIR=$(mktemp -d)
    printf '#!/bin/sh\nexec npx --yes "pnpm@%s" "$@"\n' "$PNPM_VERSION" > "$PNPM_SHIM_DIR/pnpm"
    chmod +x "$PNPM_SHIM_DIR/pnpm"
    export PATH="$PNPM_SHIM_DIR:$PATH"
  fi
fi
if [ "${SKIP_INSTALL:-}" != "1" ]; then
  pnpm install --frozen-lockfile --prefer-offline --config.confirmModulesPurge=false >&2
fi
