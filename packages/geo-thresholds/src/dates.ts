/**
 * Calendar dates in Europe/Amsterdam. A quake at 23:30 UTC on 31 December 2019 happened on
 * 1 January 2020 for the people it shook; "after the construction year" is judged on that date.
 */
const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Europe/Amsterdam calendar date (YYYY-MM-DD) of a UTC instant. */
export function amsterdamDate(isoInstant: string): string {
  return amsterdam.format(new Date(isoInstant));
}

/** What "after" means for a filter: strictly after a year, or strictly after a date. */
export type After = { year: number } | { date: string } | undefined;

/** The last local date that does not count: events on later dates count. */
export function cutoffDate(after: After): string | null {
  if (!after) return null;
  if ('year' in after) {
    if (!Number.isInteger(after.year))
      throw new RangeError(`after.year must be a whole year, got ${after.year}`);
    return `${String(after.year).padStart(4, '0')}-12-31`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(after.date))
    throw new RangeError(`after.date must be YYYY-MM-DD, got '${after.date}'`);
  return after.date;
}
