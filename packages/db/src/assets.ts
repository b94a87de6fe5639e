import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Where a folder of this package (`drizzle` migrations, `data`) is at run time. From source it
 * sits beside `src/`; a bundled host copies it next to its bundle (see apps/api/build.mjs).
 */
export function packageAsset(folder: 'drizzle' | 'data'): string {
  const candidates = [join(here, '..', folder), join(here, folder)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `@img-groningen/db: folder '${folder}' not found (looked in ${candidates.join(', ')})`,
    );
  }
  return found;
}
