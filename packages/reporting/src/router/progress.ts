/**
 * Weekly progress per scheme (public): inflow, outflow (decisions), reopened (revoked decisions),
 * withdrawals, the stock of open cases and the paused stock at the end of each ISO week.
 *
 * Counted on the event date, among events registered by the "as of" date. A revoked decision
 * keeps its outflow in the week it was decided and comes back as "reopened" in the week of the
 * revocation, so a week's figures do not change when something happens later.
 */
import { z } from 'zod';
import { addDays } from '@img-groningen/statutory-terms';
import { readAsOf } from '../as-of';
import { isoDate, municipalityCode } from '../schemas';
import { AREA_KINDS, SCHEME_CODES } from '@img-groningen/db/schema';
import type { DatabaseHandle } from '@img-groningen/db';
import {
  hideZerosBeside,
  protectTable,
  protectTotalOfParts,
  publicCount,
  type PublicCount,
} from '../disclosure';
import { memoized, publicProcedure, router, type Context } from '../trpc';
import { published } from '../publication/served';
import { isoWeekOf, parseIsoWeek, weeksOfYear } from '../publication/iso-week';

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
  /** The area, when the rows are split by area (the country's), else null. */
  area: string | null;
}

interface StockWeek extends RawWeek {
  stock: number;
  paused_stock: number;
}

interface SchemeFacts {
  code: string;
  weekly_capacity: number | null;
  opened_on: string;
  closed_on: string | null;
}

const FLOWS = ['inflow', 'outflow', 'reopened', 'withdrawn'] as const;
const MEASURES = [...FLOWS, 'stock', 'pausedStock'] as const;
type Measure = (typeof MEASURES)[number];

function emptyWeek(
  week: string,
  week_start: string,
  scheme_code: string,
  area: string | null,
): RawWeek {
  return {
    week,
    week_start,
    scheme_code,
    area,
    inflow: 0,
    outflow: 0,
    reopened: 0,
    withdrawn: 0,
    paused: 0,
    resumed: 0,
  };
}

/** ISO dates compare as text; a week ends on its Sunday. */
const sundayOf = (weekStart: string) => addDays(weekStart, 6);

/**
 * Whether a measure of a scheme is zero in a week before anything is counted: every measure
 * before the scheme opened, the inflow after it closed. Such a zero is shown even beside hidden
 * counts: it says nothing about them.
 */
const knownZero = (facts: SchemeFacts | undefined, measure: Measure, weekStart: string) =>
  facts !== undefined &&
  (sundayOf(weekStart) < facts.opened_on ||
    (measure === 'inflow' && facts.closed_on !== null && weekStart > facts.closed_on));

/**
 * Every scheme's row for every week of the span: a week without a row has no flows, and the stocks
 * as at the end of the week before.
 */
function fill(
  rows: readonly StockWeek[],
  span: readonly { week: string; weekStart: string }[],
): StockWeek[] {
  const byKey = new Map(rows.map((r) => [`${r.week}|${r.scheme_code}`, r]));
  return [...new Set(rows.map((r) => r.scheme_code))].flatMap((code) => {
    let previous: StockWeek | undefined;
    return span.map(({ week, weekStart }) => {
      previous = byKey.get(`${week}|${code}`) ?? {
        ...emptyWeek(week, weekStart, code, previous?.area ?? null),
        stock: previous?.stock ?? 0,
        paused_stock: previous?.paused_stock ?? 0,
      };
      return previous;
    });
  });
}

/**
 * Publishes weeks × schemes: each flow measure as one protected table (with totals), the stocks
 * as public counts, and in each measure's series zeros beside hidden counts hidden too. Every ISO
 * week of the span is listed, a week without events as explicit zeros (its stock carried from the
 * week before), whichever rollup the rows come from. Every scheme of the place is protected
 * together, whichever one is asked for, so that a series reads the same in every answer.
 */
function toSeries(
  rows: readonly StockWeek[],
  facts: ReadonlyMap<string, SchemeFacts>,
  span: readonly { week: string; weekStart: string }[],
): ProgressSeries[] {
  const schemes = [...new Set(rows.map((r) => r.scheme_code))].sort();
  const filled = new Map(fill(rows, span).map((r) => [`${r.week}|${r.scheme_code}`, r]));
  const cell = (week: string, code: string) => filled.get(`${week}|${code}`)!;
  const protectedFlows = Object.fromEntries(
    FLOWS.map((measure) => [
      measure,
      protectTable(span.map(({ week }) => schemes.map((code) => cell(week, code)[measure]))),
    ]),
  ) as Record<(typeof FLOWS)[number], ReturnType<typeof protectTable>>;
  return schemes.map((code, j) => {
    const column: Record<Measure, PublicCount[]> = {
      inflow: protectedFlows.inflow.cells.map((row) => row[j]!),
      outflow: protectedFlows.outflow.cells.map((row) => row[j]!),
      reopened: protectedFlows.reopened.cells.map((row) => row[j]!),
      withdrawn: protectedFlows.withdrawn.cells.map((row) => row[j]!),
      stock: span.map(({ week }) => publicCount(Math.max(0, cell(week, code).stock))),
      pausedStock: span.map(({ week }) => publicCount(Math.max(0, cell(week, code).paused_stock))),
    };
    return {
      scheme: code,
      weeklyTarget: facts.get(code)?.weekly_capacity ?? null,
      weeks: weeksOf(column, facts.get(code), span),
    };
  });
}

/** A scheme's measure columns as weeks, zeros beside hidden counts hidden per measure. */
function weeksOf(
  column: Record<Measure, readonly PublicCount[]>,
  facts: SchemeFacts | undefined,
  span: readonly { week: string; weekStart: string }[],
): ProgressWeek[] {
  const shown = Object.fromEntries(
    MEASURES.map((measure) => [
      measure,
      hideZerosBeside(column[measure], (i) => knownZero(facts, measure, span[i]!.weekStart)),
    ]),
  ) as Record<Measure, PublicCount[]>;
  return span.map(({ week, weekStart }, i) => ({
    week,
    weekStart,
    inflow: shown.inflow[i]!,
    outflow: shown.outflow[i]!,
    reopened: shown.reopened[i]!,
    withdrawn: shown.withdrawn[i]!,
    stock: shown.stock[i]!,
    pausedStock: shown.pausedStock[i]!,
  }));
}

/**
 * The country's series beside its two areas' (each published in answers of its own): a national
 * cell that would pin a hidden area cell is hidden too (`protectTotalOfParts`), and the zeros
 * beside it once more.
 */
function countryBesideAreas(
  country: readonly ProgressSeries[],
  areas: readonly (readonly ProgressSeries[])[],
  facts: ReadonlyMap<string, SchemeFacts>,
  span: readonly { week: string; weekStart: string }[],
): ProgressSeries[] {
  const zero = publicCount(0);
  return country.map((series) => {
    const parts = areas.map((a) => a.find((s) => s.scheme === series.scheme)?.weeks);
    const column = Object.fromEntries(
      MEASURES.map((measure) => [
        measure,
        series.weeks.map((w, i) =>
          protectTotalOfParts(
            w[measure],
            parts.map((weeks) => weeks?.[i]?.[measure] ?? zero),
          ),
        ),
      ]),
    ) as Record<Measure, PublicCount[]>;
    return { ...series, weeks: weeksOf(column, facts.get(series.scheme), span) };
  });
}

/** The country's rows: the areas' rows, each over every week, added up per week and scheme. */
function addAreas(
  rows: readonly StockWeek[],
  span: readonly { week: string; weekStart: string }[],
): StockWeek[] {
  const sums = new Map<string, StockWeek>();
  const filled = AREA_KINDS.flatMap((area) =>
    fill(
      rows.filter((r) => r.area === area),
      span,
    ),
  );
  for (const r of filled) {
    const key = `${r.week}|${r.scheme_code}`;
    const sum = sums.get(key);
    if (!sum) {
      sums.set(key, { ...r, area: null });
      continue;
    }
    for (const k of [...FLOWS, 'paused', 'resumed', 'stock', 'paused_stock'] as const)
      sum[k] += r[k];
  }
  return [...sums.values()];
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

/**
 * The weekly rows of a year at a place (all schemes), split by area when `byArea`: on the data's
 * own date the weekly rollup has it all, stocks included; any other date is recomputed from the
 * daily rollup with its registration dates.
 */
async function stockWeeks(
  db: DatabaseHandle,
  {
    asOf,
    onDataDate,
    year,
    place,
    byArea,
    span,
  }: {
    asOf: string;
    onDataDate: boolean;
    year: number;
    place: [string | null, string | null];
    byArea: boolean;
    span: readonly { week: string; weekStart: string }[];
  },
): Promise<StockWeek[]> {
  const area = byArea ? 'f.area' : 'null::text';
  if (onDataDate)
    return db.query<StockWeek>(
      `select to_char(week_start, 'IYYY-"W"IW') as week, to_char(week_start, 'YYYY-MM-DD') as week_start, scheme_code,
              ${area} as area, ${SUMS}, sum(f.stock)::int as stock, sum(f.paused_stock)::int as paused_stock
         from weekly_flows f
        where week_start >= to_date($1::text || '-1-1', 'IYYY-IW-ID') and week_start < to_date(($1::int + 1)::text || '-1-1', 'IYYY-IW-ID')
          and ${where(2, 3)}
        group by week_start, scheme_code, 4
        order by week_start, scheme_code`,
      [String(year), ...place],
    );
  const opening = await db.query<WeekRow & { scheme_code: string; area: string | null }>(
    `select f.scheme_code, ${area} as area, ${SUMS}
       from daily_flows f
      where f.registered_on <= $1::date and f.event_date < to_date($2::text || '-1-1', 'IYYY-IW-ID')
        and ${where(3, 4)}
      group by 1, 2`,
    [asOf, String(year), ...place],
  );
  const weeks = await db.query<RawWeek>(
    `select to_char(f.event_date, 'IYYY-"W"IW') as week,
            to_char(date_trunc('week', f.event_date), 'YYYY-MM-DD') as week_start,
            f.scheme_code, ${area} as area, ${SUMS}
       from daily_flows f
      where f.registered_on <= $1::date and f.event_date <= $1::date
        and f.event_date >= to_date($2::text || '-1-1', 'IYYY-IW-ID')
        and f.event_date < to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID')
        and ${where(3, 4)}
      group by 1, 2, 3, 4
      order by 1, 3`,
    [asOf, String(year), ...place],
  );
  // Running stocks per scheme (and area) over every week of the span, from the opening stock.
  const keyOf = (r: { scheme_code: string; area: string | null }) => `${r.scheme_code}|${r.area}`;
  const lines = new Map<string, { scheme_code: string; area: string | null }>();
  for (const r of [...opening, ...weeks])
    lines.set(keyOf(r), { scheme_code: r.scheme_code, area: r.area });
  const openingOf = new Map(opening.map((r) => [keyOf(r), r]));
  const weekOf = new Map(weeks.map((r) => [`${r.week}|${keyOf(r)}`, r]));
  return [...lines].flatMap(([key, { scheme_code, area: lineArea }]) => {
    const start = openingOf.get(key);
    let stock = start ? start.inflow - start.outflow + start.reopened - start.withdrawn : 0;
    let paused = start ? start.paused - start.resumed : 0;
    return span.map(({ week, weekStart }) => {
      const w = weekOf.get(`${week}|${key}`);
      if (w) {
        stock += w.inflow - w.outflow + w.reopened - w.withdrawn;
        paused += w.paused - w.resumed;
      }
      return {
        ...(w ?? emptyWeek(week, weekStart, scheme_code, lineArea)),
        stock,
        paused_stock: paused,
      };
    });
  });
}

/** The schemes' facts the series read (opening and closing dates, weekly goal), once per batch. */
export function schemeFacts(ctx: Context): Promise<ReadonlyMap<string, SchemeFacts>> {
  return memoized(ctx, 'schemes', async () => {
    const rows = await ctx.db.query<SchemeFacts>(
      `select code, weekly_capacity, to_char(opened_on, 'YYYY-MM-DD') as opened_on,
              to_char(closed_on, 'YYYY-MM-DD') as closed_on from schemes`,
    );
    return new Map(rows.map((r) => [r.code, r]));
  });
}

/**
 * Every scheme's series of a year at a place (the country's beside its two areas), computed and
 * protected together whichever scheme is asked for; once per batch (the weekly publication asks
 * for each scheme as well, and the stocks of other answers read it: `stockZeroHidden`).
 */
function placeSeries(
  ctx: Context,
  {
    asOf,
    dataAsOf,
    year,
    place,
  }: {
    asOf: string;
    dataAsOf: string | null;
    year: number;
    place: readonly [string | null, string | null];
  },
): Promise<ProgressSeries[]> {
  return memoized(ctx, `progress|${asOf}|${year}|${place.join('|')}`, async () => {
    const span = weeksOfYear(year, asOf);
    const facts = await schemeFacts(ctx);
    // The country is published beside its two areas: its rows come split by area.
    const byArea = place[0] === null && place[1] === null;
    const rows = await stockWeeks(ctx.db, {
      asOf,
      onDataDate: asOf === dataAsOf,
      year,
      place: [...place],
      byArea,
      span,
    });
    if (!byArea) return toSeries(rows, facts, span);
    return countryBesideAreas(
      toSeries(addAreas(rows, span), facts, span),
      AREA_KINDS.map((area) =>
        toSeries(
          rows.filter((r) => r.area === area),
          facts,
          span,
        ),
      ),
      facts,
      span,
    );
  });
}

/**
 * A stock is one figure in several answers — the week's stock here, applications.perScheme's open,
 * the ageing's total, the expected lead time's stock — and reads the same in all of them: its
 * zero is hidden ("<10") where the stock series of its place and year hides a stock (see
 * `hideZerosBeside`). For all schemes together (null), where any scheme's series does: a zero of
 * all schemes says each scheme's is zero. Only a zero needs it, so callers ask only when a stock
 * is 0 (`stockZeroHidden` computes the place's series, once per batch).
 */
export async function stockZeroHidden(
  ctx: Context,
  {
    asOf,
    dataAsOf,
    place,
  }: { asOf: string; dataAsOf: string | null; place: readonly [string | null, string | null] },
): Promise<(scheme: string | null) => boolean> {
  const year = parseIsoWeek(isoWeekOf(asOf)).year;
  const series = await placeSeries(ctx, { asOf, dataAsOf, year, place });
  const hides = new Map(series.map((s) => [s.scheme, s.weeks.some((w) => w.stock.suppressed)]));
  return (scheme) =>
    scheme === null ? [...hides.values()].some(Boolean) : (hides.get(scheme) ?? false);
}

export const progressRouter = router({
  /** Per ISO week of a year, per scheme (or one scheme), with the stock at each week's end. */
  weekly: publicProcedure.input(Input).query(
    published(
      async ({ ctx, input }): Promise<{ asOf: string; year: number; series: ProgressSeries[] }> => {
        const { asOf, dataAsOf } = await readAsOf(ctx, input.asOf);
        const place = [input.municipality ?? null, input.area ?? null] as const;
        let series = await placeSeries(ctx, { asOf, dataAsOf, year: input.year, place });
        if (input.scheme) series = series.filter((s) => s.scheme === input.scheme);
        return { asOf, year: input.year, series };
      },
    ),
  ),
});
