// Bundles the CLI and its worker for use without TypeScript tooling: `node dist/img-eligibility.js`.
import { build } from 'esbuild';

await build({
  entryPoints: { 'img-eligibility': 'src/cli/img-eligibility.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built dist/img-eligibility.js and dist/worker.js');
