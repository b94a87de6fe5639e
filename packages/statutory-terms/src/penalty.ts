/**
 * TERM-5: the penalty for a late decision (Awb 4:17). It runs from the day after two weeks have
 * passed since the notice of default: EUR 23 a day for the first 14 days, EUR 35 for the next
 * 14, EUR 45 after that, for at most 42 days (EUR 1,442 in all). Amounts in cents.
 */
import { addDays, addWeeks, daysBetween, type IsoDate } from './dates.js';

/** TERM-5: the penalty runs from two weeks after the notice of default. */
export const PENALTY_GRACE_WEEKS = 2;
/** TERM-5: the penalty runs for at most 42 days. */
export const PENALTY_MAX_DAYS = 42;
/** Cents per day for days 1–14, 15–28 and 29–42. */
export const PENALTY_DAILY_CENTS = [2_300, 3_500, 4_500] as const;
/** TERM-5: the most one late decision can cost, all 42 days (EUR 1,442), in cents. */
export const PENALTY_MAX_CENTS = PENALTY_DAILY_CENTS.reduce((sum, perDay) => sum + 14 * perDay, 0);

/** The penalty for a late decision (TERM-5): days, amount in cents, and the first day it runs. */
export interface Penalty {
  /** Days the penalty has run (0–42). */
  days: number;
  cents: number;
  /** The first day the penalty runs: the day after the two weeks. */
  startsOn: IsoDate;
}

/** The penalty owed on `onDate` (the decision date, or today while undecided) after a notice of default. */
export function latePenalty(noticeOfDefault: IsoDate, onDate: IsoDate): Penalty {
  const lastGraceDay = addWeeks(noticeOfDefault, PENALTY_GRACE_WEEKS);
  const days = Math.min(PENALTY_MAX_DAYS, Math.max(0, daysBetween(lastGraceDay, onDate)));
  let cents = 0;
  for (let day = 1; day <= days; day++)
    cents += PENALTY_DAILY_CENTS[Math.min(2, Math.floor((day - 1) / 14))]!;
  return { days, cents, startsOn: addDays(lastGraceDay, 1) };
}
