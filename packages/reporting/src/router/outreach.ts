/**
 * Outreach (management): per municipality the addresses that never applied by the as-of date,
 * by what their location would give them (VES-5a effect area, VES-5c 6 km zone), and a page of
 * those addresses for one municipality. The classification is computed once per data set and
 * date (a few seconds at 1,000,000 applications), each answer once per data set and input.
 */
import { z } from 'zod';
import type { DatabaseHandle } from '@img-groningen/db';
import { perDataSet, questionOf } from '../per-data-set';
import { readAsOf } from '../as-of';
import { isoDate, municipalityCode } from '../schemas';
import { managementProcedure, router } from '../trpc';
import {
  classifyAddresses,
  outreachCounts,
  type LocationVerdict,
  type OutreachCounts,
  type OutreachObject,
  type OutreachQuake,
} from '../outreach';

interface Computed {
  counts: OutreachCounts[];
  /** Per municipality the ids of the addresses that may qualify by location, with their verdict. */
  candidates: Map<string, { id: number; verdict: LocationVerdict; baselineSurvey: boolean }[]>;
}

async function compute(db: DatabaseHandle, asOf: string): Promise<Computed> {
  const objects = await db.query<OutreachObject>(
    `select o.id, o.x_rd as x, o.y_rd as y, o.construction_year as "constructionYear", o.municipality_code as "municipalityCode"
       from objects o
      where not exists (select 1 from applications a where a.object_id = o.id and a.received_on <= $1::date)
      order by o.id`,
    [asOf],
  );
  const quakes = await db.query<OutreachQuake>(
    `select id, occurred_at::text as "occurredAt", place, magnitude_ml as ml, depth_km as "depthKm", x_rd as x, y_rd as y, field
       from quakes where (occurred_at at time zone 'Europe/Amsterdam')::date <= $1::date`,
    [asOf],
  );
  const classified = classifyAddresses(objects, quakes);
  const candidates: Computed['candidates'] = new Map();
  for (const { object, verdict, baselineSurvey } of classified) {
    if (verdict === 'outside') continue;
    const list = candidates.get(object.municipalityCode) ?? [];
    list.push({ id: object.id, verdict, baselineSurvey });
    candidates.set(object.municipalityCode, list);
  }
  const counts = outreachCounts(classified);
  return { counts, candidates };
}

const outreachOf = (db: DatabaseHandle, asOf: string): Promise<Computed> =>
  perDataSet(db, `outreach|${asOf}`, () => compute(db, asOf));

export const outreachRouter = router({
  perMunicipality: managementProcedure
    .input(
      z
        .object({ asOf: isoDate.optional(), municipality: municipalityCode.optional() })
        .strict()
        .optional(),
    )
    .query(({ ctx, input, path }) =>
      perDataSet(ctx.db, questionOf(path, input), async () => {
        const { asOf } = await readAsOf(ctx, input?.asOf);
        const { counts } = await outreachOf(ctx.db, asOf);
        const names = new Map(
          (
            await ctx.db.query<{ code: string; name: string }>(
              'select code, name from municipalities',
            )
          ).map((m) => [m.code, m.name]),
        );
        const rows = counts
          .filter((c) => !input?.municipality || c.municipalityCode === input.municipality)
          .map((c) => ({ ...c, name: names.get(c.municipalityCode) ?? c.municipalityCode }));
        const total = (k: keyof Omit<OutreachCounts, 'municipalityCode'>) =>
          rows.reduce((s, r) => s + r[k], 0);
        return {
          asOf,
          municipalities: rows,
          totals: {
            neverApplied: total('neverApplied'),
            effectArea: total('effectArea'),
            sixKmZone: total('sixKmZone'),
            baselineSurvey: total('baselineSurvey'),
            outside: total('outside'),
          },
        };
      }),
    ),

  /** A page of the addresses of one municipality that never applied and may qualify by location. */
  addresses: managementProcedure
    .input(
      z
        .object({
          municipality: municipalityCode,
          verdict: z.enum(['VES-5a', 'VES-5c']).optional(),
          asOf: isoDate.optional(),
          limit: z.number().int().min(1).max(500).default(100),
          offset: z.number().int().min(0).default(0),
        })
        .strict(),
    )
    .query(({ ctx, input, path }) =>
      perDataSet(ctx.db, questionOf(path, input), async () => {
        const { asOf } = await readAsOf(ctx, input.asOf);
        const { candidates } = await outreachOf(ctx.db, asOf);
        const all = (candidates.get(input.municipality) ?? []).filter(
          (c) => !input.verdict || c.verdict === input.verdict,
        );
        const page = all.slice(input.offset, input.offset + input.limit);
        const rows = await ctx.db.query<{
          id: number;
          street: string;
          house_number: number;
          postcode: string;
          city: string;
          construction_year: number;
        }>(
          `select id, street, house_number, postcode, city, construction_year from objects where id = any($1::int[])`,
          [page.map((c) => c.id)],
        );
        const byId = new Map(rows.map((r) => [r.id, r]));
        return {
          asOf,
          municipality: input.municipality,
          total: all.length,
          addresses: page.map((c) => {
            const o = byId.get(c.id)!;
            return {
              objectId: c.id,
              street: o.street,
              houseNumber: o.house_number,
              postcode: o.postcode,
              city: o.city,
              constructionYear: o.construction_year,
              verdict: c.verdict,
              baselineSurvey: c.baselineSurvey,
            };
          }),
        };
      }),
    ),
});
