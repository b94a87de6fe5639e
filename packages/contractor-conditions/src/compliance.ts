/**
 * Continuing compliance: a contractor must keep meeting the conditions after admission. The
 * verdict can only change on a date when some fact starts or stops (a diploma issued or
 * expiring, a membership ending, an insolvency starting), so those dates are all we check.
 */
import { addDays, type IsoDate } from '@img-groningen/statutory-terms';
import { RECOGNISED_DISPUTES_COMMITTEES } from './committees.js';
import { evaluateAdmission, type AdmissionOptions, type AdmissionOutcome } from './evaluate.js';
import type { ContractorFacts } from './facts.js';
import { diplomaValidUntil } from './rules.js';
import { boundariesWithin, quickOutcome } from './quick.js';

/** The first days on which a fact takes effect or no longer holds. */
export function boundaryDates(facts: ContractorFacts, options: AdmissionOptions = {}): IsoDate[] {
  const dates: IsoDate[] = [];
  const dayAfter = (date: IsoDate | null | undefined) => {
    if (date) dates.push(addDays(date, 1));
  };
  if (facts.kvk) {
    if (facts.kvk.registeredSince) dates.push(facts.kvk.registeredSince);
    if (facts.kvk.deregisteredOn) dates.push(facts.kvk.deregisteredOn);
  }
  for (const record of facts.insolvency ?? []) {
    dates.push(record.from);
    dayAfter(record.until);
  }
  for (const membership of facts.disputesCommittees ?? []) {
    if (membership.from) dates.push(membership.from);
    dayAfter(membership.until);
  }
  for (const committee of options.committees ?? RECOGNISED_DISPUTES_COMMITTEES) {
    if (committee.recognisedFrom) dates.push(committee.recognisedFrom);
    dayAfter(committee.recognisedUntil);
  }
  for (const worker of facts.staff ?? []) {
    for (const diploma of worker.diplomas)
      dates.push(diploma.issued, diplomaValidUntil(diploma.issued));
    dayAfter(worker.exemption?.until);
  }
  if (facts.agreement?.acceptedOn) dates.push(facts.agreement.acceptedOn);
  return [...new Set(dates)].sort();
}

/** The verdict from a date on, until the next state. */
export interface ComplianceState {
  /** From this date on (until the next state). */
  date: IsoDate;
  outcome: AdmissionOutcome;
  failing: string[];
}

const sameState = (a: ComplianceState, b: Omit<ComplianceState, 'date'>) =>
  a.outcome === b.outcome && a.failing.join() === b.failing.join();

/** A period to follow a contractor through, with the admission options. */
export interface TimelineQuery extends AdmissionOptions {
  /** The first day. */
  from: IsoDate;
  /** The last day, included. */
  to: IsoDate;
}

/** The outcome on `from`, then every change up to and including `to`. */
export function complianceTimeline(
  facts: ContractorFacts,
  { from, to, ...options }: TimelineQuery,
): ComplianceState[] {
  const first = evaluateAdmission(facts, from, options);
  const states: ComplianceState[] = [
    { date: from, outcome: first.outcome, failing: first.failing },
  ];
  for (const date of boundaryDates(facts, options)) {
    if (date <= from || date > to) continue;
    const { outcome, failing } = evaluateAdmission(facts, date, options);
    if (!sameState(states[states.length - 1]!, { outcome, failing }))
      states.push({ date, outcome, failing });
  }
  return states;
}

/** The first date after `onDate` on which the verdict changes (a diploma expires, …), or null. */
export function nextReviewDate(
  facts: ContractorFacts,
  onDate: IsoDate,
  options: AdmissionOptions = {},
): IsoDate | null {
  const now = evaluateAdmission(facts, onDate, options);
  for (const date of boundaryDates(facts, options)) {
    if (date <= onDate) continue;
    const later = evaluateAdmission(facts, date, options);
    if (!sameState({ date: onDate, outcome: now.outcome, failing: now.failing }, later))
      return date;
  }
  return null;
}

/** One contractor of a register: an id and the facts. */
export interface RegisterEntry {
  id: string;
  facts: ContractorFacts;
}

/** A register rechecked: who is not compliant now, and who falls out within the horizon. */
export interface Recheck {
  onDate: IsoDate;
  horizonEnd: IsoDate;
  checked: number;
  /** Not admitted on the date itself. */
  notCompliant: { id: string; outcome: AdmissionOutcome; failing: string[] }[];
  /** Admitted on the date, but not any more on a date within the horizon. */
  fallingOut: { id: string; date: IsoDate; outcome: AdmissionOutcome; failing: string[] }[];
}

/** The date to recheck a register on and how far to look ahead, with the admission options. */
export interface RecheckQuery extends AdmissionOptions {
  onDate: IsoDate;
  /** Days after `onDate` to look for contractors falling out. */
  horizonDays: number;
}

/** Re-checks a register on a date: who is out of compliance now, and who falls out within `horizonDays`. */
export function recheckRegister(
  register: Iterable<RegisterEntry>,
  { onDate, horizonDays, ...options }: RecheckQuery,
): Recheck {
  if (!Number.isInteger(horizonDays) || horizonDays < 0)
    throw new RangeError(`horizonDays must be a whole number >= 0, got ${horizonDays}`);
  const horizonEnd = addDays(onDate, horizonDays);
  const report: Recheck = { onDate, horizonEnd, checked: 0, notCompliant: [], fallingOut: [] };
  const committees = options.committees ?? RECOGNISED_DISPUTES_COMMITTEES;
  const context = (date: IsoDate) => ({
    onDate: date,
    committees,
    requiredAgreementVersion: options.requiredAgreementVersion,
  });
  const dates: IsoDate[] = [];
  for (const { id, facts } of register) {
    report.checked++;
    // The quick verdict decides; the full evaluation, with its explanations, runs only to report.
    if (quickOutcome(facts, context(onDate)) !== 'admitted') {
      const ids = { failing: [] as string[], unknown: [] as string[] };
      const outcome = quickOutcome(facts, context(onDate), ids);
      report.notCompliant.push({ id, outcome, failing: ids.failing });
      continue;
    }
    dates.length = 0;
    boundariesWithin(facts, context(onDate), onDate, horizonEnd, dates);
    dates.sort();
    for (const date of dates) {
      if (quickOutcome(facts, context(date)) !== 'admitted') {
        const ids = { failing: [] as string[], unknown: [] as string[] };
        const outcome = quickOutcome(facts, context(date), ids);
        report.fallingOut.push({ id, date, outcome, failing: ids.failing });
        break;
      }
    }
  }
  report.fallingOut.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return report;
}
