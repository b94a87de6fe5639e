/**
 * Benchmark: the maximum PGV after the construction year for 250,000 generated addresses
 * against the 1,474-event Groningen catalogue (3.7e8 address–event pairs), with the index,
 * against a straightforward all-pairs loop measured in the same run on a sample and
 * extrapolated. The sample's answers must be identical.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PgvIndex, maxPgvAllPairs, parseCatalogue } from '../src/index';

const ADDRESSES = Number(process.env.BENCH_ADDRESSES ?? 250_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 2_500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIMIT_SECONDS = 2;
const LIMIT_SPEEDUP = 50;

const { events } = parseCatalogue(
  readFileSync(new URL('../data/knmi_groningen_events_1991-2022.csv', import.meta.url), 'utf8'),
);

/** Addresses concentrated around the field (as the housing stock near the quakes is), fixed seed. */
function generateAddresses(count: number) {
  let state = 20_261_123;
  const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return Array.from({ length: count }, () => ({
    x: Math.min(290_000, Math.max(200_000, 240_000 + 18_000 * gauss())),
    y: Math.min(620_000, Math.max(540_000, 585_000 + 15_000 * gauss())),
    year: 1850 + Math.floor(next() * 176),
  }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const addresses = generateAddresses(ADDRESSES);

// The index: built and asked anew in each run, so the figure includes building it.
const indexSeconds: number[] = [];
let checksum = 0;
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const index = new PgvIndex(events);
  let sum = 0;
  for (const { x, y, year } of addresses)
    sum += index.maxPgv({ x, y }, { after: { year } })?.pgv ?? 0;
  indexSeconds.push((performance.now() - started) / 1000);
  checksum = sum;
}

// The straightforward loop, on an evenly spread sample, timed and extrapolated.
const step = Math.max(1, Math.floor(ADDRESSES / SAMPLE));
const sample = addresses.filter((_, i) => i % step === 0).slice(0, SAMPLE);
const loopSeconds: number[] = [];
for (let run = 0; run < Math.min(RUNS, 3); run++) {
  const started = performance.now();
  for (const { x, y, year } of sample) maxPgvAllPairs({ x, y }, events, { after: { year } });
  loopSeconds.push(((performance.now() - started) / 1000) * (ADDRESSES / sample.length));
}

const index = new PgvIndex(events);
let identical = 0;
for (const { x, y, year } of sample) {
  const a = index.maxPgv({ x, y }, { after: { year } });
  const b = maxPgvAllPairs({ x, y }, events, { after: { year } });
  const same =
    a === null
      ? b === null
      : b !== null && a.event.id === b.event.id && Math.abs(a.pgv - b.pgv) <= 1e-12 * b.pgv;
  if (same) identical++;
}

const speedup = median(loopSeconds) / median(indexSeconds);
const pairs = ADDRESSES * events.length;
const pass =
  median(indexSeconds) <= LIMIT_SECONDS && speedup >= LIMIT_SPEEDUP && identical === sample.length;
console.log(
  `PGV benchmark: ${ADDRESSES.toLocaleString('en')} addresses x ${events.length} events = ${pairs.toExponential(2)} pairs, after the construction year`,
);
console.log(
  `index (build + query)   median ${median(indexSeconds).toFixed(3)} s  (runs: ${indexSeconds.map((s) => s.toFixed(3)).join(', ')}; limit ${LIMIT_SECONDS} s)`,
);
console.log(
  `all-pairs loop          median ${median(loopSeconds).toFixed(1)} s  (extrapolated from ${sample.length.toLocaleString('en')} addresses)`,
);
console.log(
  `speed-up                ${speedup.toFixed(0)}x (limit >= ${LIMIT_SPEEDUP}x); identical on the sample: ${identical}/${sample.length}; checksum ${checksum.toFixed(3)}`,
);
mkdirSync(join(process.cwd(), 'bench', 'results'), { recursive: true });
writeFileSync(
  join(process.cwd(), 'bench', 'results', 'pgv.json'),
  `${JSON.stringify({ name: 'geo-pgv', at: new Date().toISOString(), addresses: ADDRESSES, events: events.length, indexSeconds, loopSecondsExtrapolated: loopSeconds, speedup, identical, sample: sample.length, pass }, null, 2)}\n`,
);
if (!pass) process.exitCode = 1;
