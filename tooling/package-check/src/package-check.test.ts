/**
 * The domain packages as a developer outside this repository gets them (issue #18, "Done
 * when"): packed with `pnpm pack`, installed from the tarballs with npm into a scratch project
 * outside the workspace, and there: each README example under plain Node, a TypeScript consumer
 * with moduleResolution bundler and node16, a browser page built with Vite that may not pull in
 * a Node built-in, the size budgets, and every command through npx.
 */
import {
  spawnSync,
  type SpawnSyncOptionsWithStringEncoding,
  type SpawnSyncReturns,
} from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISHED } from './packages.js';
import { PACKAGES_DIR, createScratch, type Scratch } from './scratch.js';

const WORKSPACE = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
// Plain Node: no loader inherited from the test runner or the shell.
const { NODE_OPTIONS: _dropped, ...ENV } = process.env;

let scratch: Scratch;
const run = (
  command: string,
  args: string[],
  options: Partial<SpawnSyncOptionsWithStringEncoding> = {},
): SpawnSyncReturns<string> =>
  spawnSync(command, args, { cwd: scratch.app, encoding: 'utf8', env: ENV, ...options });
const npx = (...args: string[]) => run('npx', ['--no-install', ...args]);
const versionOf = (dir: string): string =>
  JSON.parse(readFileSync(join(PACKAGES_DIR, dir, 'package.json'), 'utf8')).version;

beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => {
  if (scratch) rmSync(scratch.root, { recursive: true, force: true });
});

it('installs every package from its tarball, outside the workspace', () => {
  expect(scratch.app.startsWith(WORKSPACE)).toBe(false);
  expect(scratch.tarballs).toHaveLength(PUBLISHED.length);
  for (const { name } of PUBLISHED) {
    const manifest = JSON.parse(
      readFileSync(join(scratch.app, 'node_modules', name, 'package.json'), 'utf8'),
    );
    expect(manifest.exports['.']).toEqual({
      types: './dist/index.d.ts',
      import: './dist/index.js',
      require: './dist/index.js',
    });
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    expect(manifest).toMatchObject({ sideEffects: false, license: 'EUPL-1.2' });
  }
});

describe('each README example runs under plain Node', () => {
  it.each(PUBLISHED.map((p) => p.dir))('%s', (dir) => {
    const readme = readFileSync(join(PACKAGES_DIR, dir, 'README.md'), 'utf8');
    const example = /^```js\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    expect(example, `${dir}/README.md has a \`\`\`js example`).toBeDefined();
    const file = join(scratch.app, `readme-${dir}.mjs`);
    writeFileSync(file, example!);
    const result = run(process.execPath, [file]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

it('every entry loads with require() from CommonJS, and a parse error reads as lines', () => {
  const result = run(process.execPath, ['consumer.cjs', ...PUBLISHED.map((p) => p.name)]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(
    [
      // the main entries, vocabulary's ./schema and ./issues, geo-thresholds' two data entries
      '10 entries',
      'facts.applicant.knd: unknown field',
      'facts.object.constructionYear: must be a whole year, got "abc"',
      '',
    ].join('\n'),
  );
});

it('every package names the same repository, each its own folder', () => {
  const root = JSON.parse(readFileSync(join(WORKSPACE, 'package.json'), 'utf8')).repository;
  expect(root.url).toMatch(/^git\+https:\/\//);
  for (const { dir, name } of PUBLISHED) {
    const manifest = JSON.parse(
      readFileSync(join(scratch.app, 'node_modules', name, 'package.json'), 'utf8'),
    );
    expect(manifest.repository).toEqual({ ...root, directory: `packages/${dir}` });
  }
});

describe('a TypeScript consumer typechecks against the published types', () => {
  it.each([
    ['bundler', 'ESNext', 'Bundler'],
    ['node16', 'Node16', 'Node16'],
  ])('moduleResolution %s', (mode, module, moduleResolution) => {
    const config = join(scratch.app, `tsconfig.${mode}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          // A browser app's libs (zod's types name URL, which ES2023 alone lacks).
          lib: ['ES2023', 'DOM'],
          module,
          moduleResolution,
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    const result = run(process.execPath, [TSC, '-p', config]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

/** Fails the build on any import of a Node built-in (`node:fs`, `fs`, `buffer`, …). */
const noNodeBuiltins = (): Plugin => ({
  name: 'no-node-builtins',
  enforce: 'pre',
  resolveId(source, importer) {
    const bare = source.replace(/^node:/, '').split('/')[0]!;
    if (source.startsWith('node:') || builtinModules.includes(bare))
      this.error(`Node built-in '${source}' imported by ${importer ?? 'the page'}`);
    return null;
  },
});

const buildPage = (root: string) =>
  viteBuild({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltins()],
    build: { outDir: join(root, 'dist-web'), emptyOutDir: true },
  });

describe('a browser page that uses every package builds with Vite', () => {
  it('without any Node built-in', async () => {
    await buildPage(scratch.app);
    const html = readFileSync(join(scratch.app, 'dist-web', 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/[^"]+\.js"/);
  });

  it('and the check does catch a Node built-in', async () => {
    const bad = join(scratch.app, 'bad-page');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'index.html'), '<script type="module" src="./main.js"></script>');
    writeFileSync(join(bad, 'main.js'), "import { readFileSync } from 'node:fs';\nreadFileSync;\n");
    await expect(buildPage(bad)).rejects.toThrow(/Node built-in 'node:fs'/);
  });
});

describe('size budgets: the main entry bundled for the browser, minified and gzipped', () => {
  const sizes: Record<string, number> = {};

  const gzipKb = async (specifier: string) => {
    const result = await esbuild({
      stdin: { contents: `export * from '${specifier}';`, resolveDir: scratch.app },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length / 1000;
  };

  it.each(PUBLISHED.filter((p) => p.budgetKb !== null).map((p) => [p.name, p.budgetKb!] as const))(
    '%s ≤ %s kB',
    async (name, budgetKb) => {
      const kb = await gzipKb(name);
      sizes[name] = kb;
      // Beside vitest's own report, for the figures in a closing note (not .json: the test
      // summary adds up every .json report there).
      mkdirSync(new URL('../test-results/', import.meta.url), { recursive: true });
      writeFileSync(
        new URL('../test-results/package-sizes.txt', import.meta.url),
        Object.entries(sizes)
          .map(([pkg, size]) => `${pkg}\t${size.toFixed(1)} kB gzip\n`)
          .join(''),
      );
      console.log(`${name}: ${kb.toFixed(1)} kB gzip (budget ${budgetKb} kB)`);
      expect(kb).toBeLessThanOrEqual(budgetKb);
    },
  );
});

describe('every command runs through npx', () => {
  const commands = [
    ['img-eligibility', 'eligibility'],
    ['img-pgv', 'geo-thresholds'],
    ['img-invoice', 'invoices'],
    ['img-contractor', 'contractor-conditions'],
  ] as const;

  it.each(commands)('%s: --help, --version, a usage error', (bin, dir) => {
    const help = npx(bin, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage:/);
    expect(npx(bin, '--version')).toMatchObject({ status: 0, stdout: `${versionOf(dir)}\n` });
    const wrong = npx(bin, '--no-such-option');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(`${bin}: Unknown option '--no-such-option'`);
  });

  it('img-eligibility answers NDJSON line by line, exit 1 as one line is not eligible', () => {
    const result = npx('img-eligibility', 'samples/facts.ndjson');
    expect(result.status).toBe(1);
    const outcomes = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).outcome);
    expect(outcomes).toEqual(['eligible', 'not-eligible']);
  });

  it('img-pgv computes the PGV per address with the shipped catalogue', () => {
    const result = npx('img-pgv', 'samples/addresses.csv', '--format', 'ndjson');
    expect(result.status).toBe(0);
    const [home, assen] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(home).toMatchObject({ id: 'home', event_id: 'knmi2012qcdh', pgv_at_least_5: true });
    expect(assen.id).toBe('assen');
  });

  it('img-invoice accepts the sample invoice (0) and refuses an unreadable file (2)', () => {
    const ok = npx(
      'img-invoice',
      'check',
      'samples/invoice.json',
      '--context',
      'samples/context.json',
    );
    expect(ok.stdout).toMatch(/^accepted: 0 finding\(s\)\n/);
    expect(ok.status).toBe(0);
    const alone = npx('img-invoice', 'check', 'samples/invoice.json');
    expect(alone.stdout).toMatch(/^accepted: 0 finding\(s\); not checked without --context: /);
    expect(npx('img-invoice', 'check', 'samples/missing.json').status).toBe(2);
  });

  it('img-contractor admits the sample contractor (0)', () => {
    const result = npx('img-contractor', 'check', 'samples/contractor.json', '--on', '2026-11-23');
    expect(result.stdout).toMatch(/admitted/);
    expect(result.status).toBe(0);
  });
});
