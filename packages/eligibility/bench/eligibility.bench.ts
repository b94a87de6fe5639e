/**
 * Benchmarks: VES evaluations per second in a batch on one core (validated facts, with the
 * explanations), and NDJSON lines per second streamed through the CLI (parse, validate,
 * evaluate, write), each against a baseline measured in the same run: zod validation of the
 * same facts, and reading the same NDJSON file and JSON.parse of each line in a Node process of
 * its own (start-up included, as for the CLI).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateVes, parseFacts, type EligibilityFactsInput } from '../src/index.js';

const BATCH = Number(process.env.BENCH_EVALUATIONS ?? 2_000_000);
const LINES = Number(process.env.BENCH_LINES ?? 400_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIMIT_BATCH_PER_SECOND = 1_000_000;
const LIMIT_CLI_PER_SECOND = 200_000;

let state = 99;
const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;

/** Varied, realistic facts: most complete, some with gaps, some failing. */
function sample(): EligibilityFactsInput {
  const pgv = Math.round(next() * 800) / 100;
  return {
    applicant: {
      kind: next() < 0.97 ? 'natural' : 'legal',
      earlierVesOrRepairApplications: Math.floor(next() * 4),
    },
    object: {
      ownCadastralDesignation: true,
      addressCount: 1,
      constructionYear: 1900 + Math.floor(next() * 125),
      areaM2: 40 + Math.floor(next() * 200),
      useClass: pick(['wonen', 'wonen', 'overig']),
    },
    ownership: {
      right: pick(['eigendom', 'eigendom', 'erfpacht']),
      ownerAtApplication: true,
      ...(next() < 0.8 && { ownerAtDecision: true }),
      coOwnerConsents: next() < 0.7 ? [] : [true],
    },
    history: {
      damageReports:
        next() < 0.8
          ? []
          : [
              {
                scheme: 'MAATWERK',
                reportedOn: '2021-04-01',
                status: 'decided',
                decidedOn: '2021-12-01',
              },
            ],
      payments: [],
    },
    location: {
      maxPgv: pgv,
      maxPgvAfterConstruction: pgv * next(),
      inEffectArea: pgv >= 2,
      inIedbArea: next() < 0.05,
      inSixKmZone: next() < 0.8,
    },
    damage: { types: [pick(['scheur', 'zetting', 'houtrot'] as const)] },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const pool = Array.from({ length: 10_000 }, () => parseFacts(sample()));

// Batch: evaluate validated facts, explanations included; baseline: validating the same facts with zod.
const batchRates: number[] = [];
const parseRates: number[] = [];
const raw = pool.map((f) => JSON.parse(JSON.stringify(f)) as unknown);
let eligible = 0;
for (let run = 0; run < RUNS; run++) {
  let started = performance.now();
  eligible = 0;
  for (let i = 0; i < BATCH; i++)
    if (evaluateVes(pool[i % pool.length]!).outcome === 'eligible') eligible++;
  batchRates.push(BATCH / ((performance.now() - started) / 1000));
  started = performance.now();
  for (let i = 0; i < BATCH / 10; i++) parseFacts(raw[i % raw.length]);
  parseRates.push(BATCH / 10 / ((performance.now() - started) / 1000));
}

// CLI: stream NDJSON through the real command; baseline: a Node process that reads the same
// file and JSON.parses every line, nothing else.
const dir = mkdtempSync(join(tmpdir(), 'img-eligibility-bench-'));
const input = join(dir, 'facts.ndjson');
writeFileSync(
  input,
  Array.from({ length: LINES }, () => JSON.stringify(sample())).join('\n') + '\n',
);
// The CLI as shipped: the bundle `pnpm build` makes (turbo builds it before `bench`).
const cli = fileURLToPath(new URL('../dist/bin/img-eligibility.js', import.meta.url));
const cliRates: number[] = [];
let lines = 0;
for (let run = 0; run < Math.min(RUNS, 3); run++) {
  // Output to a file, as a real pipeline would; capturing it here would load this process instead.
  const output = openSync(join(dir, 'results.ndjson'), 'w');
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, input], {
    stdio: ['ignore', output, 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(output);
  // 1 is an answer (some lines not eligible: three in four here), 2 a failure.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`CLI failed (exit ${result.status}): ${result.stderr}`);
  lines = readFileSync(join(dir, 'results.ndjson'), 'utf8').split('\n').length - 1;
  cliRates.push(lines / seconds);
}
const READ_AND_PARSE = `
const { createReadStream } = require('node:fs');
const { createInterface } = require('node:readline');
let n = 0;
(async () => {
  for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity }))
    if (line !== '') { JSON.parse(line); n++; }
  process.stdout.write(String(n));
})();`;
const parseRatesBaseline: number[] = [];
for (let run = 0; run < Math.min(RUNS, 3); run++) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', READ_AND_PARSE, input], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.stdout !== String(LINES)) throw new Error(`baseline read ${result.stdout} lines`);
  parseRatesBaseline.push(LINES / seconds);
}
rmSync(dir, { recursive: true, force: true });
const readAndParse = median(parseRatesBaseline);

const batch = median(batchRates);
const cliRate = median(cliRates);
const pass = batch >= LIMIT_BATCH_PER_SECOND && cliRate >= LIMIT_CLI_PER_SECOND && lines === LINES;
console.log(`eligibility benchmark (one core)`);
console.log(
  `batch evaluateVes     median ${(batch / 1e6).toFixed(2)} M/s (runs: ${batchRates.map((r) => (r / 1e6).toFixed(2)).join(', ')}; limit 1.00 M/s); ${((eligible / BATCH) * 100).toFixed(1)} % eligible`,
);
console.log(
  `  baseline: zod validation of the same facts ${(median(parseRates) / 1e6).toFixed(2)} M/s (ratio ${(batch / median(parseRates)).toFixed(1)}x)`,
);
console.log(
  `CLI, NDJSON streamed  median ${Math.round(cliRate).toLocaleString('en')} lines/s over ${LINES.toLocaleString('en')} lines incl. start-up (limit 200,000/s)`,
);
console.log(
  `  baseline: reading + JSON.parse of the same lines ${Math.round(readAndParse).toLocaleString('en')} lines/s; the CLI runs at ${(cliRate / readAndParse).toFixed(2)}x of it`,
);
mkdirSync(join(process.cwd(), 'bench', 'results'), { recursive: true });
writeFileSync(
  join(process.cwd(), 'bench', 'results', 'eligibility.json'),
  `${JSON.stringify({ name: 'eligibility', at: new Date().toISOString(), batchPerSecond: batchRates, zodPerSecond: parseRates, cliLinesPerSecond: cliRates, readAndParseLinesPerSecond: parseRatesBaseline, cliToReadAndParse: cliRate / readAndParse, lines, pass }, null, 2)}\n`,
);
if (!pass) process.exitCode = 1;
