/**
 * A property over generated data sets of several sizes and seeds (small ones produce many small
 * cells): no public response — tRPC JSON or open-data CSV/JSON — contains a count from 1 to 9,
 * nor any per-contractor row, live and once the latest week is published (the calls are all
 * inside the published grains), and management procedures refuse anonymous callers.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import { publishWeek } from '@img-groningen/reporting';
import { createTestDatabase, type TestDatabase } from '@img-groningen/db/testing';
import { DATASETS } from '../src/open-data';
import { PUBLIC_QUERIES } from '../src/openapi';
import { createApiServer } from '../src/server';

type Count = { value: number | null; suppressed: boolean; reason?: string };

const PUBLIC_CALLS: [string, unknown][] = [
  ['applications.perScheme', undefined],
  ['applications.perScheme', { municipality: 'GM0014' }],
  ['progress.weekly', { year: 2025 }],
  ['progress.weekly', { year: 2021, scheme: 'VES' }],
  ['progress.weekly', { year: 2025, scheme: 'AVV', municipality: 'GM1979' }],
  ['progress.weekly', { year: 2025, area: 'kern' }],
  ['relatedCases.weekly', { year: 2025 }],
  ['leadTimes.cohorts', { year: 2024, scheme: 'MAATWERK' }],
  ['leadTimes.cohorts', { year: 2025, scheme: 'HEA' }],
  ['leadTimes.realized', { scheme: 'WDNW' }],
  ['leadTimes.realized', { scheme: 'MAATWERK', basis: 'net' }],
  ['leadTimes.weekly', { year: 2025 }],
  ['leadTimes.weekly', { year: 2024, scheme: 'VES', basis: 'net' }],
  ['leadTimes.expected', { scheme: 'IMS' }],
  ['leadTimes.expected', undefined],
  ['leadTimes.ageing', { scheme: 'STUW' }],
  ['leadTimes.ageing', { scheme: 'MAATWERK', municipality: 'GM0014' }],
  ['leadTimes.ageing', { scheme: 'VES', area: 'rand' }],
  ['objections.summary', undefined],
  ['objections.weekly', { year: 2025 }],
  ['meta.info', undefined],
  ['publications.list', undefined],
];
/** Every open dataset, some with parameters; each is fetched as CSV and as JSON. */
const OPEN_DATA = [
  'applications-per-scheme',
  'progress-weekly?year=2025',
  'progress-weekly?year=2024&municipality=GM1979',
  'lead-times-cohorts?year=2024&scheme=HIN',
  'lead-times-weekly?year=2025&basis=net',
  'related-cases-weekly?year=2025',
  'open-work-by-age?scheme=VHV',
  'lead-times-realized?basis=net',
  'objections-weekly?year=2025',
  'objections-backlog',
];
/** Columns that are not counts of cases (dates, codes, shares, days, goals). */
const NOT_COUNTS =
  /^(as_of|week|week_start|scheme|scheme_name_nl|month|age|kind|basis|stage|median_days|share_within_182_days|p\d+_days|weekly_target|decided_by_day_\d+)$/;

/** Every PublicCount-shaped value in a response, and every key name. */
function inspect(value: unknown, counts: Count[], keys: Set<string>) {
  if (Array.isArray(value)) for (const v of value) inspect(v, counts, keys);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('suppressed' in record && 'value' in record) counts.push(record as Count);
    for (const [k, v] of Object.entries(record)) {
      keys.add(k);
      inspect(v, counts, keys);
    }
  }
}

describe.each([
  { applications: 300, seed: 1 },
  { applications: 1_500, seed: 2 },
  { applications: 4_000, seed: 3 },
])(
  'public outputs on $applications generated applications (seed $seed)',
  ({ applications, seed }) => {
    let database: TestDatabase;
    let server: Server;
    let base: string;
    beforeAll(async () => {
      database = await createTestDatabase('pglite');
      await generateAndLoad(database.handle, { applications, seed });
      server = createApiServer({ db: database.handle });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
      await database.drop();
    });

    it('covers every public procedure and every open dataset', () => {
      expect(new Set(PUBLIC_CALLS.map(([path]) => path))).toEqual(
        new Set(PUBLIC_QUERIES.map((q) => q.path)),
      );
      expect(new Set(OPEN_DATA.map((p) => p.split('?')[0]))).toEqual(
        new Set(DATASETS.map((d) => d.id)),
      );
    });

    const neverSmall = async () => {
      let checked = 0;
      for (const [path, input] of PUBLIC_CALLS) {
        const query =
          input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
        const response = await fetch(`${base}/trpc/${path}${query}`);
        expect(response.status, path).toBe(200);
        const counts: Count[] = [];
        const keys = new Set<string>();
        inspect(await response.json(), counts, keys);
        for (const c of counts)
          expect(c.value === null || c.value === 0 || c.value >= 10, `${path}: ${c.value}`).toBe(
            true,
          );
        for (const c of counts) expect(c.suppressed).toBe(c.value === null);
        // A hidden count says why: 1 to 9, or hidden to protect another (any size).
        for (const c of counts)
          if (c.suppressed) expect(['small', 'complementary'], path).toContain(c.reason);
        expect(
          [...keys].some((k) => /contractor/i.test(k)),
          path,
        ).toBe(false);
        checked += counts.length;
      }
      for (const path of OPEN_DATA) {
        const [id, q] = path.split('?');
        const dataset = DATASETS.find((d) => d.id === id)!;
        const countColumns = dataset.columns.map((c) => c.name).filter((n) => !NOT_COUNTS.test(n));
        const csv = await (await fetch(`${base}/open-data/${id}.csv${q ? `?${q}` : ''}`)).text();
        const [header, ...lines] = csv.trimEnd().split('\n');
        const names = header!.split(',');
        for (const line of lines) {
          const cells = line.split(',');
          for (const column of countColumns) {
            const cell = cells[names.indexOf(column)]!;
            expect(
              cell === '<10' || cell === 'x' || cell === '0' || Number(cell) >= 10,
              `${id}.${column}: ${cell}`,
            ).toBe(true);
            checked++;
          }
        }
        const json = (await (
          await fetch(`${base}/open-data/${id}.json${q ? `?${q}` : ''}`)
        ).json()) as { rows: Record<string, unknown>[] };
        expect(json.rows.length, id).toBe(lines.length);
        for (const row of json.rows)
          for (const column of countColumns) {
            const cell = row[column];
            expect(
              cell === '<10' ||
                cell === 'x' ||
                cell === 0 ||
                (typeof cell === 'number' && cell >= 10),
              `${id}.json ${column}: ${String(cell)}`,
            ).toBe(true);
          }
      }
      expect(checked).toBeGreaterThan(100);
    };

    it('never shows a count from 1 to 9, nor a contractor', neverSmall);

    it('never shows a count from 1 to 9, nor a contractor, in a published week', async () => {
      await publishWeek(database.handle, '2026-W47', { who: 'test' });
      // The answer cache trusts the data's fingerprint for a second.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const list = (await (await fetch(`${base}/trpc/publications.list`)).json()) as {
        result: { data: { current: { week: string } } };
      };
      expect(list.result.data.current.week).toBe('2026-W47');
      await neverSmall();
    }, 120_000);

    it('refuses management procedures to anonymous callers', async () => {
      for (const path of [
        'objections.deadlines',
        'contractors.continuity',
        'contractors.forecast',
        'outreach.perMunicipality',
        'outreach.addresses',
      ]) {
        expect((await fetch(`${base}/trpc/${path}`)).status).toBe(401);
      }
    });
  },
);
