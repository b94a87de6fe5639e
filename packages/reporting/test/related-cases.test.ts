/**
 * AOS reports and samenloop cases per week: on hand-made data with known answers (twelve reports
 * in 2025-W02, two judged not acutely unsafe, eleven resolved in W03; an open samenloop case), and
 * on generated data against direct counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad, rebuildRollups } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
  seedReference,
} from '@img-groningen/db/testing';
import { createCaller } from '../src/index';

async function seed(db: TestDatabase) {
  const q = db.handle.query.bind(db.handle);
  await seedReference(db.handle, { place: 'eemsdelta', asOf: '2025-01-22' });
  for (let id = 1; id <= 12; id++) {
    // Reported Monday 6 January; all but one resolved on Wednesday 15 January (W03).
    await q(
      `insert into aos_reports (id, object_id, reported_on, valid, resolved_on, shared_with_ncg) values ($1, 1, '2025-01-06', $2, $3, true)`,
      [id, id > 2, id === 12 ? null : '2025-01-15'],
    );
  }
  await q(
    `insert into samenloop_cases (id, object_id, started_on, ncg_reference) values (1, 1, '2025-01-07', 'NCG-1')`,
  );
  await rebuildRollups(db.handle);
}

describe.each(DRIVERS)('relatedCases.weekly on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let small: TestDatabase;
  let generated: TestDatabase;
  beforeAll(async () => {
    if (skip) return;
    small = await createTestDatabase(driver);
    await seed(small);
    generated = await createTestDatabase(driver);
    await generateAndLoad(generated.handle, { applications: 6_000, seed: 5 });
  });
  afterAll(async () => {
    await small?.drop();
    await generated?.drop();
  });

  it.skipIf(skip)('counts reports, resolutions and the open ones per week', async () => {
    const result = await createCaller({ db: small.handle }).relatedCases.weekly({ year: 2025 });
    // Weeks up to the as-of date only: W01 to W04.
    expect(result.aosReports.map((w) => w.week)).toEqual([
      '2025-W01',
      '2025-W02',
      '2025-W03',
      '2025-W04',
    ]);
    const w = (weeks: typeof result.aosReports, week: string) =>
      weeks.find((x) => x.week === week)!;
    expect(w(result.aosReports, '2025-W02').opened).toEqual({ value: 10, suppressed: false }); // 12
    expect(w(result.aosReports, '2025-W02').open).toEqual({ value: 10, suppressed: false }); // 12
    expect(w(result.aosReports, '2025-W03').closed).toEqual({ value: 10, suppressed: false }); // 11
    expect(w(result.aosReports, '2025-W03').open).toEqual({
      value: null,
      suppressed: true,
      reason: 'small',
    }); // 1
    // Ten judged really acutely unsafe: exactly at the threshold.
    expect(w(result.acutelyUnsafe, '2025-W02').opened).toEqual({ value: 10, suppressed: false });
    expect(w(result.samenloop, '2025-W02').opened.suppressed).toBe(true);
  });

  it.skipIf(skip)('matches direct counts on generated data', async () => {
    const api = createCaller({ db: generated.handle });
    const year = 2025;
    const result = await api.relatedCases.weekly({ year });
    expect(result.aosReports.length).toBeGreaterThanOrEqual(52);
    const [direct] = await generated.handle.query<{ reported: number; open: number }>(
      `select count(*) filter (where reported_on >= '2024-12-30' and reported_on < '2025-12-29')::int as reported,
              count(*) filter (where reported_on < '2025-12-29' and (resolved_on is null or resolved_on >= '2025-12-29'))::int as open
         from aos_reports`,
    );
    // Unsuppressed weeks sum to at most the total; rounding to 5 moves each by at most 2.
    const shown = result.aosReports.filter((x) => !x.opened.suppressed);
    const sum = shown.reduce((s, x) => s + x.opened.value!, 0);
    expect(sum).toBeLessThanOrEqual(direct!.reported + 2 * shown.length);
    expect(direct!.reported).toBeGreaterThan(0);
    const last = result.aosReports.find((x) => x.week === '2025-W52')!;
    if (direct!.open >= 10)
      expect(Math.abs(last.open.value! - direct!.open)).toBeLessThanOrEqual(2);
    else expect(last.open.suppressed || last.open.value === 0).toBe(true);
  });

  it.skipIf(skip)(
    'gives the same weeks from the rollup as counted on the tables, objections too',
    async () => {
      const api = createCaller({ db: generated.handle });
      // Nothing happens after the data's date (a Sunday): the day after is the same question,
      // counted on the tables; it only adds the new week, in which nothing happened yet.
      const upTo = <T>(fast: T[], slow: T[]) => slow.slice(0, fast.length);
      for (const year of [2023, 2026]) {
        const fast = await api.relatedCases.weekly({ year });
        const slow = await api.relatedCases.weekly({ year, asOf: '2026-11-23' });
        expect(fast.aosReports.length).toBeGreaterThan(0);
        expect(fast.aosReports, `${year}`).toEqual(upTo(fast.aosReports, slow.aosReports));
        expect(fast.acutelyUnsafe, `${year}`).toEqual(upTo(fast.acutelyUnsafe, slow.acutelyUnsafe));
        expect(fast.samenloop, `${year}`).toEqual(upTo(fast.samenloop, slow.samenloop));
        const objections = (await api.objections.weekly({ year })).weeks;
        expect(objections).toEqual(
          upTo(objections, (await api.objections.weekly({ year, asOf: '2026-11-23' })).weeks),
        );
      }
      // The small hand-made set: both ways too, as of a date within it.
      const small2 = createCaller({ db: small.handle });
      expect((await small2.relatedCases.weekly({ year: 2025 })).aosReports).toEqual(
        (await small2.relatedCases.weekly({ year: 2025, asOf: '2025-01-23' })).aosReports.slice(
          0,
          4,
        ),
      );
    },
  );
});
