/**
 * Lead times (doorlooptijden), public: the cohort view (Kaplan–Meier per intake month, open
 * cases censored), the IMG's "realized lead time" (median of the last 2,500 decisions with the
 * share within 182 days, TERM-3), the period view (p50/p80/p95 of the cases decided in each ISO
 * week), the expected lead time by Little's law with its caveat, and the ageing of open work.
 * Lead time runs from receipt to the first decision; `basis: 'net'` takes out the days the case
 * was paused (aangehouden) at the applicant's request, which the IMG's term does not count.
 */
import { z } from 'zod';
import { addDays } from '@img-groningen/statutory-terms';
import type { DatabaseHandle } from '@img-groningen/db';
import { AREA_KINDS, SCHEME_CODES, isOpenOn } from '@img-groningen/db/schema';
import {
  percentileShown,
  hideZerosBeside,
  protectTable,
  publicCount,
  publicShares,
  zeroHiddenIf,
  type PublicCount,
} from '../disclosure';
import { kaplanMeier } from '../kaplan-meier';
import { memoized, publicProcedure, router } from '../trpc';
import { published } from '../publication/served';
import { weeksOfYear } from '../publication/iso-week';
import { schemeFacts, stockZeroHidden } from './progress';
import { readAsOf } from '../as-of';
import { isoDate, municipalityCode } from '../schemas';

/** TERM-3: the IMG's target for physical-damage reports, in days. */
export const DECISION_TARGET_DAYS = 182;
/** The IMG's published realized lead time is taken over the last 2,500 decisions. */
export const REALIZED_WINDOW = 2_500;
export const COHORT_MILESTONES = [91, 182, 365] as const;
export const AGEING_BUCKETS = [
  { label: '0-91', from: 0, to: 91 },
  { label: '92-182', from: 92, to: 182 },
  { label: '183-365', from: 183, to: 365 },
  { label: '1-2y', from: 366, to: 730 },
  { label: '>2y', from: 731, to: Number.MAX_SAFE_INTEGER },
] as const;

const Scheme = z.enum(SCHEME_CODES);
/** Gross: receipt to decision. Net: without the days the case was paused (aangehouden). */
const Basis = z.enum(['gross', 'net']).default('gross');
const leadDays = (basis: 'gross' | 'net') =>
  basis === 'net'
    ? '(f.decided_on - f.received_on - f.paused_days)'
    : '(f.decided_on - f.received_on)';
/** The period view's percentiles. */
export const PERIOD_PERCENTILES = [0.5, 0.8, 0.95] as const;
/** Little's law is taken over this many weeks before the as-of date. */
export const LITTLE_WINDOW_WEEKS = 13;

/** First decision per application, as known on the as-of date (from the first_decisions rollup). */
const FIRST_DECISION = `select application_id, decided_on as decided
  from first_decisions
 where registered_on <= $1::date and decided_on <= $1::date`;
/** The withdrawal date per application, as known on the as-of date. */
const WITHDRAWN = `select application_id, min(event_date) as withdrawn_on from status_events
 where to_status = 'ingetrokken' and registered_on <= $1::date and event_date <= $1::date group by 1`;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const LITTLE_CAVEAT = {
  nl: 'Een verwachting volgens de wet van Little (voorraad gedeeld door de gemiddelde wekelijkse uitstroom over 13 weken). Die klopt alleen als instroom en uitstroom ongeveer gelijk blijven; groeit de voorraad, dan duurt het in werkelijkheid langer. Het is geen toezegging voor een afzonderlijke aanvraag.',
  en: "An expectation by Little's law (the stock divided by the average weekly outflow over 13 weeks). It holds only while intake and outflow stay about equal; when the stock grows, cases take longer in reality. It is no promise for any single application.",
} as const;

export interface CohortMonth {
  month: string;
  cases: PublicCount;
  /** Share decided by day 91, 182 and 365 (Kaplan–Meier); null when too few cases or not yet observable. */
  decidedBy: Record<(typeof COHORT_MILESTONES)[number], number | null>;
  /** Median lead time in days; null when too few cases or fewer than half decided. */
  medianDays: number | null;
}

interface WeekPercentiles {
  week: string;
  week_start: string;
  scheme_code: string;
  n: number;
  p50: number;
  p80: number;
  p95: number;
}

/**
 * First decisions per ISO week of a year for every scheme (a protected weeks × schemes table whose
 * row totals are all schemes), with each week's percentiles per scheme and for all schemes ('ALL').
 */
async function weeklyLeadTimes(
  db: DatabaseHandle,
  {
    asOf,
    onDataDate,
    year,
    basis,
  }: { asOf: string; onDataDate: boolean; year: number; basis: 'gross' | 'net' },
) {
  const rows = await db.query<WeekPercentiles>(
    // On the data's own date the percentiles are in a rollup (per scheme and 'ALL').
    onDataDate
      ? `select to_char(week_start, 'IYYY-"W"IW') as week, to_char(week_start, 'YYYY-MM-DD') as week_start,
                scheme_code, decisions as n, p50, p80, p95
           from weekly_lead_times
          where week_start >= to_date($2::text || '-1-1', 'IYYY-IW-ID')
            and week_start < to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID')
            and basis = $3 and $1::date is not null`
      : [`f.scheme_code`, `'ALL'`]
          .map(
            (scheme) => `select to_char(f.decided_on, 'IYYY-"W"IW') as week,
                to_char(date_trunc('week', f.decided_on), 'YYYY-MM-DD') as week_start,
                ${scheme} as scheme_code, count(*)::int as n,
                ${PERIOD_PERCENTILES.map((p) => `percentile_disc(${p}) within group (order by ${leadDays(basis)})::int as p${Math.round(p * 100)}`).join(', ')}
           from first_decisions f
          where f.decided_on >= to_date($2::text || '-1-1', 'IYYY-IW-ID')
            and f.decided_on < to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID')
            and f.decided_on <= $1::date and f.registered_on <= $1::date and $3::text is not null
          group by 1, 2, 3`,
          )
          .join(' union all '),
    [asOf, String(year), basis],
  );
  const weeks = weeksOfYear(year, asOf);
  const schemes = [...new Set(rows.map((r) => r.scheme_code).filter((c) => c !== 'ALL'))].sort();
  const percentiles = new Map(rows.map((r) => [`${r.week}|${r.scheme_code}`, r]));
  const counts = protectTable(
    weeks.map(({ week }) => schemes.map((code) => percentiles.get(`${week}|${code}`)?.n ?? 0)),
  );
  return { weeks, schemes, counts, percentiles };
}

export const leadTimesRouter = router({
  /** Per intake month of a year: Kaplan–Meier shares decided by day 91/182/365, and the median. */
  cohorts: publicProcedure
    .input(
      z
        .object({
          year: z.number().int().min(2018).max(2100),
          scheme: Scheme,
          asOf: isoDate.optional(),
        })
        .strict(),
    )
    .query(
      published(
        async ({
          ctx,
          input,
        }): Promise<{ asOf: string; scheme: string; months: CohortMonth[] }> => {
          const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
          // On the data's own date the cohort rollup holds exactly these rows; any other date
          // censors at that date and is recomputed.
          const rows = await ctx.db.query<{
            month: string;
            t: number;
            events: number;
            censored: number;
          }>(
            asOf === dataAsOf
              ? `select received_month as month, t, events, censored from cohort_lead_times
                where scheme_code = $2 and received_month >= $3::text || '-01' and received_month <= $3::text || '-12'
                  and $1::date is not null
                order by 1, 2`
              : `with first_decision as (${FIRST_DECISION}), withdrawn as (${WITHDRAWN})
         select to_char(a.received_on, 'YYYY-MM') as month,
                (coalesce(f.decided, w.withdrawn_on, $1::date) - a.received_on)::int as t,
                count(*) filter (where f.decided is not null)::int as events,
                count(*) filter (where f.decided is null)::int as censored
           from applications a
           left join first_decision f on f.application_id = a.id
           left join withdrawn w on w.application_id = a.id
          where a.scheme_code = $2 and a.received_on <= $1::date
            and a.received_on >= make_date($3::int, 1, 1) and a.received_on < make_date($3::int + 1, 1, 1)
          group by 1, 2
          order by 1, 2`,
            [asOf, input.scheme, String(input.year)],
          );
          const months = [...new Set(rows.map((r) => r.month))];
          return {
            asOf,
            scheme: input.scheme,
            months: months.map((month) => {
              const cohort = rows.filter((r) => r.month === month);
              const km = kaplanMeier(cohort);
              // A milestone is observable once the month's last intake day is that old.
              const monthEnd = new Date(
                Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0),
              )
                .toISOString()
                .slice(0, 10);
              const observed = daysBetween(monthEnd, asOf);
              const milestones = COHORT_MILESTONES.filter((t) => observed >= t);
              const decidedBy = (t: number) =>
                cohort.reduce((sum, r) => sum + (r.t <= t ? r.events : 0), 0);
              /** Still followed after day t: the risk set (decided later, or censored later). */
              const atRiskAfter = (t: number) =>
                cohort.reduce((sum, r) => sum + (r.t > t ? r.events + r.censored : 0), 0);
              // Shares only where every count they imply is 0 or at least 10 (disclosure.ts).
              const shares = publicShares(
                milestones.map(decidedBy),
                milestones.map(atRiskAfter),
                milestones.map((t) => 1 - km.at(t)),
              );
              const shown = new Map(milestones.map((t, i) => [t, shares[i]!]));
              return {
                month,
                cases: publicCount(km.n),
                decidedBy: Object.fromEntries(
                  COHORT_MILESTONES.map((t) => [t, shown.get(t) ?? null]),
                ) as CohortMonth['decidedBy'],
                // The median as a percentile: at least 10 decided by it and 10 still followed after it.
                medianDays:
                  km.median !== null && decidedBy(km.median) >= 10 && atRiskAfter(km.median) >= 10
                    ? km.median
                    : null,
              };
            }),
          };
        },
      ),
    ),

  /** The IMG's realized lead time: the median of the last 2,500 decisions and the share within 182 days. */
  realized: publicProcedure
    .input(z.object({ scheme: Scheme, basis: Basis, asOf: isoDate.optional() }).strict())
    .query(
      published(async ({ ctx, input }) => {
        const { asOf } = await readAsOf(ctx, input.asOf);
        const rows = await ctx.db.query<{ days: number }>(
          `select ${leadDays(input.basis)}::int as days
           from first_decisions f
          where f.scheme_code = $2 and f.registered_on <= $1::date and f.decided_on <= $1::date
          order by f.decided_on desc, f.application_id desc
          limit ${REALIZED_WINDOW}`,
          [asOf, input.scheme],
        );
        const days = rows.map((r) => r.days).sort((a, b) => a - b);
        const n = days.length;
        const decisions = publicCount(n);
        const median = !percentileShown(decisions, 0.5)
          ? null
          : n % 2
            ? days[(n - 1) / 2]!
            : (days[n / 2 - 1]! + days[n / 2]!) / 2;
        const within = days.filter((d) => d <= DECISION_TARGET_DAYS).length;
        return {
          asOf,
          scheme: input.scheme,
          basis: input.basis,
          decisions,
          medianDays: median,
          // Only when the decisions within and over the target are each 0 or at least 10.
          shareWithinTarget: n > 0 ? publicShares([within], [n - within], [within / n])[0]! : null,
          targetDays: DECISION_TARGET_DAYS,
        };
      }),
    ),

  /** The period view: per ISO week of a year, the cases first decided that week and their lead-time percentiles. */
  weekly: publicProcedure
    .input(
      z
        .object({
          year: z.number().int().min(2018).max(2100),
          scheme: Scheme.optional(),
          basis: Basis,
          asOf: isoDate.optional(),
        })
        .strict(),
    )
    .query(
      published(async ({ ctx, input }) => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
        // Every scheme's weeks are protected together, with all schemes as their total, whichever
        // is asked for: all schemes is the sum of the schemes, and a cell hidden in one answer
        // must not be shown in another (a batch computes the table once).
        const table = await memoized(
          ctx,
          `leadTimes.weekly|${asOf}|${input.year}|${input.basis}`,
          () =>
            weeklyLeadTimes(ctx.db, {
              asOf,
              onDataDate: asOf === dataAsOf,
              year: input.year,
              basis: input.basis,
            }),
        );
        // All schemes are the table's row totals; a scheme its column (none: no decisions).
        const j = input.scheme === undefined ? -1 : table.schemes.indexOf(input.scheme);
        const cellOf = (i: number) =>
          input.scheme === undefined
            ? table.counts.rowTotals[i]!
            : j >= 0
              ? table.counts.cells[i]![j]!
              : publicCount(0);
        // Zeros beside hidden weeks hidden too, but not those of the weeks before the scheme
        // opened (known beforehand, as in progress.weekly).
        const opened =
          input.scheme === undefined
            ? undefined
            : (await schemeFacts(ctx)).get(input.scheme)?.opened_on;
        const counts = hideZerosBeside(
          table.weeks.map((_, i) => cellOf(i)),
          (i) => opened !== undefined && addDays(table.weeks[i]!.weekStart, 6) < opened,
        );
        const key = input.scheme ?? 'ALL';
        return {
          asOf,
          year: input.year,
          scheme: key,
          basis: input.basis,
          targetDays: DECISION_TARGET_DAYS,
          weeks: table.weeks.map(({ week, weekStart }, i) => {
            const r = table.percentiles.get(`${week}|${key}`);
            // A percentile only with 10 decisions on either side, judged on the published count.
            const shown = (p: number, days: number | undefined) =>
              days !== undefined && percentileShown(counts[i]!, p) ? days : null;
            return {
              week,
              weekStart,
              decisions: counts[i]!,
              p50Days: shown(0.5, r?.p50),
              p80Days: shown(0.8, r?.p80),
              p95Days: shown(0.95, r?.p95),
            };
          }),
        };
      }),
    ),

  /**
   * Little's law: the expected lead time = the average open stock / the average weekly outflow over
   * the last 13 weeks. Only meaningful when intake and outflow are about steady: the caveat says so.
   */
  expected: publicProcedure
    .input(z.object({ scheme: Scheme.optional(), asOf: isoDate.optional() }).strict().optional())
    .query(
      published(async ({ ctx, input }) => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input?.asOf);
        // The window is the 13 ISO weeks ending with the as-of date's week; its sums are divided
        // by 13 (a week without decisions counts as zero). On the data's own date the weekly
        // rollup has the stock and the flows; any other date adds up the daily one.
        const since = `date_trunc('week', $1::date)::date - ${(LITTLE_WINDOW_WEEKS - 1) * 7}`;
        const [row] = await ctx.db.query<{
          stock: number | null;
          outflow: number | null;
          inflow: number | null;
        }>(
          asOf === dataAsOf
            ? `select sum(f.stock) filter (where f.week_start = date_trunc('week', $1::date)::date)::int as stock,
                    sum(f.outflow - f.reopened) filter (where f.week_start >= ${since})::int as outflow,
                    sum(f.inflow - f.withdrawn) filter (where f.week_start >= ${since})::int as inflow
               from weekly_flows f
              where f.week_start >= ${since} and ($2::text is null or f.scheme_code = $2)`
            : `select sum(f.inflow - f.outflow + f.reopened - f.withdrawn)::int as stock,
                    sum(f.outflow - f.reopened) filter (where f.event_date >= ${since})::int as outflow,
                    sum(f.inflow - f.withdrawn) filter (where f.event_date >= ${since})::int as inflow
               from daily_flows f
              where f.registered_on <= $1::date and f.event_date <= $1::date
                and ($2::text is null or f.scheme_code = $2)`,
          [asOf, input?.scheme ?? null],
        );
        // Averages from the published (rounded, protected) counts: the stock and the window's
        // sums are published counts first, so the averages tell nothing the counts do not.
        const counted = publicCount(Math.max(0, row?.stock ?? 0));
        // A stock's zero reads as its weekly series shows it (asked only for a zero).
        const stock =
          counted.value === 0
            ? zeroHiddenIf(
                counted,
                (await stockZeroHidden(ctx, { asOf, dataAsOf, place: [null, null] }))(
                  input?.scheme ?? null,
                ),
              )
            : counted;
        const outflowSum = publicCount(Math.max(0, row?.outflow ?? 0));
        const inflowSum = publicCount(Math.max(0, row?.inflow ?? 0));
        const perWeek = (sum: PublicCount) =>
          sum.value === null ? null : Math.round((sum.value / LITTLE_WINDOW_WEEKS) * 10) / 10;
        const outflow = stock.value === null ? null : perWeek(outflowSum);
        const inflow = stock.value === null ? null : perWeek(inflowSum);
        return {
          asOf,
          scheme: input?.scheme ?? 'ALL',
          windowWeeks: LITTLE_WINDOW_WEEKS,
          openStock: stock,
          weeklyOutflow: outflow,
          weeklyInflow: inflow,
          expectedDays:
            stock.value !== null && outflowSum.value
              ? Math.round((stock.value / (outflowSum.value / LITTLE_WINDOW_WEEKS)) * 7)
              : null,
          /** Whether intake outran decisions over the window: then the expectation is too optimistic. */
          growing:
            inflowSum.value !== null && outflowSum.value !== null && stock.value !== null
              ? inflowSum.value > outflowSum.value * 1.05
              : null,
          caveat: LITTLE_CAVEAT,
        };
      }),
    ),

  /** Open work by age on the as-of date, in the buckets 0–91, 92–182, 183–365 days, 1–2 years, over 2 years. */
  ageing: publicProcedure
    .input(
      z
        .object({
          scheme: Scheme.optional(),
          municipality: municipalityCode.optional(),
          area: z.enum(AREA_KINDS).optional(),
          asOf: isoDate.optional(),
        })
        .strict()
        .optional(),
    )
    .query(
      published(async ({ ctx, input }) => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input?.asOf);
        const buckets = AGEING_BUCKETS.map(
          (b, i) =>
            `when age <= ${b.to === Number.MAX_SAFE_INTEGER ? 2_147_483_647 : b.to} then ${i}`,
        ).join(' ');
        // On the data's own date the open cases are counted per day of receipt in a rollup; any
        // other date looks up each application's last opening or closing event as known then.
        const openCases =
          asOf === dataAsOf
            ? `select ($1::date - o.received_on)::int as age, o.open as n
               from open_by_received o
              where ($2::text is null or o.scheme_code = $2)
                and ($3::text is null or o.municipality_code = $3) and ($4::text is null or o.area = $4)`
            : `select ($1::date - a.received_on)::int as age, 1 as n
               from applications a join objects o on o.id = a.object_id
              where a.received_on <= $1::date and ($2::text is null or a.scheme_code = $2)
                and ($3::text is null or o.municipality_code = $3) and ($4::text is null or o.area = $4)
                and ${isOpenOn('a.id', '$1::date')}`;
        const rows = await ctx.db.query<{ bucket: number; n: number }>(
          `select case ${buckets} end as bucket, sum(n)::int as n from (${openCases}) open_cases group by 1`,
          [asOf, input?.scheme ?? null, input?.municipality ?? null, input?.area ?? null],
        );
        const counts = AGEING_BUCKETS.map((_, i) => rows.find((r) => r.bucket === i)?.n ?? 0);
        // The buckets as one column whose total, the stock, other answers publish as it is (the
        // week's stock, perScheme's open): never hidden here to protect a bucket. Zeros beside a
        // hidden bucket are hidden too (the total is not 0 then; a stock's zero is shown everywhere).
        const table = protectTable(
          counts.map((c) => [c]),
          { totalsShownElsewhere: [0] },
        );
        const counted = table.columnTotals[0]!;
        // The stock's zero reads as its weekly series shows it (asked only for a zero).
        const total =
          counted.value === 0
            ? zeroHiddenIf(
                counted,
                (
                  await stockZeroHidden(ctx, {
                    asOf,
                    dataAsOf,
                    place: [input?.municipality ?? null, input?.area ?? null],
                  })
                )(input?.scheme ?? null),
              )
            : counted;
        // With the total hidden as a zero, so are the buckets' zeros (they would add up to it).
        const open = hideZerosBeside([total, ...table.cells.map((row) => row[0]!)]).slice(1);
        return {
          asOf,
          scheme: input?.scheme ?? 'ALL',
          municipality: input?.municipality ?? 'ALL',
          area: input?.area ?? 'ALL',
          buckets: AGEING_BUCKETS.map((b, i) => ({
            label: b.label,
            fromDays: b.from,
            toDays: b.to === Number.MAX_SAFE_INTEGER ? null : b.to,
            open: open[i]!,
          })),
          total,
        };
      }),
    ),
});
