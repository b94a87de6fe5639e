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
import { toWeeks, weeklySpansOf, type SpanRow } from '../weekly-spans';

export const relatedCasesRouter = router({
  /** AOS reports (judged real ones; all reports as `reports`) and samenloop cases per ISO week of a year. */
  weekly: publicProcedure
    .input(
      z.object({ year: z.number().int().min(2018).max(2100), asOf: isoDate.optional() }).strict(),
    )
    .query(async ({ ctx, input }) => {
      const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
      const onDataDate = asOf === dataAsOf;
      const params = [asOf, String(input.year)];
      const [reports, aos, samenloop] = await Promise.all([
        ctx.db.query<SpanRow>(weeklySpansOf('aos_reports', onDataDate), params),
        ctx.db.query<SpanRow>(weeklySpansOf('acutely_unsafe', onDataDate), params),
        ctx.db.query<SpanRow>(weeklySpansOf('samenloop', onDataDate), params),
      ]);
      return {
        asOf,
        year: input.year,
        aosReports: toWeeks(reports),
        acutelyUnsafe: toWeeks(aos),
        samenloop: toWeeks(samenloop),
      };
    }),
});
