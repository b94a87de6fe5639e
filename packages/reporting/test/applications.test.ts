import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import { createCaller } from '../src/index';

describe.each(DRIVERS)('applications.perScheme on %s', (driver) => {
  const skip = driver === 'postgres' && !serverUrl();
  let database: TestDatabase;

  beforeAll(async () => {
    if (skip) return;
    database = await createTestDatabase(driver);
    await generateAndLoad(database.handle, { applications: 4_000, seed: 2 });
  });
  afterAll(async () => {
    await database?.drop();
  });

  it.skipIf(skip)(
    'counts received, decided and open applications per scheme from the database',
    async () => {
      const caller = createCaller({ db: database.handle });
      const result = await caller.applications.perScheme();
      expect(result.dataAsOf).toBe('2026-11-22');
      expect(result.asOf).toBe('2026-11-22');
      const direct = await database.handle.query<{ scheme_code: string; n: number; d: number }>(
        `select scheme_code, count(*)::int as n, count(decided_on)::int as d from applications group by scheme_code`,
      );
      for (const row of direct) {
        const scheme = result.schemes.find((s) => s.scheme === row.scheme_code)!;
        // A published count is the true count rounded to 5; a hidden one is hidden for a reason:
        // below 10 itself, or hiding another small count (complementary suppression).
        if (row.n < 10)
          expect(scheme.received).toEqual({ value: null, suppressed: true, reason: 'small' });
        if (!scheme.received.suppressed)
          expect(Math.abs(scheme.received.value! - row.n)).toBeLessThanOrEqual(2);
        if (!scheme.decided.suppressed)
          expect(Math.abs(scheme.decided.value! - row.d)).toBeLessThanOrEqual(2);
        // A large count hidden to protect another says so: never "<10".
        if (scheme.decided.suppressed && row.d >= 10)
          expect(scheme.decided.reason).toBe('complementary');
      }
      expect(result.schemes).toHaveLength(10);
      const [all] = await database.handle.query<{ n: number }>(
        `select count(*)::int as n from applications`,
      );
      expect(Math.abs(result.totals.received.value! - all!.n)).toBeLessThanOrEqual(2);
    },
  );

  it.skipIf(skip)('computes the figures as of an earlier date', async () => {
    const caller = createCaller({ db: database.handle });
    const before = await caller.applications.perScheme({ asOf: '2020-12-31' });
    const avv = before.schemes.find((s) => s.scheme === 'AVV')!;
    expect(avv.received).toEqual({ value: 0, suppressed: false });
    const [row] = await database.handle.query<{ n: number }>(
      `select count(*)::int as n from applications where scheme_code = 'MAATWERK' and received_on <= '2020-12-31'`,
    );
    const maatwerk = before.schemes.find((s) => s.scheme === 'MAATWERK')!;
    expect(Math.abs(maatwerk.received.value! - row!.n)).toBeLessThanOrEqual(2);
  });

  it.skipIf(skip)('never publishes a count between 1 and 9', async () => {
    const caller = createCaller({ db: database.handle });
    for (const asOf of ['2018-03-25', '2020-03-08', '2024-02-11', '2026-07-12']) {
      const { schemes } = await caller.applications.perScheme({ asOf });
      for (const s of schemes) {
        for (const count of [s.received, s.decided, s.withdrawn, s.open]) {
          expect(count.value === null || count.value === 0 || count.value >= 10).toBe(true);
        }
        // A hidden count can never be recovered from the published row: never exactly one hidden.
        if (!s.received.suppressed)
          expect([s.decided, s.withdrawn, s.open].filter((c) => c.suppressed).length).not.toBe(1);
      }
    }
  });

  it.skipIf(skip)(
    'gives the same figures from the weekly rollup as from the daily one',
    async () => {
      const caller = createCaller({ db: database.handle });
      const [later] = await database.handle.query<{ n: number }>(
        `select count(*)::int as n from status_events where registered_on > '2026-11-22' or event_date > '2026-11-22'`,
      );
      // Nothing happens after the data's date, so the next day (read from the daily rollup)
      // must give what the data's own date (read from the weekly rollup) gives.
      expect(later!.n).toBe(0);
      const fromWeekly = await caller.applications.perScheme();
      const fromDaily = await caller.applications.perScheme({ asOf: '2026-11-23' });
      expect(fromWeekly.asOf).toBe('2026-11-22');
      expect(fromWeekly.totals.received.value).toBeGreaterThan(0);
      expect(fromWeekly.schemes).toEqual(fromDaily.schemes);
      expect(fromWeekly.totals).toEqual(fromDaily.totals);
    },
  );

  it.skipIf(skip)('rejects a bad date naming the field', async () => {
    const caller = createCaller({ db: database.handle });
    const error = await caller.applications
      .perScheme({ asOf: '2024-02-30' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('BAD_REQUEST');
    await expect(caller.applications.perScheme({ asOf: '2024-13-01' })).rejects.toThrow(/asOf/);
  });
});
