import { z } from 'zod';
import { protectTable, type PublicCount } from '../disclosure';
import { publicProcedure, router } from '../trpc';
import { published } from '../publication/served';
import { isoDate, municipalityCode } from '../schemas';
import { readAsOf } from '../as-of';
import { flowsAsOf } from '../flows';

export interface SchemeCount {
  scheme: string;
  nameNl: string;
  nameEn: string;
  received: PublicCount;
  decided: PublicCount;
  open: PublicCount;
}

export interface ApplicationsPerScheme {
  /** The date the figures describe (received and decided on or before it). */
  asOf: string;
  /** The data set's own "as of" date. */
  dataAsOf: string | null;
  schemes: SchemeCount[];
  /** Totals over all schemes, protected together with the cells. */
  totals: { received: PublicCount; decided: PublicCount; open: PublicCount };
}

export const applicationsRouter = router({
  /** Applications per scheme: received, decided and open as of a date. */
  perScheme: publicProcedure
    .input(
      z
        .object({ asOf: isoDate.optional(), municipality: municipalityCode.optional() })
        .strict()
        .optional(),
    )
    .query(
      published(async ({ ctx, input }): Promise<ApplicationsPerScheme> => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input?.asOf);
        const rows = await ctx.db.query<{
          code: string;
          name_nl: string;
          name_en: string;
          received: number;
          decided: number;
        }>(
          // received = the receipts, decided = decisions minus revocations, as registered by the date
          // (the same "as known then" as every other figure): on the data's own date from the weekly
          // rollup (a few thousand rows), on any other from the daily one.
          `select s.code, s.name_nl, s.name_en,
                coalesce(sum(f.inflow), 0)::int as received,
                coalesce(sum(f.outflow) - sum(f.reopened), 0)::int as decided
           from schemes s
           left join (${flowsAsOf(asOf === dataAsOf)}) f on f.scheme_code = s.code
          group by s.code, s.name_nl, s.name_en
          order by received desc, s.code`,
          [asOf, input?.municipality ?? null],
        );
        // One table: per scheme the decided and the open cases, with received as the row total, so
        // that no hidden count can be recovered from the published ones.
        const table = protectTable(rows.map((r) => [r.decided, r.received - r.decided]));
        return {
          asOf,
          dataAsOf,
          schemes: rows.map((r, i) => ({
            scheme: r.code,
            nameNl: r.name_nl,
            nameEn: r.name_en,
            received: table.rowTotals[i]!,
            decided: table.cells[i]![0]!,
            open: table.cells[i]![1]!,
          })),
          totals: {
            received: table.grandTotal,
            decided: table.columnTotals[0]!,
            open: table.columnTotals[1]!,
          },
        };
      }),
    ),
});
