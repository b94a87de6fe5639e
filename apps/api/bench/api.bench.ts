/**
 * Benchmark of the reporting API over HTTP (issue #7):
 * 1. PostgreSQL with 1,000,000 applications, the data's last week published (timed): every
 *    procedure 30 calls with varied inputs (ten warm-up calls first, not counted), p50/p95/max —
 *    public procedures as the public calls them (the published week), and also live (with a
 *    management token, computed afresh); and the same questions as straightforward SQL over
 *    the raw tables, 6 calls each with inputs spread over the thirty, in the same run: the ratio
 *    of the baseline's median to the procedure's median, and to its p95.
 * 2. The embedded default (PGlite, 100,000 demo applications): the same 30 calls, p95.
 * 3. Load: 100 concurrent clients for 30 s on the public procedures (autocannon): errors, p99.
 * 4. PostgreSQL stopped under load for three seconds and started again: 503s meanwhile (after
 *    the second the host trusts a read), seconds until answers again, no restart of the API.
 * Needs DATABASE_URL (`pnpm bench` starts a throwaway server; it also says how to restart it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { createDatabase, generateAndLoad, migrate } from '@img-groningen/db';
import { appRouter, lastEndedWeek, listPublications, publishWeek } from '@img-groningen/reporting';
import { CASES, type BenchCase } from './cases';
import { median, percentile, report } from './stats';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const PGLITE_APPLICATIONS = Number(process.env.BENCH_PGLITE_APPLICATIONS ?? 100_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const LIMIT_P95_PG = 50;
const LIMIT_P95_PGLITE = 250;
const LIMIT_RATIO = 20;
const LIMIT_P99_LOAD = 250;
const apiDir = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A database of the benchmark's size, kept between runs when it already holds that data set. */
async function benchDatabase(adminUrl: string): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/img_api_bench_${APPLICATIONS}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [
    url.pathname.slice(1),
  ]);
  if (!exists.rowCount) await admin.query(`create database ${url.pathname.slice(1)}`);
  await admin.end();
  const db = await createDatabase({ url: url.toString() });
  await migrate(db);
  const [info] = await db.query<{ value: string }>(
    `select value from dataset_info where key = 'applications'`,
  );
  if (info?.value !== String(APPLICATIONS)) {
    console.log(`Loading ${APPLICATIONS.toLocaleString('en')} applications ...`);
    const result = await generateAndLoad(db, { applications: APPLICATIONS, seed: 1 });
    console.log(`  loaded in ${(result.milliseconds / 1000).toFixed(1)} s`);
  }
  await db.close();
  return url.toString();
}

/**
 * The data's last week published, as in production, and a week seven weeks earlier (published
 * late: its figures are recomputed "as known then"); each timed when it is done here.
 */
async function ensurePublished(
  url: string,
): Promise<{ week: string; earlier: string; seconds: Record<string, number> }> {
  const db = await createDatabase({ url });
  try {
    const [info] = await db.query<{ value: string; earlier: string }>(
      `select value, (value::date - 49)::text as earlier from dataset_info where key = 'as_of'`,
    );
    const week = lastEndedWeek(info!.value);
    const earlier = lastEndedWeek(info!.earlier);
    const seconds: Record<string, number> = {};
    // The earlier week first, so the latest publication is the data's last week.
    for (const w of [earlier, week]) {
      if ((await listPublications(db, w)).length) continue;
      const started = performance.now();
      const publication = await publishWeek(db, w, { who: 'bench' });
      seconds[w] = (performance.now() - started) / 1000;
      console.log(`Published ${w}: ${publication.answers} answers in ${seconds[w].toFixed(1)} s`);
    }
    return { week, earlier, seconds };
  } finally {
    await db.close();
  }
}

interface Server {
  base: string;
  process: ChildProcess;
  token: string;
  log: () => string;
}

async function startServer(
  env: Record<string, string | undefined>,
  readyTimeoutMs: number,
): Promise<Server> {
  const port = await freePort();
  const merged: Record<string, string | undefined> = {
    ...process.env,
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
  };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  while (!log.includes('IMG reporting:')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`API did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const response = await fetch(`${base}/oidc/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('beheer-demo:beheer-demo-secret').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=reporting',
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { base, process: child, token, log: () => log };
}

/**
 * The host computes the management figures of the data's date once per data set, at start
 * (their first call would otherwise compute them): timing starts when it says they are done.
 */
async function warmedUp(server: Server): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (!/Management figures (computed|not precomputed)/.test(server.log())) {
    if (Date.now() > deadline) throw new Error(`no warm-up:\n${server.log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function urlOf(base: string, path: string, input: unknown, week?: string): string {
  const query = [
    ...(input === undefined ? [] : [`input=${encodeURIComponent(JSON.stringify(input))}`]),
    ...(week ? [`week=${week}`] : []),
  ];
  return `${base}/trpc/${path}${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * One kept-alive connection, node's own HTTP client: the timings are the server's, not a
 * client's (fetch adds about a millisecond on a large answer here).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Every other public call asks for the earlier published week. */
let earlierWeek: string | undefined;

/** Public procedures are called anonymously (the published week) unless `live` asks otherwise. */
async function call(
  server: Server,
  c: BenchCase,
  input: unknown,
  live = false,
  week?: string,
): Promise<number> {
  const anonymous = !c.management && !live;
  const started = performance.now();
  const status = await get(urlOf(server.base, c.path, input, anonymous ? week : undefined), {
    ...(c.management || live ? { authorization: `Bearer ${server.token}` } : {}),
  });
  const ms = performance.now() - started;
  if (status !== 200) throw new Error(`${c.path} ${JSON.stringify(input)}: ${status}`);
  return ms;
}

interface Timing {
  path: string;
  p50: number;
  p95: number;
  max: number;
}

const WARM_UP_CALLS = 10;

async function timeProcedures(server: Server, live = false): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const c of CASES) {
    if (live && (c.management || !c.raw)) continue;
    // Warm-up, not counted: V8 optimises a path only after it has run a few times, and a
    // server that has answered for a while has done that (the first calls are 2–3x slower).
    for (const input of c.inputs.slice(0, WARM_UP_CALLS)) await call(server, c, input, live);
    const ms: number[] = [];
    for (const [i, input] of c.inputs.entries())
      ms.push(await call(server, c, input, live, i % 2 ? earlierWeek : undefined));
    timings.push({
      path: c.path,
      p50: median(ms),
      p95: percentile(ms, 0.95),
      max: Math.max(...ms),
    });
  }
  return timings;
}

/** Week ends other than the data's own date: the recomputed ("as known then") paths. */
const OTHER_DATES = ['2023-12-31', '2024-06-30', '2025-03-30', '2025-12-28', '2026-06-28'];

async function timeOtherDates(
  server: Server,
): Promise<{ path: string; p50: number; max: number }[]> {
  const timings = [];
  for (const c of CASES) {
    if (
      c.path.startsWith('meta.') ||
      c.path.startsWith('outreach.') ||
      c.path.startsWith('publications.')
    )
      continue;
    const ms: number[] = [];
    // "As of" another date is the live computation, for management (the public reads weeks).
    for (const [i, asOf] of OTHER_DATES.entries())
      ms.push(await call(server, c, { ...(c.inputs[i] ?? {}), asOf }, true));
    timings.push({ path: c.path, p50: median(ms), max: Math.max(...ms) });
  }
  return timings;
}

/**
 * The inputs the baselines are asked with: spread over the thirty so that they meet every year
 * and filter the procedure is called with (the inputs vary with periods of 2, 3, 5 and 7).
 */
const BASELINE_INPUTS = [0, 5, 10, 15, 20, 25];

/** A plain client on the benchmark database, with the data's date, closed afterwards. */
async function withClient<T>(url: string, work: (client: pg.Client, asOf: string) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>(
      `select value from dataset_info where key = 'as_of'`,
    );
    return await work(client, rows[0]!.value);
  } finally {
    await client.end();
  }
}

const rawBaselines = (url: string): Promise<Map<string, number>> =>
  withClient(url, async (client, asOf) => {
    const result = new Map<string, number>();
    for (const c of CASES) {
      if (!c.raw) continue;
      const ms: number[] = [];
      for (const i of BASELINE_INPUTS) {
        const [text, params] = c.raw(c.inputs[i] as Record<string, unknown> | undefined, asOf);
        const started = performance.now();
        await client.query(text, params);
        ms.push(performance.now() - started);
      }
      result.set(c.path, median(ms));
    }
    return result;
  });

/** The baselines that say so answer the same question: the live answer against their rows. */
const checkBaselines = (server: Server, url: string): Promise<Record<string, number>> =>
  withClient(url, async (client, asOf) => {
    const result: Record<string, number> = {};
    console.log('\nBaselines checked against the live answer (same input, same date):');
    for (const c of CASES) {
      if (!c.raw || !c.same) continue;
      const query =
        c.same.input === undefined
          ? ''
          : `?input=${encodeURIComponent(JSON.stringify(c.same.input))}`;
      const response = await fetch(`${server.base}/trpc/${c.path}${query}`, {
        headers: { authorization: `Bearer ${server.token}` },
      });
      const answer = ((await response.json()) as { result: { data: unknown } }).result.data;
      const [text, params] = c.raw(c.same.input, asOf);
      const differences = c.same.differences(answer, (await client.query(text, params)).rows);
      result[c.path] = differences.length;
      console.log(
        `${c.path.padEnd(28)} ${differences.length === 0 ? 'equal' : `${differences.length} DIFFERENCES, e.g. ${differences[0]}`}`,
      );
    }
    return result;
  });

function loadRequests() {
  const publicCases = CASES.filter((c) => !c.management);
  return publicCases.flatMap((c) =>
    c.inputs.slice(0, 5).map((input) => ({
      method: 'GET' as const,
      path: urlOf('', c.path, input),
    })),
  );
}

async function loadTest(server: Server, seconds: number, during?: () => Promise<void>) {
  const statuses = new Map<number, number>();
  const timeline: { at: number; status: number }[] = [];
  const started = Date.now();
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: server.base,
        connections: 100,
        duration: seconds,
        requests: loadRequests(),
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, status) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    timeline.push({ at: Date.now() - started, status });
  });
  if (during) void during();
  const result = await finished;
  return { result, statuses, timeline, startedAt: started };
}

/** pg_ctl, as the postgres user when we are root; asynchronous, so the load keeps running. */
async function pgControl(action: string[]): Promise<void> {
  const bin = process.env.IMG_PG_BIN;
  const data = process.env.IMG_PG_DATA;
  if (!bin || !data) throw new Error('IMG_PG_BIN and IMG_PG_DATA are not set');
  const command = [`${bin}/pg_ctl`, '-D', data, ...action];
  const asRoot = process.getuid?.() === 0;
  // The restarted server must not keep our stdout open: its output goes nowhere.
  const child = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', ...command], { stdio: 'ignore' })
    : spawn(command[0]!, command.slice(1), { stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`pg_ctl ${action.join(' ')} failed`);
}

async function measureLoad(server: Server, label: string) {
  const load = await loadTest(server, LOAD_SECONDS);
  const errors = load.result.errors + load.result.timeouts + (load.result.non2xx ?? 0);
  console.log(
    `\nLoad (${label}), 100 clients for ${LOAD_SECONDS} s on the public procedures: ${load.result.requests.total.toLocaleString('en')} requests, ` +
      `${fmt(load.result.requests.average)} req/s, p50 ${load.result.latency.p50} ms, p99 ${load.result.latency.p99} ms, errors ${errors}` +
      (load.result.latency.p99 > LIMIT_P99_LOAD || errors > 0 ? '   OVER LIMIT' : ''),
  );
  return {
    requests: load.result.requests.total,
    perSecond: load.result.requests.average,
    p50: load.result.latency.p50,
    p99: load.result.latency.p99,
    errors,
    statuses: Object.fromEntries(load.statuses),
  };
}

/** The server's own command-line settings (postmaster.opts), to start it again as it was. */
async function serverOptions(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const opts = await readFile(`${process.env.IMG_PG_DATA}/postmaster.opts`, 'utf8');
  const args = [...opts.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const at = args.indexOf('-D');
  if (at >= 0) args.splice(at, 2);
  return args.join(' ');
}

/** How long PostgreSQL stays down: longer than the host trusts a read (one second). */
const OUTAGE_MS = 3_000;

async function restartUnderLoad(server: Server): Promise<Record<string, unknown> | null> {
  if (process.env.IMG_PG_BIN && process.env.IMG_PG_DATA) {
    const options = await serverOptions();
    let stopRequestedAt = 0;
    let stoppedAt = 0;
    let startRequestedAt = 0;
    let backAt = 0;
    const restart = await loadTest(server, 20, async () => {
      await new Promise((r) => setTimeout(r, 5_000));
      stopRequestedAt = Date.now();
      await pgControl(['stop', '-m', 'fast', '-w']);
      stoppedAt = Date.now();
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      startRequestedAt = Date.now();
      await pgControl(['start', '-w', '-o', options]);
      backAt = Date.now();
    });
    const at = (t: { at: number }) => restart.startedAt + t.at;
    // Down: from the stop until the start is asked for (while it starts, it may answer already).
    const during = restart.timeline.filter((t) => at(t) > stoppedAt && at(t) <= startRequestedAt);
    const servedWhileDown = during.filter((t) => t.status === 200).length;
    const lastServedWhileDown = during.filter((t) => t.status === 200).at(-1);
    const recovered = restart.timeline.find((t) => t.status === 200 && at(t) > backAt);
    const unavailable = restart.statuses.get(503) ?? 0;
    const otherErrors = [...restart.statuses.entries()]
      .filter(([s]) => s !== 200 && s !== 503)
      .reduce((s, [, n]) => s + n, 0);
    const recoverySeconds = recovered ? (at(recovered) - backAt) / 1000 : null;
    const lastUnavailable = restart.timeline.filter((t) => t.status === 503).at(-1);
    const memorySeconds = lastServedWhileDown ? (at(lastServedWhileDown) - stoppedAt) / 1000 : 0;
    console.log(
      `PostgreSQL stopped (fast) under the same load, down ${(OUTAGE_MS / 1000).toFixed(0)} s, started again: ${unavailable} answers 503, ${otherErrors} other errors, ` +
        `${restart.result.errors + restart.result.timeouts} connection errors/timeouts; stop took ${((stoppedAt - stopRequestedAt) / 1000).toFixed(2)} s; ` +
        `while down ${servedWhileDown} answers from kept reads (the last ${memorySeconds.toFixed(2)} s after the stop), the rest 503; ` +
        `answering again ${recoverySeconds?.toFixed(2) ?? 'never'} s after PostgreSQL was back (last 503 ${lastUnavailable ? ((at(lastUnavailable) - backAt) / 1000).toFixed(2) : '-'} s after); API process restarted: ${server.process.exitCode === null ? 'no' : 'yes'}`,
    );
    return {
      unavailable,
      otherErrors,
      connectionErrors: restart.result.errors + restart.result.timeouts,
      servedWhileDown,
      recoverySeconds,
      outageSeconds: OUTAGE_MS / 1000,
      apiProcessAlive: server.process.exitCode === null,
    };
  }
  console.log(
    'PostgreSQL restart skipped: IMG_PG_BIN/IMG_PG_DATA not set (DATABASE_URL given from outside).',
  );
  return null;
}

const fmt = (n: number) => n.toFixed(1);

async function main() {
  const missing = Object.keys(appRouter._def.procedures).filter(
    (path) => !CASES.some((c) => c.path === path),
  );
  if (missing.length) throw new Error(`no benchmark case for ${missing.join(', ')}`);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL is not set (run through `pnpm bench`)');
  const url = await benchDatabase(adminUrl);
  const published = await ensurePublished(url);
  earlierWeek = published.earlier;
  const figures: Record<string, unknown> = {
    applications: APPLICATIONS,
    publishedWeek: published.week,
    earlierWeek: published.earlier,
    publishSeconds: published.seconds,
  };
  // Every call computed afresh: the answer cache is off for the timings.
  const timed = await startServer({ DATABASE_URL: url, RESPONSE_CACHE: 'off' }, 120_000);
  try {
    const server = timed;
    await warmedUp(server);
    const timings = await timeProcedures(server);
    console.log(server.log().match(/Management figures computed: .*/)?.[0] ?? '');
    // For scale: the host's bare health check (one `select 1`), timed the same way.
    const health: number[] = [];
    for (let i = 0; i < 31; i++) {
      const started = performance.now();
      await get(`${server.base}/healthz`, {});
      if (i > 0) health.push(performance.now() - started);
    }
    figures.healthz = { p50: median(health), p95: percentile(health, 0.95) };
    console.log(
      `The bare health check (one select 1) over HTTP, 30 calls: p50 ${fmt(median(health))} ms, p95 ${fmt(percentile(health, 0.95))} ms`,
    );
    const live = await timeProcedures(server, true);
    const baselines = await rawBaselines(url);
    figures.baselineChecks = await checkBaselines(server, url);
    const table = (label: string, list: Timing[]) => {
      console.log(`\n${label}`);
      console.log(
        'procedure                     p50     p95     max   raw SQL median   raw/p50  raw/p95',
      );
      return list.map((t) => {
        const raw = baselines.get(t.path);
        // "Times faster" compares like with like, the baseline's median with the procedure's;
        // raw/p95 (the baseline's median against the procedure's slow calls) is the stricter figure.
        const ratio = raw === undefined ? null : raw / t.p95;
        const medianRatio = raw === undefined ? null : raw / t.p50;
        console.log(
          `${t.path.padEnd(28)} ${fmt(t.p50).padStart(6)} ${fmt(t.p95).padStart(7)} ${fmt(t.max).padStart(7)}   ${
            raw === undefined ? '      n/a' : fmt(raw).padStart(9)
          }   ${medianRatio === null ? '    n/a' : `${medianRatio.toFixed(0)}x`.padStart(7)}  ${ratio === null ? '    n/a' : `${ratio.toFixed(0)}x`.padStart(7)}${t.p95 > LIMIT_P95_PG ? '   p95 OVER LIMIT' : ''}${
            medianRatio !== null && medianRatio < LIMIT_RATIO
              ? '   ratio UNDER 20x'
              : ratio !== null && ratio < LIMIT_RATIO
                ? '   (raw/p95 under 20x)'
                : ''
          }`,
        );
        return { ...t, rawMedian: raw ?? null, ratio, medianRatio };
      });
    };
    figures.postgres = table(
      `PostgreSQL, ${APPLICATIONS.toLocaleString('en')} applications, 30 calls each (ms); public procedures as the public calls them (published weeks ${published.week} and, every other call, ${published.earlier}), management ones live:`,
      timings,
    );
    figures.postgresLive = table(
      'The public procedures computed live (management token, every call afresh), same inputs (ms):',
      live,
    );
    const other = await timeOtherDates(server);
    console.log(
      '\nOn other dates (week ends before the data date, recomputed as known then), 5 calls each (ms):',
    );
    for (const t of other)
      console.log(
        `${t.path.padEnd(28)} p50 ${fmt(t.p50).padStart(7)}  max ${fmt(t.max).padStart(7)}`,
      );
    figures.otherDates = other;
    // Without the answer cache every request reaches PostgreSQL: the load it takes, and a restart.
    figures.loadWithoutCache = await measureLoad(server, 'answer cache off');
    figures.restart = await restartUnderLoad(server);
  } finally {
    timed.process.kill();
  }

  // Load and restart as in production: public answers kept until the data change.
  const server = await startServer({ DATABASE_URL: url }, 120_000);
  try {
    figures.load = await measureLoad(server, 'answer cache on, as in production');
  } finally {
    server.process.kill();
  }

  // The demo publishes only its last week.
  earlierWeek = undefined;
  const embedded = await startServer(
    {
      DATABASE_URL: undefined,
      PGLITE_DATA_DIR: 'memory',
      DEMO_APPLICATIONS: String(PGLITE_APPLICATIONS),
      RESPONSE_CACHE: 'off',
    },
    600_000,
  );
  try {
    await warmedUp(embedded);
    const timings = await timeProcedures(embedded);
    console.log(
      `\nPGlite (embedded), ${PGLITE_APPLICATIONS.toLocaleString('en')} applications, 30 calls each (ms):`,
    );
    for (const t of timings)
      console.log(
        `${t.path.padEnd(28)} p50 ${fmt(t.p50).padStart(6)}  p95 ${fmt(t.p95).padStart(7)}  max ${fmt(t.max).padStart(7)}${
          t.p95 > LIMIT_P95_PGLITE ? '   OVER LIMIT' : ''
        }`,
      );
    figures.pglite = timings;
  } finally {
    embedded.process.kill();
  }
  report('api', figures);
  agent.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
