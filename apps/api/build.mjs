// Bundles the API host for production: our workspace packages are compiled in, third-party
// packages stay external (PGlite loads its WebAssembly relative to its own files). The
// migrations, the generator's data and the built dashboard are copied beside the bundle.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: Object.keys(pkg.dependencies),
  logLevel: 'warning',
});
await mkdir('dist', { recursive: true });
await cp('../../packages/db/drizzle', 'dist/drizzle', { recursive: true });
await cp('../../packages/db/data', 'dist/data', { recursive: true });
if (existsSync('../dashboard/dist'))
  await cp('../dashboard/dist', 'dist/dashboard', { recursive: true });
console.log('built dist/main.js');
