/**
 * Benchmark: publishing the data's last week on PostgreSQL (BENCH_APPLICATIONS, default
 * 1,000,000), each run on a fresh copy of the loaded database (publications cannot be deleted).
 *
 * With BENCH_BASELINE_DIR (a checkout of an earlier commit with its dependencies installed, e.g.
 * `git worktree add /tmp/base 9298dab && (cd /tmp/base && pnpm install --offline)`), the same
 * script also runs there, on a database loaded by that code, alternating with this one run by
 * run, and the ratio of the medians is reported: the comparison the issues ask for ("the same
 * bench from a worktree of the commit before, one after the other on the same machine").
 * Needs DATABASE_URL (`pnpm bench` starts a throwaway server).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, generateAndLoad, migrate } from '@img-groningen/db';
import { lastEndedWeek, publishWeek } from '@img-groningen/reporting';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The publication may take at most this many times the baseline's (issue 15). */
const LIMIT_RATIO = 1.2;
const self = fileURLToPath(import.meta.url);

const admin = process.env.DATABASE_URL;
if (!admin) {
  console.error('publish bench: set DATABASE_URL to a PostgreSQL server (pnpm bench starts one)');
  process.exit(2);
}

async function adminQuery(sql: string, params: unknown[] = []): Promise<unknown[]> {
  const db = await createDatabase({ url: admin!, maxConnections: 1 });
  try {
    return await db.query(sql, params);
  } finally {
    await db.close();
  }
}

const urlOf = (name: string) => {
  const url = new URL(admin!);
  url.pathname = `/${name}`;
  return url.toString();
};

/** The loaded database of this code (kept between runs), named after the code's tag. */
async function loaded(tag: string): Promise<string> {
  const name = `img_publish_bench_${tag}_${APPLICATIONS}`;
  const exists = await adminQuery('select 1 from pg_database where datname = $1', [name]);
  if (exists.length === 0) await adminQuery(`create database ${name}`);
  const db = await createDatabase({ url: urlOf(name) });
  try {
    await migrate(db);
    const [info] = await db.query<{ value: string }>(
      `select value from dataset_info where key = 'applications'`,
    );
    if (info?.value !== String(APPLICATIONS)) {
      const result = await generateAndLoad(db, { applications: APPLICATIONS, seed: 1 });
      console.error(`[${tag}] loaded in ${(result.milliseconds / 1000).toFixed(1)} s`);
    }
  } finally {
    await db.close();
  }
  return name;
}

/** One timed publication of the last week, on a fresh copy of the loaded database; seconds. */
async function publishOnce(template: string): Promise<number> {
  const copy = `${template}_run`;
  await adminQuery(`drop database if exists ${copy} with (force)`);
  await adminQuery(`create database ${copy} template ${template}`);
  const db = await createDatabase({ url: urlOf(copy) });
  try {
    const [info] = await db.query<{ value: string }>(
      `select value from dataset_info where key = 'as_of'`,
    );
    const started = performance.now();
    await publishWeek(db, lastEndedWeek(info!.value), { who: 'bench' });
    return (performance.now() - started) / 1000;
  } finally {
    await db.close();
    await adminQuery(`drop database if exists ${copy} with (force)`);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Child mode: `--once TAG` publishes once with this checkout's code and prints the seconds.
const once = process.argv.indexOf('--once');
if (once >= 0) {
  const template = await loaded(process.argv[once + 1]!);
  console.log(JSON.stringify({ seconds: await publishOnce(template) }));
  process.exit(0);
}

/** Runs this script with `--once` in a checkout (this one, or the baseline's copy of it). */
function runIn(dir: string, tag: string): number {
  const out = execFileSync('pnpm', ['exec', 'tsx', 'bench/publish.bench.ts', '--once', tag], {
    cwd: join(dir, 'packages/reporting'),
    env: process.env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return (JSON.parse(out.trim().split('\n').pop()!) as { seconds: number }).seconds;
}

const here = join(self, '../../../..');
const baseline = process.env.BENCH_BASELINE_DIR;
if (baseline) {
  mkdirSync(join(baseline, 'packages/reporting/bench'), { recursive: true });
  copyFileSync(self, join(baseline, 'packages/reporting/bench/publish.bench.ts'));
}
const times: { current: number[]; baseline: number[] } = { current: [], baseline: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    if (baseline) times.baseline.push(runIn(baseline, 'baseline'));
    times.current.push(runIn(here, 'current'));
  }
} finally {
  if (baseline) rmSync(join(baseline, 'packages/reporting/bench/publish.bench.ts'));
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
console.log(
  `Publishing the last week, ${APPLICATIONS.toLocaleString('en')} applications, PostgreSQL, ${RUNS} runs`,
);
console.log(`  this code: median ${median(times.current).toFixed(1)} s (${fmt(times.current)})`);
if (baseline) {
  const ratio = median(times.current) / median(times.baseline);
  console.log(
    `  baseline:  median ${median(times.baseline).toFixed(1)} s (${fmt(times.baseline)})`,
  );
  console.log(
    `  ratio ${ratio.toFixed(2)}x (limit ${LIMIT_RATIO}x): ${ratio <= LIMIT_RATIO ? 'ok' : 'OVER'}`,
  );
  if (ratio > LIMIT_RATIO) process.exitCode = 1;
}
