/**
 * Statutory terms for IMG decisions, one place for every package and the reporting API.
 *
 * - TERM-1: objection filing term, 6 weeks (value loss, non-material damage, and the Awb default
 *   for other decisions) or 12 weeks (physical damage, IMG's own term), from the day after the
 *   decision was sent (Awb 6:8).
 * - TERM-2: decision on an objection (Awb 7:10): 6 weeks, 12 with the advisory committee, from
 *   the day after the filing term ended; suspended while the objector repairs an omission;
 *   extendable once by 6 weeks; further only with consent.
 * - TERM-4: a term that ends on a Saturday, Sunday or public holiday ends on the next working
 *   day (Algemene termijnenwet, art. 1).
 */
import { addDays, addWeeks, isoWeekday, toDayNumber, type IsoDate } from './dates.js';
import { holidayOn, type Holiday } from './holidays.js';

/** TERM-1 */
export const OBJECTION_TERM_WEEKS = { physicalDamage: 12, other: 6 } as const;
/** TERM-2 */
export const OBJECTION_DECISION_WEEKS = {
  regular: 6,
  advisoryCommittee: 12,
  extension: 6,
} as const;

/** Where a term ends: the counted end, and the working day it moves to (TERM-4) with the days it moved over. */
export interface TermEnd {
  /** The last day of the term after the Algemene termijnenwet. */
  date: IsoDate;
  /** The last day by counting alone. */
  countedEnd: IsoDate;
  /** Why the end moved, day by day (weekend or holiday), empty when it did not. */
  shiftedOver: { date: IsoDate; reason: 'zaterdag' | 'zondag' | Holiday['name']['nl'] }[];
}

/** TERM-4: the first day on or after `date` that is not a Saturday, Sunday or public holiday. */
export function nextWorkingDayOnOrAfter(date: IsoDate): TermEnd {
  let day = date;
  const shiftedOver: TermEnd['shiftedOver'] = [];
  for (;;) {
    const weekday = isoWeekday(day);
    const holiday = holidayOn(day);
    if (weekday === 6) shiftedOver.push({ date: day, reason: 'zaterdag' });
    else if (weekday === 7) shiftedOver.push({ date: day, reason: 'zondag' });
    else if (holiday) shiftedOver.push({ date: day, reason: holiday.name.nl });
    else return { date: day, countedEnd: date, shiftedOver };
    day = addDays(day, 1);
  }
}

/**
 * The end of a term of `weeks` weeks that starts on the day after `event` (Awb 6:8): the same
 * weekday `weeks` later, moved by TERM-4 when it is not a working day.
 */
export function termEnd(event: IsoDate, weeks: number): TermEnd {
  if (!Number.isInteger(weeks) || weeks < 0)
    throw new RangeError(`weeks must be a whole number >= 0, got ${weeks}`);
  return nextWorkingDayOnOrAfter(addWeeks(event, weeks));
}

/** TERM-1: the last day to file an objection against a decision sent on `sent`. */
export function objectionFilingDeadline(sent: IsoDate, kind: 'physicalDamage' | 'other'): TermEnd {
  return termEnd(sent, OBJECTION_TERM_WEEKS[kind]);
}

/** What the decision term on an objection depends on (TERM-2). */
export interface ObjectionDecisionInput {
  /** The day the decision objected to was sent. */
  decisionSent: IsoDate;
  kind: 'physicalDamage' | 'other';
  advisoryCommittee: boolean;
  /** Days the term was suspended while the objector repaired an omission (Awb 7:10 lid 2). */
  suspensionDays?: number;
  /** Whether the term was extended once by 6 weeks, in writing (Awb 7:10 lid 3). */
  extended?: boolean;
  /** Further delay the objector consented to, in days (Awb 7:10 lid 4). */
  consentedDelayDays?: number;
}

/** When the decision on an objection is due (TERM-2), and how that date was reached. */
export interface ObjectionDecisionDue extends TermEnd {
  filingDeadline: IsoDate;
  weeks: number;
}

/**
 * TERM-2: the day by which the objection must be decided. Counted from the day after the filing
 * term ended (after TERM-4), plus suspension, extension and consented delay; the end moves by
 * TERM-4 too.
 */
export function objectionDecisionDue(input: ObjectionDecisionInput): ObjectionDecisionDue {
  const suspension = input.suspensionDays ?? 0;
  const consented = input.consentedDelayDays ?? 0;
  for (const [name, value] of [
    ['suspensionDays', suspension],
    ['consentedDelayDays', consented],
  ] as const) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number >= 0, got ${value}`);
  }
  const filing = objectionFilingDeadline(input.decisionSent, input.kind);
  const weeks =
    (input.advisoryCommittee
      ? OBJECTION_DECISION_WEEKS.advisoryCommittee
      : OBJECTION_DECISION_WEEKS.regular) +
    (input.extended ? OBJECTION_DECISION_WEEKS.extension : 0);
  const end = nextWorkingDayOnOrAfter(
    addDays(addWeeks(filing.date, weeks), suspension + consented),
  );
  return { ...end, filingDeadline: filing.date, weeks };
}

/** Whether `date` is after the term's last day. */
export function isOverdue(due: Pick<TermEnd, 'date'>, date: IsoDate): boolean {
  return toDayNumber(date) > toDayNumber(due.date);
}
