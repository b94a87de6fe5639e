// Builds a domain package for use outside this repository (docs/adr/0002): run from the
// package's folder (`pnpm build`).
//   1. the library: `tsc -p tsconfig.build.json` writes ES modules, declarations and source maps
//      to dist/, one file per source file, so bundlers drop what a consumer does not import;
//   2. each command in package.json's `bin` (`dist/bin/NAME.js` from `src/cli/NAME.ts`), bundled
//      with esbuild for Node: our own packages (the shared helper @img-groningen/cli-kit, and
//      dependencies such as @img-groningen/geo-thresholds) are compiled in, so a command runs the
//      same in this workspace, where they resolve to TypeScript source, and once installed;
//      third-party dependencies (zod, saxes) stay external.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  { stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const bins = Object.values(manifest.bin ?? {});
/** Extra files a command loads at run time (a worker), from `imgBuild.cliEntries`. */
const extra = manifest.imgBuild?.cliEntries ?? [];
const entryPoints = Object.fromEntries(
  [...bins, ...extra].map((out) => {
    const name = basename(out, '.js');
    return [name, `src/cli/${name}.ts`];
  }),
);
if (Object.keys(entryPoints).length > 0) {
  await build({
    entryPoints,
    outdir: 'dist/bin',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: false,
    external: Object.keys(manifest.dependencies ?? {}).filter(
      (name) => !name.startsWith('@img-groningen/'),
    ),
    logLevel: 'warning',
  });
}
console.log(
  `${manifest.name}: built dist/${bins.length ? ` and ${bins.map((b) => basename(b)).join(', ')}` : ''}`,
);
