/**
 * The weekly publications (public): which weeks have been published, in which versions, when,
 * by whom and why a restatement was made. Always read live: this is the index of the snapshots.
 */
import { z } from 'zod';
import { listPublications } from '../publication/publish';
import { isoWeek } from '../publication/selection';
import { publicProcedure, router } from '../trpc';

export const publicationsRouter = router({
  /** Every published version, newest week and version first; `current` is what the public is served. */
  list: publicProcedure
    .input(z.object({ week: isoWeek.optional() }).strict().optional())
    .query(async ({ ctx, input }) => {
      const all = await listPublications(ctx.db, input?.week);
      const rows = all.map((p) => ({
        week: p.week,
        version: p.version,
        asOf: p.asOf,
        publishedAt: p.publishedAt,
        who: p.who,
        restatement: p.version > 1,
        reason: p.reason,
        answers: p.answers,
        checksum: p.checksum,
      }));
      const current = input?.week ? null : (rows[0] ?? null);
      return { current, publications: rows };
    }),
});
