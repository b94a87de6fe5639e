/**
 * Things with a start and an end (AOS reports, samenloop cases, objections) counted per ISO week
 * of a year: opened, closed and open at the week's end, as public counts.
 */
import type { DatabaseHandle } from '@img-groningen/db';
import { hideZerosBeside, protectTable, publicCount, type PublicCount } from './disclosure';

export interface WeekOfSpans {
  week: string;
  weekStart: string;
  opened: PublicCount;
  closed: PublicCount;
  /** Open at the end of the week. */
  open: PublicCount;
}

/**
 * Opened, closed and the running open count per ISO week of one year, from a table of spans:
 * one pass to count per week, then a running sum from the count open before the year.
 */
const weeklySpans = (table: string, opened: string, closed: string, where = 'true') => `
  with bounds as (select to_date($2::text || '-1-1', 'IYYY-IW-ID') as first_week,
                         to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID') as next_year),
  spans as (select ${opened} as opened, case when ${closed} <= $1::date then ${closed} end as closed
              from ${table} where ${where} and ${opened} <= $1::date),
  weeks as (
    select g::date as week_start from bounds b, generate_series(b.first_week,
      least(b.next_year - 1, $1::date), interval '7 days') g),
  opened_weeks as (select date_trunc('week', opened)::date as week_start, count(*)::int as n from spans group by 1),
  closed_weeks as (select date_trunc('week', closed)::date as week_start, count(*)::int as n from spans where closed is not null group by 1),
  per_week as (
    select w.week_start, coalesce(o.n, 0) as opened, coalesce(c.n, 0) as closed
      from weeks w left join opened_weeks o using (week_start) left join closed_weeks c using (week_start)),
  before as (select count(*) filter (where s.opened < b.first_week)::int - count(s.closed) filter (where s.closed < b.first_week)::int as open
               from spans s, bounds b)
  select to_char(p.week_start, 'IYYY-"W"IW') as week, to_char(p.week_start, 'YYYY-MM-DD') as week_start, p.opened, p.closed,
         ((select open from before) + sum(p.opened - p.closed) over (order by p.week_start))::int as open
    from per_week p order by p.week_start`;

export interface SpanRow {
  week: string;
  week_start: string;
  opened: number;
  closed: number;
  open: number;
}

export function toWeeks(rows: SpanRow[]): WeekOfSpans[] {
  const table = protectTable(rows.map((r) => [r.opened, r.closed]));
  // Per series, a zero beside a hidden count is hidden too (the open count runs on from them).
  const opened = hideZerosBeside(table.cells.map((row) => row[0]!));
  const closed = hideZerosBeside(table.cells.map((row) => row[1]!));
  const open = hideZerosBeside(rows.map((r) => publicCount(r.open)));
  return rows.map((r, i) => ({
    week: r.week,
    weekStart: r.week_start,
    opened: opened[i]!,
    closed: closed[i]!,
    open: open[i]!,
  }));
}

/** The kinds kept in the weekly_spans rollup, with the table and columns they come from. */
export const SPAN_KINDS = {
  aos_reports: ['aos_reports', 'reported_on', 'resolved_on', 'true'],
  acutely_unsafe: ['aos_reports', 'reported_on', 'resolved_on', 'valid'],
  samenloop: ['samenloop_cases', 'started_on', 'closed_on', 'true'],
  objections: ['objections', 'received_on', 'decided_on', 'true'],
} as const;

export type SpanKind = keyof typeof SPAN_KINDS;

/**
 * The weekly spans of some kinds for one ISO year, as of a date: on the data's own date from the
 * rollup in one query (weeks before a kind's first one are zero), on any other date counted on
 * the tables themselves.
 */
export async function weeklySpansByKind<K extends SpanKind>(
  db: DatabaseHandle,
  kinds: readonly K[],
  { asOf, year, onDataDate }: { asOf: string; year: number; onDataDate: boolean },
): Promise<Record<K, SpanRow[]>> {
  const params = [asOf, String(year)];
  if (!onDataDate) {
    const answers = await Promise.all(
      kinds.map((kind) => {
        const [table, opened, closed, where] = SPAN_KINDS[kind];
        return db.query<SpanRow>(weeklySpans(table, opened, closed, where), params);
      }),
    );
    return Object.fromEntries(kinds.map((kind, i) => [kind, answers[i]!])) as Record<K, SpanRow[]>;
  }
  const rows = await db.query<SpanRow & { kind: K }>(
    `with weeks as (
       select g::date as week_start from generate_series(to_date($2::text || '-1-1', 'IYYY-IW-ID'),
         least(to_date(($2::int + 1)::text || '-1-1', 'IYYY-IW-ID') - 1, $1::date), interval '7 days') g)
     select k.kind, to_char(w.week_start, 'IYYY-"W"IW') as week, to_char(w.week_start, 'YYYY-MM-DD') as week_start,
            coalesce(s.opened, 0) as opened, coalesce(s.closed, 0) as closed, coalesce(s.open, 0) as open
       from weeks w cross join unnest($3::text[]) as k(kind)
       left join weekly_spans s on s.kind = k.kind and s.week_start = w.week_start
      order by k.kind, w.week_start`,
    [...params, kinds],
  );
  return Object.fromEntries(
    kinds.map((kind) => [kind, rows.filter((r) => r.kind === kind)]),
  ) as unknown as Record<K, SpanRow[]>;
}
