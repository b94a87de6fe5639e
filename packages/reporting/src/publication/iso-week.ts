/**
 * ISO weeks as the publications name them (2026-W47): Monday to Sunday, calendar dates in
 * Europe/Amsterdam. Dates are handled as calendar days, never as instants, so the process's
 * own time zone does not matter.
 */
import {
  endOfISOWeek,
  format,
  getISOWeek,
  getISOWeekYear,
  isSunday,
  parseISO,
  setISOWeek,
  startOfISOWeek,
  subWeeks,
} from 'date-fns';

const WEEK = /^([0-9]{4})-W([0-9]{2})$/;

/** Throws a specific error when `week` is not an ISO week that exists (W53 only in long years). */
export function parseIsoWeek(week: string): { year: number; week: number } {
  const match = WEEK.exec(week);
  if (!match)
    throw new RangeError(`'${week}' is not an ISO week: write it as YYYY-Www, e.g. 2026-W47`);
  const year = Number(match[1]);
  const number = Number(match[2]);
  const lastWeek = getISOWeek(parseISO(`${year}-12-28`));
  if (number < 1 || number > lastWeek)
    throw new RangeError(`'${week}' does not exist: ${year} has weeks W01 to W${lastWeek}`);
  return { year, week: number };
}

/** The Monday and the Sunday of an ISO week. */
export function isoWeekDates(week: string): { monday: string; sunday: string } {
  const { year, week: number } = parseIsoWeek(week);
  // 4 January is always in week 1 of its ISO year.
  const day = setISOWeek(parseISO(`${year}-01-04`), number);
  return {
    monday: format(startOfISOWeek(day), 'yyyy-MM-dd'),
    sunday: format(endOfISOWeek(day), 'yyyy-MM-dd'),
  };
}

/** The ISO week a calendar date falls in. */
export function isoWeekOf(date: string): string {
  const day = parseISO(date);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/** The last ISO week that has ended by the end of `date` (its own week when `date` is a Sunday). */
export function lastEndedWeek(date: string): string {
  const day = parseISO(date);
  return isoWeekOf(format(isSunday(day) ? day : subWeeks(day, 1), 'yyyy-MM-dd'));
}

/** Spans asked for, kept: a publication asks for the same few thousand times. */
const spans = new Map<string, readonly { week: string; weekStart: string }[]>();

/**
 * Every ISO week of an ISO year whose Monday is on or before `until`, in order: the span of a
 * weekly series, so that a week without events is in it as an explicit zero.
 */
export function weeksOfYear(
  year: number,
  until: string,
): readonly { week: string; weekStart: string }[] {
  const key = `${year}|${until}`;
  let weeks = spans.get(key);
  if (weeks) return weeks;
  const list: { week: string; weekStart: string }[] = [];
  const last = getISOWeek(parseISO(`${year}-12-28`));
  for (let n = 1; n <= last; n++) {
    const week = `${year}-W${String(n).padStart(2, '0')}`;
    const { monday } = isoWeekDates(week);
    if (monday > until) break;
    list.push(Object.freeze({ week, weekStart: monday }));
  }
  weeks = Object.freeze(list);
  if (spans.size >= 1_000) spans.clear();
  spans.set(key, weeks);
  return weeks;
}
