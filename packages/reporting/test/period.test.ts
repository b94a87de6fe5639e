/**
 * The period view and Little's law on hand-made data with known answers: twelve cases decided in
 * 2025-W10 after 48 to 59 days, one of them paused for 20 days before its decision (and once more
 * after it, which does not count), and twenty cases still open.
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
  // Case i is received on 6 January + i days and decided on Thursday 6 March: 59 − i days.
  for (let i = 0; i < 12; i++) {
    await application(i + 1, day('2025-01-06', i));
    await event(i + 1, day('2025-01-06', i), null, 'ontvangen');
  }
  await event(1, '2025-01-10', 'ontvangen', 'aangehouden');
  await event(1, '2025-01-30', 'aangehouden', 'in_behandeling');
  for (let i = 0; i < 12; i++) {
    await event(i + 1, '2025-03-06', i === 0 ? 'in_behandeling' : 'ontvangen', 'besluit');
  }
  await event(1, '2025-03-07', 'besluit', 'aangehouden');
  // Twenty cases received on 3 February, still open.
  for (let id = 100; id < 120; id++) {
    await application(id, '2025-02-03');
    await event(id, '2025-02-03', null, 'ontvangen');
  }
  // Five VES cases decided in 2025-W11: too few for percentiles.
  for (let id = 200; id < 205; id++) {
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
    expect(result.weeks).toHaveLength(1);
    const [w10] = result.weeks;
    expect(w10).toMatchObject({ week: '2025-W10', weekStart: '2025-03-03' });
    expect(w10!.decisions).toEqual({ value: 10, suppressed: false }); // 12, rounded to 5
    // 48…59 days: the 6th, 10th and 12th of 12 sorted values.
    expect([w10!.p50Days, w10!.p80Days, w10!.p95Days]).toEqual([53, 57, 59]);
  });

  it.skipIf(skip)('takes out the days paused before the decision on the net basis', async () => {
    const api = createCaller({ db: database.handle });
    const { weeks } = await api.leadTimes.weekly({ year: 2025, scheme: 'MAATWERK', basis: 'net' });
    // Case 1: 59 − 20 paused = 39; the pause after its decision does not count.
    expect([weeks[0]!.p50Days, weeks[0]!.p80Days, weeks[0]!.p95Days]).toEqual([52, 56, 58]);
    const gross = await api.leadTimes.realized({ scheme: 'MAATWERK' });
    const net = await api.leadTimes.realized({ scheme: 'MAATWERK', basis: 'net' });
    expect(gross.medianDays).toBe(53.5);
    expect(net.medianDays).toBe(52.5);
  });

  it.skipIf(skip)(
    'hides percentiles and the count of a week with fewer than 10 decisions',
    async () => {
      const api = createCaller({ db: database.handle });
      const ves = await api.leadTimes.weekly({ year: 2025, scheme: 'VES' });
      expect(ves.weeks).toEqual([
        {
          week: '2025-W11',
          weekStart: '2025-03-10',
          decisions: { value: null, suppressed: true },
          p50Days: null,
          p80Days: null,
          p95Days: null,
        },
      ]);
      // As of a date before W11's decisions, the week is not there at all.
      expect(
        (await api.leadTimes.weekly({ year: 2025, scheme: 'VES', asOf: '2025-03-09' })).weeks,
      ).toEqual([]);
    },
  );

  it.skipIf(skip)("expects the lead time by Little's law, with its caveat", async () => {
    const result = await createCaller({ db: database.handle }).leadTimes.expected({
      scheme: 'MAATWERK',
    });
    // 20 open; 12 decisions in 13 weeks: 20 / (12 / 13) weeks = 151.7 days.
    expect(result.openStock).toEqual({ value: 20, suppressed: false });
    expect(result.expectedDays).toBe(152);
    expect(result.growing).toBe(true); // 32 received, 12 decided
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
