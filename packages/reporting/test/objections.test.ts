import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
  seedReference,
} from '@img-groningen/db/testing';
import { createCaller } from '../src/index';
import { openObjections } from '../src/objections';

async function seed(db: TestDatabase) {
  const q = db.handle.query.bind(db.handle);
  await seedReference(db.handle, { place: 'groningen' });
  await q(
    `insert into applications (id, scheme_code, object_id, applicant_kind, received_on, decided_on, outcome, amount_cents, status) values (1, 'WDW', 1, 'natuurlijk_persoon', '2025-10-01', '2026-01-12', 'toegekend', 500000, 'besluit'), (2, 'MAATWERK', 1, 'natuurlijk_persoon', '2025-06-01', '2026-01-12', 'afgewezen', 0, 'besluit')`,
  );
  const objection = (
    id: number,
    app: number,
    received: string,
    committee: boolean,
    extension: number,
    suspension: number,
    hearing: string | null,
  ) =>
    q(
      `insert into objections (id, application_id, decision_date, received_on, advisory_committee, extension_weeks, suspension_days, hearing_on, grounds) values ($1, $2, '2026-01-12', $3, $4, $5, $6, $7, '{hoogte_vergoeding}')`,
      [id, app, received, committee, extension, suspension, hearing],
    );
  await objection(1, 1, '2026-02-01', false, 0, 0, null); // WDW: 6 + 6 weeks → 2026-04-07 (6 April is Tweede Paasdag)
  await objection(2, 1, '2026-02-01', true, 0, 0, '2026-03-20'); // committee: 6 + 12 weeks → 2026-05-18
  await objection(3, 2, '2026-02-01', false, 6, 10, null); // physical damage: 12 + 6 + 6 weeks + 10 days
}

describe.each(DRIVERS)('objections on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await seed(database);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)(
    'computes each open objection’s deadline with suspension, extension and public holidays',
    async () => {
      const open = await openObjections({ db: database.handle }, '2026-04-01');
      expect(open.map((o) => [o.id, o.due, o.status, o.stage])).toEqual([
        [1, '2026-04-07', 'at-risk', 'intake'],
        [2, '2026-05-18', 'on-time', 'hearing'],
        // Filing ends 2026-04-07; + 12 weeks = 2026-06-30, + 10 days suspension = 2026-07-10.
        [3, '2026-07-10', 'on-time', 'intake'],
      ]);
      const later = await openObjections({ db: database.handle }, '2026-04-30');
      expect(later.find((o) => o.id === 1)).toMatchObject({ status: 'overdue', daysLeft: -23 });
      // TERM-5 bound: notice on 2026-04-07, penalty from 2026-04-22: 9 days × EUR 23.
      expect(later.find((o) => o.id === 1)!.penaltyExposureCents).toBe(9 * 2_300);
    },
  );
});

describe.each(DRIVERS)('objections.summary on generated data (%s)', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await generateAndLoad(database.handle, { applications: 20_000, seed: 4 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)(
    'counts objections in, out and open per ISO week, as counted directly',
    async () => {
      const { weeks } = await createCaller({ db: database.handle }).objections.weekly({
        year: 2024,
      });
      expect(weeks.map((w) => w.week).slice(0, 2)).toEqual(['2024-W01', '2024-W02']);
      expect(weeks).toHaveLength(52);
      // Weekly receipts are small here (hidden or rounded); the open count at a week's end is not.
      for (const [week, end] of [
        ['2024-W26', '2024-06-30'],
        ['2024-W52', '2024-12-29'],
      ] as const) {
        const [direct] = await database.handle.query<{ open: number }>(
          `select count(*)::int as open from objections
            where received_on <= $1::date and (decided_on is null or decided_on > $1::date)`,
          [end],
        );
        const published = weeks.find((w) => w.week === week)!;
        expect(direct!.open, week).toBeGreaterThanOrEqual(10);
        expect(Math.abs(published.open.value! - direct!.open), week).toBeLessThanOrEqual(2);
      }
      expect(weeks.some((w) => w.opened.suppressed)).toBe(true);
    },
  );

  it.skipIf(skip)(
    'publishes the backlog, deadlines, rates, outcomes and grounds without small counts',
    async () => {
      const summary = await createCaller({ db: database.handle }).objections.summary();
      const counts = [
        ...summary.backlog.stages.flatMap((s) => [...s.byAge.map((a) => a.open), s.total]),
        summary.backlog.total,
        summary.deadlines.onTime,
        summary.deadlines.atRisk,
        summary.deadlines.overdue,
        ...summary.perScheme.map((s) => s.objections),
        ...summary.outcomes.map((o) => o.count),
        ...summary.grounds.map((g) => g.count),
      ];
      for (const c of counts) expect(c.value === null || c.value === 0 || c.value >= 10).toBe(true);
      const [open] = await database.handle.query<{ n: number }>(
        `select count(*)::int as n from objections where decided_on is null or decided_on > '2026-11-22'`,
      );
      expect(Math.abs(summary.backlog.total.value! - open!.n)).toBeLessThanOrEqual(2);
      const maatwerk = summary.perScheme.find((s) => s.scheme === 'MAATWERK')!;
      expect(maatwerk.rate).toBeGreaterThan(0.01);
      expect(maatwerk.rate).toBeLessThan(0.08);
      const [direct] = await database.handle.query<{ objections: number; decisions: number }>(
        `select (select count(*)::int from objections o join applications a on a.id = o.application_id
                  where a.scheme_code = 'MAATWERK') as objections,
                (select (count(*) filter (where to_status = 'besluit') - count(*) filter (where to_status = 'besluit_herroepen'))::int
                   from status_events e join applications a on a.id = e.application_id where a.scheme_code = 'MAATWERK') as decisions`,
      );
      expect(Math.abs(maatwerk.objections.value! - direct!.objections)).toBeLessThanOrEqual(2);
      expect(maatwerk.rate).toBeCloseTo(direct!.objections / direct!.decisions, 3);
      expect(summary.grounds[0]!.ground).toBeTruthy();
    },
  );
});
