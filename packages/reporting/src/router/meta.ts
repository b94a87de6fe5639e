/** What the data are: schemes, municipalities, the "as of" date, and how each figure is computed. */
import { readAsOf } from '../as-of';
import { METHODOLOGY } from '../methodology';
import { publicProcedure, router } from '../trpc';
import { published } from '../publication/served';

export const metaRouter = router({
  info: publicProcedure.query(
    published(async ({ ctx }) => {
      const { dataAsOf } = await readAsOf(ctx);
      const schemes = await ctx.db.query<{
        code: string;
        name_nl: string;
        name_en: string;
        opened_on: string;
        closed_on: string | null;
        objection_term_weeks: number;
      }>(
        `select code, name_nl, name_en, opened_on::text as opened_on, closed_on::text as closed_on, objection_term_weeks from schemes order by opened_on, code`,
      );
      const municipalities = await ctx.db.query<{
        code: string;
        name: string;
        province: string;
        valid_to: string | null;
        merged_into: string | null;
      }>(
        `select code, name, province, valid_to::text as valid_to, merged_into from municipalities order by province, name`,
      );
      return {
        dataAsOf,
        schemes: schemes.map((s) => ({
          code: s.code,
          nameNl: s.name_nl,
          nameEn: s.name_en,
          openedOn: s.opened_on,
          closedOn: s.closed_on,
          objectionTermWeeks: s.objection_term_weeks,
        })),
        municipalities: municipalities.map((m) => ({
          code: m.code,
          name: m.name,
          province: m.province,
          validTo: m.valid_to,
          mergedInto: m.merged_into,
        })),
        methodology: METHODOLOGY,
      };
    }),
  ),
});
