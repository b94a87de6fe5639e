/**
 * The period view and Little's law on hand-made data with known answers: two hundred cases decided
 * in 2025-W10 after 35 to 59 days (eight of each), the eight of 59 days paused for 30 days before
 * their decision (and once more after it, which does not count), and twenty-two cases still open.
 * A percentile is published only with at least 10 cases on either side of it, judged on the
 * published count: "200" may stand for 198, so MAATWERK's p95 is not shown; 250 WDW cases show one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRollups } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
  seedReference,
} from '@img-groningen/db/testing';
import { createCaller } from '../src/index';

const day = (iso: string, plus: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

async function seed(db: TestDatabase) {
  const q = db.handle.query.bind(db.handle);
  await seedReference(db.handle, { place: 'eemsdelta', asOf: '2025-03-16' });
  let eventId = 0;
  const event = (app: number, date: string, from: string | null, to: string) =>
    q(
      `insert into status_events (id, application_id, event_date, registered_on, from_status, to_status) values ($1, $2, $3, $3, $4, $5)`,
      [++eventId, app, date, from, to],
    );
  const application = (id: number, received: string) =>
    q(
      `insert into applications (id, scheme_code, object_id, applicant_kind, received_on, status) values ($1, 'MAATWERK', 1, 'natuurlijk_persoon', $2, 'ontvangen')`,
      [id, received],
    );
  // Case i is received on 6 January + (i mod 25) days and decided on Thursday 6 March: 59 − (i mod 25) days.
  for (let i = 0; i < 200; i++) {
    await application(i + 1, day('2025-01-06', i % 25));
    await event(i + 1, day('2025-01-06', i % 25), null, 'ontvangen');
  }
  const paused = (i: number) => i % 25 === 0;
  for (let i = 0; i < 200; i++) {
    if (!paused(i)) continue;
    await event(i + 1, '2025-01-10', 'ontvangen', 'aangehouden');
    await event(i + 1, '2025-02-09', 'aangehouden', 'in_behandeling');
  }
  for (let i = 0; i < 200; i++) {
    await event(i + 1, '2025-03-06', paused(i) ? 'in_behandeling' : 'ontvangen', 'besluit');
  }
  await event(1, '2025-03-07', 'besluit', 'aangehouden');
  // Twenty-two cases received on 3 February, still open.
  for (let id = 1000; id < 1022; id++) {
    await application(id, '2025-02-03');
    await event(id, '2025-02-03', null, 'ontvangen');
  }
  // 250 WDW cases decided in 2025-W10 after 35 to 59 days (ten of each): published "250", at
  // least 248, enough for a p95 (205 and up).
  for (let i = 0; i < 250; i++) {
    await q(
      `insert into applications (id, scheme_code, object_id, applicant_kind, received_on, status) values ($1, 'WDW', 1, 'natuurlijk_persoon', $2, 'ontvangen')`,
      [3000 + i, day('2025-01-06', i % 25)],
    );
    await event(3000 + i, day('2025-01-06', i % 25), null, 'ontvangen');
    await event(3000 + i, '2025-03-06', 'ontvangen', 'besluit');
  }
  // Five VES cases decided in 2025-W11: too few for percentiles.
  for (let id = 2000; id < 2005; id++) {
    await q(
      `insert into applications (id, scheme_code, object_id, applicant_kind, received_on, status) values ($1, 'VES', 1, 'natuurlijk_persoon', '2025-02-10', 'ontvangen')`,
      [id],
    );
    await event(id, '2025-02-10', null, 'ontvangen');
    await event(id, '2025-03-12', 'ontvangen', 'besluit');
  }
  await rebuildRollups(db.handle);
}

describe.each(DRIVERS)('leadTimes.weekly and leadTimes.expected on %s', (driver) => {
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

  it.skipIf(skip)('gives p50/p80/p95 of the cases decided in a week, gross', async () => {
    const result = await createCaller({ db: database.handle }).leadTimes.weekly({
      year: 2025,
      scheme: 'MAATWERK',
    });
    expect(result.basis).toBe('gross');
    // Every ISO week of the year up to the data's date (2025-03-16), W10 the only one with decisions.
    expect(result.weeks.map((w) => w.week)).toEqual(
      Array.from({ length: 11 }, (_, i) => `2025-W${String(i + 1).padStart(2, '0')}`),
    );
    const w10 = result.weeks.find((w) => w.week === '2025-W10');
    expect(w10).toMatchObject({ week: '2025-W10', weekStart: '2025-03-03' });
    expect(w10!.decisions).toEqual({ value: 200, suppressed: false });
    // 35…59 days, eight of each: percentile_disc takes the first value with cume_dist >= p. The
    // p95 needs 200 decisions, and "200" may stand for 198: not shown (disclosure.ts).
    expect([w10!.p50Days, w10!.p80Days, w10!.p95Days]).toEqual([47, 54, null]);
    for (const w of result.weeks.filter((x) => x.week !== '2025-W10'))
      expect(w).toMatchObject({ decisions: { value: 0, suppressed: false }, p50Days: null });
  });

  it.skipIf(skip)('gives the p95 from a published count of 205 and up', async () => {
    const { weeks } = await createCaller({ db: database.handle }).leadTimes.weekly({
      year: 2025,
      scheme: 'WDW',
    });
    const w10 = weeks.find((w) => w.week === '2025-W10')!;
    expect(w10.decisions).toEqual({ value: 250, suppressed: false });
    // 35…59 days, ten of each: the first value with cume_dist >= 0.5, 0.8, 0.95.
    expect([w10.p50Days, w10.p80Days, w10.p95Days]).toEqual([47, 54, 58]);
  });

  it.skipIf(skip)('takes out the days paused before the decision on the net basis', async () => {
    const api = createCaller({ db: database.handle });
    const { weeks } = await api.leadTimes.weekly({ year: 2025, scheme: 'MAATWERK', basis: 'net' });
    const w10 = weeks.find((w) => w.week === '2025-W10')!;
    // The eight of 59 days were paused 30 days: 29 net; the pause after a decision does not count.
    expect([w10.p50Days, w10.p80Days, w10.p95Days]).toEqual([46, 53, null]);
    const gross = await api.leadTimes.realized({ scheme: 'MAATWERK' });
    const net = await api.leadTimes.realized({ scheme: 'MAATWERK', basis: 'net' });
    expect(gross.medianDays).toBe(47);
    expect(net.medianDays).toBe(46);
  });

  it.skipIf(skip)(
    'publishes a percentile only with at least 10 decisions on either side',
    async () => {
      const api = createCaller({ db: database.handle });
      // The realized view of VES (5 decisions) has neither a median nor a share.
      const ves = await api.leadTimes.realized({ scheme: 'VES' });
      expect(ves).toMatchObject({ medianDays: null, shareWithinTarget: null });
      expect(ves.decisions).toEqual({ value: null, suppressed: true, reason: 'small' });
      // All 200 MAATWERK decisions were within 182 days: the share 1 implies 200 and 0, both safe.
      expect((await api.leadTimes.realized({ scheme: 'MAATWERK' })).shareWithinTarget).toBe(1);
    },
  );

  it.skipIf(skip)(
    'hides percentiles and the count of a week with fewer than 10 decisions',
    async () => {
      const api = createCaller({ db: database.handle });
      const ves = await api.leadTimes.weekly({ year: 2025, scheme: 'VES' });
      expect(ves.weeks.find((w) => w.week === '2025-W11')).toEqual({
        week: '2025-W11',
        weekStart: '2025-03-10',
        decisions: { value: null, suppressed: true, reason: 'small' },
        p50Days: null,
        p80Days: null,
        p95Days: null,
      });
      // As of a date before W11's decisions, the series ends with W10 and has no decisions.
      const before = await api.leadTimes.weekly({ year: 2025, scheme: 'VES', asOf: '2025-03-09' });
      expect(before.weeks.at(-1)!.week).toBe('2025-W10');
      expect(before.weeks.every((w) => w.decisions.value === 0)).toBe(true);
    },
  );

  it.skipIf(skip)("expects the lead time by Little's law, with its caveat", async () => {
    const result = await createCaller({ db: database.handle }).leadTimes.expected({
      scheme: 'MAATWERK',
    });
    // From the published counts: 22 open is published as 20, 200 decisions in 13 weeks as 200:
    // 20 / (200 / 13) weeks = 9.1 days (the exact 22 would give 10).
    expect(result.openStock).toEqual({ value: 20, suppressed: false });
    expect(result.weeklyOutflow).toBe(15.4);
    expect(result.expectedDays).toBe(9);
    expect(result.growing).toBe(true); // 222 received (published 220) against 200 × 1.05
    expect(result.caveat.en).toMatch(/Little/);
    expect(result.caveat.nl).toMatch(/Little/);
    // The day after the data's date is the same question, answered from the daily rollup.
    const later = await createCaller({ db: database.handle }).leadTimes.expected({
      scheme: 'MAATWERK',
      asOf: '2025-03-17',
    });
    expect({ ...later, asOf: result.asOf }).toEqual(result);
  });
});
