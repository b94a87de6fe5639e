/**
 * Benchmarks on one core: UBL invoices (the size of the Peppol base example) parsed and
 * validated per second, and structured invoices validated per second; each against a baseline
 * in the same run (reading the XML into a tree alone; zod parsing of the JSON alone).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Invoice, checkStructuredInvoice, checkUblInvoice, parseXml } from '../src/index';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UBL_DOCS = 5_000;
const JSON_DOCS = 100_000;
const LIMIT_UBL = 5_000;
const LIMIT_JSON = 50_000;

const xml = readFileSync(
  new URL('../test/peppol/examples/base-example.xml', import.meta.url),
  'utf8',
);
const context = {
  scheme: 'HEA' as const,
  damageReportedOn: '2024-01-01',
  decisionDate: '2024-06-01',
};
const structured = {
  number: 'F2026-0042',
  issueDate: '2026-03-02',
  supplier: {
    name: 'Herstelbedrijf Venneborg B.V.',
    address: { street: 'Molenweg', houseNumber: '4', postcode: '9711AB', city: 'Groningen' },
    kvkNumber: '63456789',
    btwId: 'NL123456782B01',
    iban: 'NL91ABNA0417164300',
  },
  customer: {
    name: 'J. de Vries',
    address: { street: 'Kerkstraat', houseNumber: '12', postcode: '9919AA', city: 'Loppersum' },
  },
  damageLocation: {
    street: 'Kerkstraat',
    houseNumber: '12',
    postcode: '9919AA',
    city: 'Loppersum',
  },
  heaCaseNumber: 'HEA-1001',
  adviceReportNumber: 'AR-2025-77',
  lines: [
    {
      description: 'Scheur in binnenmuur herstellen',
      roomCode: 'W1',
      damageNumbers: ['S1'],
      hours: 6,
      quantity: 6,
      unitPriceCents: 6_250,
      vatRateBasisPoints: 2_100,
      executionDate: '2026-02-20',
    },
    {
      description: 'Schilderwerk woonkamer',
      roomCode: 'W1',
      damageNumbers: ['S2'],
      hours: 4,
      quantity: 4,
      unitPriceCents: 5_000,
      vatRateBasisPoints: 900,
      executionDate: '2026-02-21',
    },
  ],
  vatBreakdown: [
    { rateBasisPoints: 2_100, baseCents: 37_500, vatCents: 7_875 },
    { rateBasisPoints: 900, baseCents: 20_000, vatCents: 1_800 },
  ],
  totals: { exclVatCents: 57_500, vatCents: 9_675, inclVatCents: 67_175 },
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const rate = (count: number, work: () => void) => {
  const started = performance.now();
  for (let i = 0; i < count; i++) work();
  return count / ((performance.now() - started) / 1000);
};
const ubl: number[] = [];
const wellFormed: number[] = [];
const json: number[] = [];
const zodOnly: number[] = [];
for (let run = 0; run < RUNS; run++) {
  ubl.push(rate(UBL_DOCS, () => checkUblInvoice(xml, context)));
  wellFormed.push(rate(UBL_DOCS, () => parseXml(xml)));
  json.push(rate(JSON_DOCS, () => checkStructuredInvoice(structured, context)));
  zodOnly.push(rate(JSON_DOCS, () => Invoice.parse(structured)));
}
const pass = median(ubl) >= LIMIT_UBL && median(json) >= LIMIT_JSON;
console.log(
  `invoice benchmark (one core; base example ${xml.length.toLocaleString('en')} characters)`,
);
console.log(
  `UBL parse + validate   median ${Math.round(median(ubl)).toLocaleString('en')}/s (limit ${LIMIT_UBL.toLocaleString('en')}/s); baseline: reading the XML alone ${Math.round(median(wellFormed)).toLocaleString('en')}/s`,
);
console.log(
  `structured validate    median ${Math.round(median(json)).toLocaleString('en')}/s (limit ${LIMIT_JSON.toLocaleString('en')}/s); baseline zod parse alone ${Math.round(median(zodOnly)).toLocaleString('en')}/s`,
);
mkdirSync(join(process.cwd(), 'bench', 'results'), { recursive: true });
writeFileSync(
  join(process.cwd(), 'bench', 'results', 'invoices.json'),
  `${JSON.stringify({ name: 'invoices', at: new Date().toISOString(), ublPerSecond: ubl, wellFormedPerSecond: wellFormed, structuredPerSecond: json, zodPerSecond: zodOnly, pass }, null, 2)}\n`,
);
if (!pass) process.exitCode = 1;
