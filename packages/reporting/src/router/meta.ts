/** What the data are: schemes, municipalities, the "as of" date, and how each figure is computed. */
import { readAsOf } from '../as-of';
import { METHODOLOGY } from '../methodology';
import { publicProcedure, router } from '../trpc';
import { published } from '../publication/served';

/** Quakes from this local magnitude up are marked on the time charts. */
export const ANNOTATED_QUAKE_MAGNITUDE = 2.5;
/**
 * Since 2023 an applicant may ask for the handling to be paused (aanhouden). The sources name
 * the year, not the day: the first of January is assumed (as the generator does).
 */
export const PAUSE_OPTION_FROM = '2023-01-01';

export interface ChartEvent {
  date: string;
  kind: 'quake' | 'scheme-opened' | 'pause-option';
  place: string | null;
  magnitude: number | null;
  scheme: string | null;
}

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
      // Moments to mark on time charts: felt quakes, scheme openings, the option to pause.
      const quakes = await ctx.db.query<{ date: string; place: string; magnitude: number }>(
        `select to_char(occurred_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as date, place,
                magnitude_ml as magnitude
           from quakes where magnitude_ml >= $1 order by occurred_at`,
        [ANNOTATED_QUAKE_MAGNITUDE],
      );
      const events: ChartEvent[] = [
        ...quakes.map((q) => ({
          date: q.date,
          kind: 'quake' as const,
          place: q.place,
          magnitude: q.magnitude,
          scheme: null,
        })),
        ...schemes.map((s) => ({
          date: s.opened_on,
          kind: 'scheme-opened' as const,
          place: null,
          magnitude: null,
          scheme: s.code,
        })),
        {
          date: PAUSE_OPTION_FROM,
          kind: 'pause-option',
          place: null,
          magnitude: null,
          scheme: null,
        },
      ];
      events.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
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
        events,
      };
    }),
  ),
});
