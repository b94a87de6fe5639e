import { z } from 'zod';
import type { PublicCount } from '../disclosure';
import { publicProcedure, router } from '../trpc';
import { published } from '../publication/served';
import { isoDate, municipalityCode } from '../schemas';
import { readAsOf } from '../as-of';
import { schemeCounts } from '../scheme-counts';
import { stockZeroHidden } from './progress';

export interface SchemeCount {
  scheme: string;
  nameNl: string;
  nameEn: string;
  received: PublicCount;
  /** Decided and not revoked. */
  decided: PublicCount;
  /** Withdrawn before a decision. */
  withdrawn: PublicCount;
  /** Received, neither decided nor withdrawn (the one definition of "open"). */
  open: PublicCount;
}

export interface ApplicationsPerScheme {
  /** The date the figures describe (received and decided on or before it). */
  asOf: string;
  /** The data set's own "as of" date. */
  dataAsOf: string | null;
  schemes: SchemeCount[];
  /** Totals over all schemes, protected together with the cells. */
  totals: {
    received: PublicCount;
    decided: PublicCount;
    withdrawn: PublicCount;
    open: PublicCount;
  };
}

export const applicationsRouter = router({
  /** Applications per scheme: received, decided, withdrawn and open as of a date (received = decided + withdrawn + open). */
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
        const municipality = input?.municipality ?? null;
        const counts = await schemeCounts(ctx.db, {
          asOf,
          onDataDate: asOf === dataAsOf,
          municipality,
          zeroHidden: () => stockZeroHidden(ctx, { asOf, dataAsOf, place: [municipality, null] }),
        });
        return {
          asOf,
          dataAsOf,
          schemes: counts.rows.map((r, i) => ({
            scheme: r.code,
            nameNl: r.name_nl,
            nameEn: r.name_en,
            ...counts.schemes[i]!,
          })),
          totals: counts.totals,
        };
      }),
    ),
});
