/**
 * Calendar dates as day numbers (days since 1970-01-01). Dates in this domain are calendar
 * dates in Europe/Amsterdam; arithmetic on day numbers needs no time zone, and formatting
 * goes through UTC so that no local offset can shift a day.
 */
const MS_PER_DAY = 86_400_000;

export function dayFromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date (YYYY-MM-DD): '${iso}'`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / MS_PER_DAY;
  if (isoFromDay(day) !== iso) throw new Error(`not a calendar date: '${iso}'`);
  return day;
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
  return (day + 3) % 7;
}

/** The Monday of the ISO week that holds this day. */
export function mondayOf(day: number): number {
  return day - weekday(day);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * Formats day numbers fast: the generator formats tens of millions of dates, and a lookup
 * table over the generated range is far cheaper than building a Date each time.
 */
export function createDayFormatter(firstDay: number, lastDay: number): (day: number) => string {
  const table: string[] = [];
  for (let day = firstDay; day <= lastDay; day++) table.push(isoFromDay(day));
  return (day) => table[day - firstDay] ?? isoFromDay(day);
}
