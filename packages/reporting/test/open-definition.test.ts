/**
 * One definition of "open" (received, neither decided nor withdrawn, as known on the date): the
 * per-scheme table, the week-end stock of the weekly progress and the total of the ageing agree
 * for every scheme, area and municipality on every date, on both paths (the rollups of the data's
 * own date and the recomputation for any other), and equal a direct count from the raw tables
 * written here independently of the package's SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndLoad } from '@img-groningen/db';
import {
  DRIVERS,
  createTestDatabase,
  serverUrl,
  type TestDatabase,
} from '@img-groningen/db/testing';
import { SCHEME_CODES } from '@img-groningen/db/schema';
import { createCaller, publicCount, type PublicCount } from '../src/index';
import { isoWeekOf } from '../src/publication/iso-week';

/** Sundays across the span, and the data's own date (a Sunday: the rollup path). */
const DATES = ['2020-03-01', '2023-06-25', '2025-09-28', '2026-11-22'];

/** Open cases per scheme, area and municipality on a date: each case's last receipt, decision, revocation or withdrawal known then. */
const DIRECT = `
  with last_event as (
    select distinct on (e.application_id) e.application_id, e.to_status
      from status_events e
     where e.event_date <= $1::date and e.registered_on <= $1::date
       and e.to_status in ('ontvangen', 'besluit', 'besluit_herroepen', 'ingetrokken')
     order by e.application_id, e.event_date desc, e.id desc)
  select a.scheme_code, o.area, o.municipality_code, count(*)::int as n
    from last_event l join applications a on a.id = l.application_id join objects o on o.id = a.object_id
   where l.to_status in ('ontvangen', 'besluit_herroepen')
   group by 1, 2, 3`;

interface Direct {
  scheme_code: string;
  area: string;
  municipality_code: string;
  n: number;
}

describe.each(DRIVERS.flatMap((driver) => [7, 11].map((seed) => [driver, seed] as const)))(
  'the one definition of open on %s, seed %i',
  (driver, seed) => {
    const skip = driver === 'postgres' && !serverUrl();
    let database: TestDatabase;
    beforeAll(async () => {
      if (skip) return;
      database = await createTestDatabase(driver);
      await generateAndLoad(database.handle, { applications: 6_000, seed });
    });
    afterAll(async () => {
      await database?.drop();
    });

    it.skipIf(skip)(
      'per scheme, weekly stock and ageing agree with a direct count for every scheme, area, municipality and date',
      async () => {
        const api = createCaller({ db: database.handle });
        const municipalities = (
          await database.handle.query<{ code: string }>(
            `select municipality_code as code from objects group by 1 order by count(*) desc, 1 limit 2`,
          )
        ).map((r) => r.code);
        let compared = 0;
        /**
         * A published count says what the direct count says: the same rounded value, or "<10" for
         * fewer than 10 (a zero too, beside hidden counts: ADR 0004).
         */
        const agrees = (label: string, shown: PublicCount, direct: number) => {
          if (shown.suppressed) {
            if (shown.reason === 'small') expect(direct, label).toBeLessThan(10);
            return;
          }
          expect(shown.value, label).toBe(publicCount(direct).value);
          compared++;
        };
        for (const asOf of DATES) {
          const direct = await database.handle.query<Direct>(DIRECT, [asOf]);
          const count = (f: (r: Direct) => boolean) =>
            direct.filter(f).reduce((sum, r) => sum + r.n, 0);
          const week = isoWeekOf(asOf);
          const year = Number(week.slice(0, 4));
          const stockOf = async (input: Record<string, string>) => {
            const { series } = await api.progress.weekly({ year, asOf, ...input });
            return series[0]?.weeks.find((w) => w.week === week)?.stock ?? publicCount(0);
          };
          const perScheme = await api.applications.perScheme({ asOf });
          for (const municipality of [undefined, ...municipalities]) {
            const table = municipality
              ? await api.applications.perScheme({ asOf, municipality })
              : perScheme;
            const place = (r: Direct) => !municipality || r.municipality_code === municipality;
            agrees(`${asOf} ${municipality ?? 'all'} total`, table.totals.open, count(place));
            for (const scheme of SCHEME_CODES) {
              const here = (r: Direct) => place(r) && r.scheme_code === scheme;
              const label = `${asOf} ${municipality ?? 'all'} ${scheme}`;
              const n = count(here);
              agrees(`${label} perScheme`, table.schemes.find((s) => s.scheme === scheme)!.open, n);
              const filter = { scheme, ...(municipality ? { municipality } : {}) };
              agrees(`${label} stock`, await stockOf(filter), n);
              agrees(`${label} ageing`, (await api.leadTimes.ageing({ asOf, ...filter })).total, n);
            }
          }
          for (const area of ['kern', 'rand'] as const) {
            for (const scheme of SCHEME_CODES) {
              const n = count((r) => r.scheme_code === scheme && r.area === area);
              const label = `${asOf} ${area} ${scheme}`;
              agrees(`${label} stock`, await stockOf({ scheme, area }), n);
              agrees(
                `${label} ageing`,
                (await api.leadTimes.ageing({ asOf, scheme, area })).total,
                n,
              );
            }
          }
        }
        expect(compared).toBeGreaterThan(200);
      },
      300_000,
    );
  },
);
