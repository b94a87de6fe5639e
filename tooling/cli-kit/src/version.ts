import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest package.json with a name and a version above a file or folder, and its folder. */
export function nearestManifest(
  url: string | URL,
): { dir: string; name: string; version: string } | null {
  // A folder's URL ends in a slash (`schema/`); a file's does not.
  const path = fileURLToPath(url);
  let dir = path.endsWith('/') ? path : dirname(path);
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name && manifest.version)
        return { dir, name: manifest.name, version: manifest.version };
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * The version of the package a command belongs to: the nearest package.json above the
 * command's file, so it holds both from source (`src/cli/x.ts`) and built (`dist/bin/x.js`).
 */
export function packageVersion(moduleUrl: string): string {
  return nearestManifest(moduleUrl)?.version ?? 'unknown';
}
