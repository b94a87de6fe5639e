/**
 * Benchmark: re-checking a register of 10,000 contractors with 20 staff each on one date, with a
 * 90-day horizon. The facts are parsed (zod) beforehand, as a register is on loading; the figure
 * is the re-check itself. Compared with the plain loop that evaluates every day of the horizon.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '@img-groningen/statutory-terms';
import {
  evaluateAdmission,
  parseContractorFacts,
  recheckRegister,
  type RegisterEntry,
} from '../src/index';

const CONTRACTORS = Number(process.env.BENCH_CONTRACTORS ?? 10_000);
const STAFF = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ON = '2026-11-23';
const LIMIT_MS = 100;

let state = 7;
const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
const dateBetween = (from: string, days: number) => addDays(from, Math.floor(next() * days));

const register: RegisterEntry[] = Array.from({ length: CONTRACTORS }, (_, i) => ({
  id: `C${i + 1}`,
  facts: parseContractorFacts({
    name: `Aannemer ${i + 1}`,
    kvk: {
      number: String(10_000_000 + i),
      registeredSince: '2010-01-01',
      countryOfEstablishment: 'NL',
      activities: [{ code: '43341', classification: 'SBI2025' }],
    },
    insolvency:
      next() < 0.01
        ? [{ kind: 'faillissement', from: dateBetween('2026-06-01', 300), until: null }]
        : [],
    disputesCommittees: [
      {
        committee: 'Geschillencommissie Bouw en Installatie',
        from: '2020-01-01',
        until: next() < 0.05 ? dateBetween('2026-10-01', 200) : null,
      },
    ],
    staff: Array.from({ length: STAFF }, (_, s) => ({
      id: `W${s + 1}`,
      role: s < 15 ? 'employee' : 'subcontractor',
      diplomas: [{ kind: s < 3 ? 'VOL-VCA' : 'B-VCA', issued: dateBetween('2016-12-01', 3_600) }],
    })),
    agreement: { version: '2024.1', acceptedOn: '2024-03-01' },
    portalCommunication: true,
    registeredBy: 'self',
  }),
}));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const times: number[] = [];
let report = recheckRegister(register, { onDate: ON, horizonDays: 90 });
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  report = recheckRegister(register, { onDate: ON, horizonDays: 90 });
  times.push(performance.now() - started);
}

// The plain alternative: evaluate each contractor on every day of the horizon (on a sample).
const sample = register.slice(0, 500);
const started = performance.now();
for (const { facts } of sample)
  for (let d = 0; d <= 90; d++) evaluateAdmission(facts, addDays(ON, d));
const dailyMs = ((performance.now() - started) * CONTRACTORS) / sample.length;

const pass = median(times) <= LIMIT_MS;
console.log(
  `recheck benchmark: ${CONTRACTORS.toLocaleString('en')} contractors x ${STAFF} staff, on ${ON}, horizon 90 days`,
);
console.log(
  `recheckRegister   median ${median(times).toFixed(1)} ms (runs: ${times.map((t) => t.toFixed(1)).join(', ')}; limit ${LIMIT_MS} ms)`,
);
console.log(
  `every-day loop    ${dailyMs.toFixed(0)} ms (extrapolated from ${sample.length}); ratio ${(dailyMs / median(times)).toFixed(0)}x`,
);
console.log(
  `not compliant now ${report.notCompliant.length}, falling out within 90 days ${report.fallingOut.length}`,
);
mkdirSync(join(process.cwd(), 'bench', 'results'), { recursive: true });
writeFileSync(
  join(process.cwd(), 'bench', 'results', 'recheck.json'),
  `${JSON.stringify({ name: 'contractor-recheck', at: new Date().toISOString(), contractors: CONTRACTORS, staff: STAFF, ms: times, medianMs: median(times), everyDayLoopMs: dailyMs, notCompliant: report.notCompliant.length, fallingOut: report.fallingOut.length, pass }, null, 2)}\n`,
);
if (!pass) process.exitCode = 1;
