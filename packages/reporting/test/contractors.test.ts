import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
  seedReference,
} from '@img-groningen/db/testing';
import { createCaller } from '../src/index';

const AS_OF = '2026-06-30';
const daysBefore = (days: number) =>
  new Date(Date.parse(`${AS_OF}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

async function seed(db: TestDatabase) {
  const q = db.handle.query.bind(db.handle);
  await seedReference(db.handle, { place: 'groningen' });
  await q(
    `insert into applications (id, scheme_code, object_id, applicant_kind, received_on, status) values (1, 'HEA', 1, 'natuurlijk_persoon', '2025-01-01', 'herstel_gestart')`,
  );
  await q(
    `insert into contractors (id, name, kvk_number, city, admitted_on, weekly_capacity_hours) values (1, 'Snel B.V.', '10000001', 'Groningen', '2024-10-07', 80), (2, 'Vol B.V.', '10000002', 'Groningen', '2024-10-07', 40), (3, 'Stil B.V.', '10000003', 'Groningen', '2024-10-07', 40), (4, 'Leeg B.V.', '10000004', 'Groningen', '2024-10-07', 40)`,
  );
  let id = 0;
  const job = (contractor: number, assigned: string, hours: number, completed: string | null) =>
    q(
      `insert into repair_jobs (id, contractor_id, application_id, assigned_on, planned_start, estimated_hours, completed_on) values ($1, $2, 1, $3, $3, $4, $5)`,
      [++id, contractor, assigned, hours, completed],
    );
  // Contractor 1: 130 hours completed in the last 13 weeks, 100 hours still open, all assigned in one week.
  await job(1, daysBefore(50), 130, daysBefore(20));
  await job(1, daysBefore(50), 100, null);
  // Contractor 2: 26 hours completed lately, 520 open, assigned evenly: 20 hours in each of 26 weeks.
  await job(2, daysBefore(200), 26, daysBefore(10));
  for (let w = 0; w < 26; w++) await job(2, daysBefore(w * 7 + 1), 20, null);
  // Contractor 3: work open, nothing completed lately.
  await job(3, daysBefore(400), 50, null);
  // Contractor 4: nothing left and nothing completed lately (one job finished long ago).
  await job(4, daysBefore(500), 40, daysBefore(300));
  // A repair application received in the last 13 weeks, without a job yet.
  await q(
    `insert into applications (id, scheme_code, object_id, applicant_kind, received_on, status) values (2, 'HIN', 1, 'natuurlijk_persoon', $1, 'ontvangen')`,
    [daysBefore(30)],
  );
}

describe.each(DRIVERS)('contractors.continuity on %s', (driver) => {
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

  const manager = () =>
    createCaller({ db: database.handle, user: { subject: 'test', roles: ['img-management'] } });

  it.skipIf(skip)(
    'gives months of committed work, the flag below 6 months and the swing',
    async () => {
      const { contractors, market } = await manager().contractors.continuity({ asOf: AS_OF });
      const [c1, c2, c3, c4] = contractors;
      // 130 h / 13 weeks × 52/12 = 43.3 h a month; 100 h open → 2.3 months: flagged.
      expect(c1).toMatchObject({
        remainingHours: 100,
        monthlyCompletedHours: 43.3,
        monthsOfWork: 2.3,
        belowSixMonths: true,
      });
      // Everything in one of 26 weeks: the coefficient of variation is √25 = 5.
      expect(c1!.swing).toBe(5);
      // 26 h / 13 × 52/12 = 8.7 h a month; 520 h open → 60 months; an even flow has no swing.
      expect(c2).toMatchObject({
        remainingHours: 520,
        monthlyCompletedHours: 8.7,
        monthsOfWork: 60,
        belowSixMonths: false,
        swing: 0,
      });
      expect(c3).toMatchObject({
        remainingHours: 50,
        monthsOfWork: null,
        belowSixMonths: false,
        swing: null,
      });
      // No work left at all is 0 months and flagged, not "unknown".
      expect(c4).toMatchObject({ remainingHours: 0, monthsOfWork: 0, belowSixMonths: true });
      expect(market).toMatchObject({ contractors: 4, flagged: 2, remainingHours: 670 });
    },
  );

  it.skipIf(skip)('is for management only', async () => {
    await expect(
      createCaller({ db: database.handle }).contractors.continuity({ asOf: AS_OF }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(
      createCaller({
        db: database.handle,
        user: { subject: 'x', roles: ['img-public'] },
      }).contractors.continuity(),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.skipIf(skip)(
    'forecasts 26 weeks of demand from the open jobs against the capacity',
    async () => {
      const { weeks, assumptions, overCapacityWeeks } = await manager().contractors.forecast({
        asOf: AS_OF,
      });
      expect(weeks).toHaveLength(26);
      // Open: 100 h (three crew-weeks), 26 × 20 h (one week each), 50 h (two weeks), all started.
      expect(weeks.slice(0, 4).map((w) => w.committedHours)).toEqual([578, 58, 33, 0]);
      expect(assumptions).toMatchObject({
        unassigned: 1,
        weeklyIntake: 0.1,
        weeklyCapacity: 200, // 80 + 40 + 40 + 40
      });
      // Nothing in the conversion window (applications from 15 to 3 months ago): no pipeline.
      expect(assumptions.conversion).toBe(0);
      expect(weeks[0]!.utilisation).toBeCloseTo((100 / 3 + 520 + 25) / 200, 3);
      expect(overCapacityWeeks).toBe(1);
      await expect(
        createCaller({ db: database.handle }).contractors.forecast(),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    },
  );

  it.skipIf(skip)(
    'computes the figures once per data set and again after any change to the data',
    async () => {
      const first = await manager().contractors.continuity({ asOf: AS_OF });
      const forecast = await manager().contractors.forecast({ asOf: AS_OF });
      // Kept: the same answer, not a recomputation.
      expect(await manager().contractors.continuity({ asOf: AS_OF })).toBe(first);
      expect(await manager().contractors.forecast({ asOf: AS_OF })).toBe(forecast);
      // A job added by hand, outside any import: the next answer counts it.
      await database.handle.query(
        `insert into repair_jobs (id, contractor_id, application_id, assigned_on, planned_start, estimated_hours, completed_on) values (999, 3, 1, $1, $1, 30, null)`,
        [daysBefore(5)],
      );
      try {
        const after = await manager().contractors.continuity({ asOf: AS_OF });
        expect(after).not.toBe(first);
        expect(after.contractors[2]!.remainingHours).toBe(
          first.contractors[2]!.remainingHours + 30,
        );
        const forecastAfter = await manager().contractors.forecast({ asOf: AS_OF });
        expect(forecastAfter.weeks[0]!.committedHours).toBe(forecast.weeks[0]!.committedHours + 30);
      } finally {
        await database.handle.query('delete from repair_jobs where id = 999');
      }
      expect(
        (await manager().contractors.continuity({ asOf: AS_OF })).contractors[2]!.remainingHours,
      ).toBe(first.contractors[2]!.remainingHours);
    },
  );
});
