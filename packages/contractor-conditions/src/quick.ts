/**
 * The admission verdict without explanations, for scanning many contractors over many dates.
 * It must agree with `evaluateAdmission` on every input; a test holds the two together.
 */
import type { RuleContext } from './rules.js';
import { CONSTRUCTION_SBI_PREFIXES, VCA_VALIDITY_YEARS, isRecognised } from './rules.js';
import type { ContractorFacts } from './facts.js';
import type { AdmissionOutcome } from './evaluate.js';

/** The tenth anniversary of an ISO date, by string arithmetic (29 February → 28 February). */
function expiry(issued: string): string {
  const year = String(Number(issued.slice(0, 4)) + VCA_VALIDITY_YEARS).padStart(4, '0');
  const rest = issued.slice(4);
  if (rest !== '-02-29') return year + rest;
  const y = Number(year);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return year + (leap ? '-02-29' : '-02-28');
}

const inPeriod = (from: string | null | undefined, until: string | null | undefined, on: string) =>
  (from == null || from <= on) && (until == null || on <= until);

/**
 * The verdict on `ctx.onDate`. Without `ids` it stops at the first failing rule; with `ids` it
 * checks them all and records the failing and unknown rule ids, as `evaluateAdmission` would.
 */
export function quickOutcome(
  facts: ContractorFacts,
  ctx: RuleContext,
  ids?: { failing: string[]; unknown: string[] },
): AdmissionOutcome {
  const on = ctx.onDate;
  let failed = false;
  let unknownAny = false;
  // Returns true when the caller may stop: a failure and no ids wanted.
  const fail = (id: string) => {
    failed = true;
    ids?.failing.push(id);
    return ids === undefined;
  };
  const unknown = (id: string) => {
    unknownAny = true;
    ids?.unknown.push(id);
  };
  const { kvk } = facts;
  if (kvk === undefined) unknown('AAN-1');
  else if (
    (kvk === null ||
      (kvk.registeredSince !== undefined && kvk.registeredSince > on) ||
      (kvk.deregisteredOn != null && on >= kvk.deregisteredOn)) &&
    fail('AAN-1')
  )
    return 'rejected';
  const country = kvk?.countryOfEstablishment;
  if (country === undefined) unknown('AAN-2');
  else if (country !== 'NL' && fail('AAN-2')) return 'rejected';
  if (facts.insolvency === undefined) {
    unknown('AAN-3a');
    unknown('AAN-3b');
  } else {
    if (
      facts.insolvency.some((r) => r.kind === 'faillissement' && inPeriod(r.from, r.until, on)) &&
      fail('AAN-3a')
    )
      return 'rejected';
    if (
      facts.insolvency.some((r) => r.kind === 'surseance' && inPeriod(r.from, r.until, on)) &&
      fail('AAN-3b')
    )
      return 'rejected';
  }
  if (facts.disputesCommittees === undefined) unknown('AAN-3c');
  else {
    // A loop, not filter/map: this runs for every contractor on every date a recheck tries.
    let member = false;
    let undecided = false;
    for (const m of facts.disputesCommittees) {
      if (!inPeriod(m.from, m.until, on)) continue;
      const verdict = isRecognised(m, ctx.committees, on);
      if (verdict === true) {
        member = true;
        break;
      }
      if (verdict === undefined) undecided = true;
    }
    if (member) {
      // a member of a recognised committee
    } else if (undecided) unknown('AAN-3c');
    else if (fail('AAN-3c')) return 'rejected';
  }
  const activities = kvk?.activities;
  if (activities === undefined) unknown('AAN-3d');
  else if (
    !activities.some((a) => CONSTRUCTION_SBI_PREFIXES.some((p) => a.code.startsWith(p))) &&
    fail('AAN-3d')
  )
    return 'rejected';
  if (facts.staff === undefined) {
    unknown('AAN-4');
  } else {
    let allBasic = facts.staff.length > 0;
    let supervisor = false;
    for (const w of facts.staff) {
      let basic =
        w.exemption !== undefined && (w.exemption.until === null || on <= w.exemption.until);
      for (const d of w.diplomas) {
        if (d.issued <= on && on < expiry(d.issued)) {
          basic = true;
          if (d.kind === 'VOL-VCA' && w.role === 'employee') supervisor = true;
        }
      }
      if (!basic) allBasic = false;
    }
    if ((!allBasic || !supervisor) && fail('AAN-4')) return 'rejected';
  }
  if (facts.portalCommunication === undefined) unknown('AAN-5');
  else if (!facts.portalCommunication && fail('AAN-5')) return 'rejected';
  const { agreement } = facts;
  if (agreement === undefined) unknown('AAN-6');
  else if (
    (agreement === null ||
      (agreement.acceptedOn !== undefined && agreement.acceptedOn > on) ||
      (ctx.requiredAgreementVersion !== undefined &&
        ctx.requiredAgreementVersion !== '' &&
        agreement.version !== undefined &&
        agreement.version !== ctx.requiredAgreementVersion)) &&
    fail('AAN-6')
  )
    return 'rejected';
  else if (
    agreement &&
    ctx.requiredAgreementVersion &&
    agreement.version === undefined &&
    !(agreement.acceptedOn !== undefined && agreement.acceptedOn > on)
  )
    unknown('AAN-6');
  if (facts.registeredBy === undefined) unknown('AAN-7');
  else if (facts.registeredBy !== 'self' && fail('AAN-7')) return 'rejected';
  return failed ? 'rejected' : unknownAny ? 'needs-information' : 'admitted';
}

/** Dates in (after, until] on which a fact starts or stops, unsorted, without duplicates removed. */
export function boundariesWithin(
  facts: ContractorFacts,
  ctx: RuleContext,
  after: string,
  until: string,
  out: string[],
): void {
  const add = (date: string | null | undefined) => {
    if (date && date > after && date <= until) out.push(date);
  };
  const addDayAfter = (date: string | null | undefined) => {
    // The day after `date` lies in (after, until] exactly when `date` lies in [after, until).
    if (date && date >= after && date < until) out.push(nextDay(date));
  };
  if (facts.kvk) {
    add(facts.kvk.registeredSince);
    add(facts.kvk.deregisteredOn);
  }
  for (const r of facts.insolvency ?? []) {
    add(r.from);
    addDayAfter(r.until);
  }
  for (const m of facts.disputesCommittees ?? []) {
    add(m.from);
    addDayAfter(m.until);
  }
  for (const c of ctx.committees) {
    add(c.recognisedFrom);
    addDayAfter(c.recognisedUntil);
  }
  for (const w of facts.staff ?? []) {
    for (const d of w.diplomas) {
      add(d.issued);
      add(expiry(d.issued));
    }
    addDayAfter(w.exemption?.until);
  }
  if (facts.agreement) add(facts.agreement.acceptedOn);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
