/**
 * Weekly progress per scheme (public): inflow, outflow (decisions), reopened (revoked decisions),
 * withdrawals, the stock of open cases and the paused stock at the end of each ISO week.
 *
 * Counted on the event date, among events registered by the "as of" date. A revoked decision
 * keeps its outflow in the week it was decided and comes back as "reopened" in the week of the
 * revocation, so a week's figures do not change when something happens later.
 */
import { z } from 'zod';
import { readAsOf } from '../as-of';
import { isoDate, municipalityCode } from '../schemas';
import { AREA_KINDS, SCHEME_CODES } from '@img-groningen/db/schema';
import { protectTable, publicCount, type PublicCount } from '../disclosure';
import { publicProcedure, router } from '../trpc';
import { published } from '../publication/served';
import { weeksOfYear } from '../publication/iso-week';

export interface WeekRow {
  inflow: number;
  outflow: number;
  reopened: number;
  withdrawn: number;
  paused: number;
  resumed: number;
}

export interface ProgressWeek {
  /** ISO week, e.g. 2025-W03. */
  week: string;
  /** Monday of the week. */
  weekStart: string;
  inflow: PublicCount;
  outflow: PublicCount;
  reopened: PublicCount;
  withdrawn: PublicCount;
  /** Open cases at the end of the week (received, not decided or withdrawn). */
  stock: PublicCount;
  /** Of those, paused (aangehouden) at the end of the week. */
  pausedStock: PublicCount;
  /** Receipts and decisions from the scheme's first week up to and including this one. */
  cumulativeInflow: PublicCount;
  cumulativeOutflow: PublicCount;
}

export interface ProgressSeries {
  scheme: string | 'ALL';
  /** The scheme's weekly capacity goal (AVV-2: 1,000 a week), to compare the outflow with; null without one. */
  weeklyTarget: number | null;
  weeks: ProgressWeek[];
}

interface RawWeek extends WeekRow {
  week: string;
  week_start: string;
  scheme_code: string;
}

interface StockWeek extends RawWeek {
  stock: number;
  paused_stock: number;
  cumulative_inflow: number;
  cumulative_outflow: number;
}

const FLOWS = ['inflow', 'outflow', 'reopened', 'withdrawn'] as const;

function emptyWeek(week: string, week_start: string, scheme_code: string): RawWeek {
  return {
    week,
    week_start,
    scheme_code,
    inflow: 0,
    outflow: 0,
    reopened: 0,
    withdrawn: 0,
    paused: 0,
    resumed: 0,
  };
}

/**
 * Publishes weeks × schemes: each flow measure as one protected table (with totals), the stocks
 * as public counts. Every ISO week of the span is listed, a week without events as explicit
 * zeros (its stock carried from the week before), whichever rollup the rows come from.
 */
function toSeries(
  rows: StockWeek[],
  targets: Map<string, number | null>,
  span: readonly { week: string; weekStart: string }[],
): ProgressSeries[] {
  const schemes = [...new Set(rows.map((r) => r.scheme_code))].sort();
  const byKey = new Map(rows.map((r) => [`${r.week}|${r.scheme_code}`, r]));
  // A week without a row: no flows, and the stocks as at the end of the week before.
  const filled = new Map<string, StockWeek>();
  for (const code of schemes) {
    let previous: StockWeek | undefined;
    for (const { week, weekStart } of span) {
      const row: StockWeek = byKey.get(`${week}|${code}`) ?? {
        ...emptyWeek(week, weekStart, code),
        stock: previous?.stock ?? 0,
        paused_stock: previous?.paused_stock ?? 0,
        cumulative_inflow: previous?.cumulative_inflow ?? 0,
        cumulative_outflow: previous?.cumulative_outflow ?? 0,
      };
      filled.set(`${week}|${code}`, row);
      previous = row;
    }
  }
  const cell = (week: string, code: string) => filled.get(`${week}|${code}`)!;
  const protectedFlows = Object.fromEntries(
    FLOWS.map((measure) => [
      measure,
      protectTable(span.map(({ week }) => schemes.map((code) => cell(week, code)[measure]))),
    ]),
  ) as Record<(typeof FLOWS)[number], ReturnType<typeof protectTable>>;
  return schemes.map((code, j) => ({
    scheme: code,
    weeklyTarget: targets.get(code) ?? null,
    weeks: span.map(({ week, weekStart }, i) => {
      const row = cell(week, code);
      return {
        week,
        weekStart,
        inflow: protectedFlows.inflow.cells[i]![j]!,
        outflow: protectedFlows.outflow.cells[i]![j]!,
        reopened: protectedFlows.reopened.cells[i]![j]!,
        withdrawn: protectedFlows.withdrawn.cells[i]![j]!,
        stock: publicCount(Math.max(0, row.stock)),
        pausedStock: publicCount(Math.max(0, row.paused_stock)),
        cumulativeInflow: publicCount(row.cumulative_inflow),
        cumulativeOutflow: publicCount(row.cumulative_outflow),
      };
    }),
  }));
}

const Input = z
  .object({
    year: z.number().int().min(2018).max(2100),
    scheme: z.enum(SCHEME_CODES).optional(),
    municipality: municipalityCode.optional(),
    area: z.enum(AREA_KINDS).optional(),
    asOf: isoDate.optional(),
  })
  .strict();

/** The municipality and area filters, as SQL over a rollup aliased `f` with parameters $m and $a. */
const where = (m: number, a: number) =>
  `($${m}::text is null or f.municipality_code = $${m}) and ($${a}::text is null or f.area = $${a})`;

/** Sums over the daily rollup (one row per event day, registration day, scheme, municipality). */
const SUMS = `sum(f.inflow)::int as inflow, sum(f.outflow)::int as outflow, sum(f.reopened)::int as reopened,
  sum(f.withdrawn)::int as withdrawn, sum(f.paused)::int as paused, sum(f.resumed)::int as resumed`;

export const progressRouter = router({
  /** Per ISO week of a year, per scheme (or one scheme), with the stock at each week's end. */
  weekly: publicProcedure.input(Input).query(
    published(
      async ({ ctx, input }): Promise<{ asOf: string; year: number; series: ProgressSeries[] }> => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
        const span = weeksOfYear(input.year, asOf);
        const scheme = input.scheme ?? null;
        const place = [input.municipality ?? null, input.area ?? null];
        const targets = new Map(
          (
            await ctx.db.query<{ code: string; weekly_capacity: number | null }>(
              'select code, weekly_capacity from schemes',
            )
          ).map((r) => [r.code, r.weekly_capacity]),
        );
        // On the data's own date the weekly rollup has it all, stocks included; any other date
        // is recomputed from the daily rollup with its registration dates.
        if (asOf === dataAsOf) {
          const rows = await ctx.db.query<StockWeek>(
            `select to_char(week_start, 'IYYY-"W"IW') as week, to_char(week_start, 'YYYY-MM-DD') as week_start, scheme_code,
                    ${SUMS}, sum(f.stock)::int as stock, sum(f.paused_stock)::int as paused_stock,
                    sum(f.cumulative_inflow)::int as cumulative_inflow, sum(f.cumulative_outflow)::int as cumulative_outflow
               from weekly_flows f
              where week_start >= to_date($1::text || '-1-1', 'IYYY-IW-ID') and week_start < to_date(($1::int + 1)::text || '-1-1', 'IYYY-IW-ID')
                and ($2::text is null or scheme_code = $2) and ${where(3, 4)}
              group by week_start, scheme_code
              order by week_start, scheme_code`,
            [String(input.year), scheme, ...place],
          );
          return { asOf, year: input.year, series: toSeries(rows, targets, span) };
        }
        const opening = await ctx.db.query<WeekRow & { scheme_code: string }>(
          `select f.scheme_code, ${SUMS}
             from daily_flows f
            where f.registered_on <= $1::date and f.event_date < to_date($2::text || '-1-1', 'IYYY-IW-ID')
              and ($3::text is null or f.scheme_code = $3) and ${where(4, 5)}
            group by f.scheme_code`,
          [asOf, String(input.year), scheme, ...place],
        );
        const weeks = await ctx.db.query<RawWeek>(
          `select to_char(f.event_date, 'IYYY-"W"IW') as week,
                  to_char(date_trunc('week', f.event_date), 'YYYY-MM-DD') as week_start,
                  f.scheme_code, ${SUMS}
             from daily_flows f
            where f.registered_on <= $1::date and f.event_date <= $1::date
              and f.event_date >= to_date($2::text || '-1-1', 'IYYY-IW-ID')
              and f.event_date < to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID')
              and ($3::text is null or f.scheme_code = $3) and ${where(4, 5)}
            group by 1, 2, 3
            order by 1, 3`,
          [asOf, String(input.year), scheme, ...place],
        );
        // Running stocks per scheme over every week of the span, from the opening stock.
        const schemes = [
          ...new Set([...opening.map((r) => r.scheme_code), ...weeks.map((r) => r.scheme_code)]),
        ].sort();
        const weekOf = new Map(weeks.map((r) => [`${r.week}|${r.scheme_code}`, r]));
        const withStock: StockWeek[] = schemes.flatMap((code) => {
          const start = opening.find((r) => r.scheme_code === code);
          let stock = start ? start.inflow - start.outflow + start.reopened - start.withdrawn : 0;
          let paused = start ? start.paused - start.resumed : 0;
          let cumulativeInflow = start?.inflow ?? 0;
          let cumulativeOutflow = start?.outflow ?? 0;
          return span.map(({ week, weekStart }) => {
            const w = weekOf.get(`${week}|${code}`);
            if (w) {
              stock += w.inflow - w.outflow + w.reopened - w.withdrawn;
              paused += w.paused - w.resumed;
              cumulativeInflow += w.inflow;
              cumulativeOutflow += w.outflow;
            }
            return {
              ...(w ?? emptyWeek(week, weekStart, code)),
              stock,
              paused_stock: paused,
              cumulative_inflow: cumulativeInflow,
              cumulative_outflow: cumulativeOutflow,
            };
          });
        });
        const series = toSeries(withStock, targets, span);
        return { asOf, year: input.year, series };
      },
    ),
  ),
});
