/**
 * A scratch project outside the workspace with the packed tarballs installed by npm, as an
 * outside developer would have it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED } from './packages.js';

export const PACKAGES_DIR = fileURLToPath(new URL('../../../packages/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Scratch {
  /** The temporary folder that holds the tarballs and the project; removed afterwards. */
  root: string;
  /** The scratch project (outside the workspace): package.json, node_modules, fixtures. */
  app: string;
  tarballs: string[];
}

/** Packs every published package (`pnpm pack` builds it first: `prepack`). */
function pack(into: string): string[] {
  for (const { dir } of PUBLISHED)
    execFileSync('pnpm', ['pack', '--pack-destination', into], {
      cwd: join(PACKAGES_DIR, dir),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  return readdirSync(into)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(into, f));
}

export function createScratch(): Scratch {
  const root = mkdtempSync(join(tmpdir(), 'img-package-check-'));
  const tarballDir = join(root, 'tarballs');
  const app = join(root, 'app');
  mkdirSync(tarballDir);
  mkdirSync(app);
  const tarballs = pack(tarballDir);
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'img-consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  // One npm install with every tarball: each satisfies the others' dependencies; zod and saxes
  // come from the registry, as they would for anyone.
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs],
    { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  cpSync(FIXTURES_DIR, app, { recursive: true });
  return { root, app, tarballs };
}
