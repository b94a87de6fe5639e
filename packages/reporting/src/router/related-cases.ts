/**
 * Cases beside the applications that the progress figures count too (public): reports of an
 * acutely unsafe situation (AOS), shared with the NCG, and joint cases with the NCG where damage
 * and strengthening meet at one object (samenloop). Per ISO week: reported or started, resolved
 * or closed, and open at the week's end.
 */
import { z } from 'zod';
import { readAsOf } from '../as-of';
import { isoDate } from '../schemas';
import { publicProcedure, router } from '../trpc';
import { published } from '../publication/served';
import { toWeeks, weeklySpansByKind } from '../weekly-spans';

export const relatedCasesRouter = router({
  /** AOS reports (all, and those judged acutely unsafe) and samenloop cases per ISO week of a year. */
  weekly: publicProcedure
    .input(
      z.object({ year: z.number().int().min(2018).max(2100), asOf: isoDate.optional() }).strict(),
    )
    .query(
      published(async ({ ctx, input }) => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
        const spans = await weeklySpansByKind(
          ctx.db,
          ['aos_reports', 'acutely_unsafe', 'samenloop'],
          { asOf, year: input.year, onDataDate: asOf === dataAsOf },
        );
        return {
          asOf,
          year: input.year,
          aosReports: toWeeks(spans.aos_reports),
          acutelyUnsafe: toWeeks(spans.acutely_unsafe),
          samenloop: toWeeks(spans.samenloop),
        };
      }),
    ),
});
