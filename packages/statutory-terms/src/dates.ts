/**
 * Calendar dates as ISO strings (YYYY-MM-DD), the way terms are stated: whole days in
 * Europe/Amsterdam, no time of day. Arithmetic goes through day numbers in UTC, where a day is
 * always 24 hours, so no daylight-saving change can move a date.
 */
const MS_PER_DAY = 86_400_000;

/** A calendar date as YYYY-MM-DD, read in Europe/Amsterdam. */
export type IsoDate = string;

/** Days since 1970-01-01 for an ISO calendar date (throws on an invalid date). */
export function toDayNumber(date: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a date (YYYY-MM-DD): '${date}'`);
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
  if (fromDayNumber(day) !== date) throw new RangeError(`not a calendar date: '${date}'`);
  return day;
}

/** The ISO calendar date of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The date `days` calendar days later (earlier when negative). */
export const addDays = (date: IsoDate, days: number): IsoDate =>
  fromDayNumber(toDayNumber(date) + days);
/** The date `weeks` weeks later. */
export const addWeeks = (date: IsoDate, weeks: number): IsoDate => addDays(date, weeks * 7);
/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  toDayNumber(to) - toDayNumber(from);

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: IsoDate): number {
  return ((toDayNumber(date) + 3) % 7) + 1;
}
