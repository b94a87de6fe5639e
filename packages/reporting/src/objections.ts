/**
 * Objection deadlines from the statutory terms (TERM-1, TERM-2, TERM-4) for every objection that
 * is open on a date, with its stage and age. One computation for the public summary (counts)
 * and the management lists (per objection).
 */
import { daysBetween, latePenalty, objectionDecisionDue } from '@img-groningen/statutory-terms';
import type { DatabaseHandle } from '@img-groningen/db';
import { perDataSet } from './per-data-set';
import type { Context } from './trpc';

/** At risk: due within this many days. */
export const AT_RISK_DAYS = 14;

export type ObjectionStage = 'intake' | 'hearing' | 'advisory-committee';

export interface OpenObjection {
  id: number;
  scheme: string;
  received: string;
  ageDays: number;
  stage: ObjectionStage;
  due: string;
  daysLeft: number;
  status: 'on-time' | 'at-risk' | 'overdue';
  /** TERM-5, as an upper bound: the penalty had a notice of default been given on the due date. */
  penaltyExposureCents: number;
}

interface Row {
  id: number;
  scheme_code: string;
  decision_date: string;
  received_on: string;
  advisory_committee: boolean;
  extension_weeks: number;
  suspension_days: number;
  hearing_on: string | null;
  objection_term_weeks: number;
}

/** Due dates are a pure function of a few fields: kept, so the holiday calendar runs once per combination. */
const dueDates = new Map<string, string>();
const DUE_DATES_KEPT = 100_000;

function dueDate(r: Row): string {
  const key = `${r.decision_date}|${r.objection_term_weeks}|${r.advisory_committee}|${r.suspension_days}|${r.extension_weeks > 0}`;
  let due = dueDates.get(key);
  if (due === undefined) {
    due = objectionDecisionDue({
      decisionSent: r.decision_date,
      kind: r.objection_term_weeks >= 12 ? 'physicalDamage' : 'other',
      advisoryCommittee: r.advisory_committee,
      suspensionDays: r.suspension_days,
      extended: r.extension_weeks > 0,
    }).date;
    if (dueDates.size >= DUE_DATES_KEPT) dueDates.clear();
    dueDates.set(key, due);
  }
  return due;
}

/** The objections open on a date, with their deadlines: computed once per data set and date. */
export function openObjections(ctx: Context, asOf: string): Promise<readonly OpenObjection[]> {
  return perDataSet(ctx.db, `objections.open|${asOf}`, () => computeOpen(ctx.db, asOf));
}

async function computeOpen(db: DatabaseHandle, asOf: string): Promise<OpenObjection[]> {
  const rows = await db.query<Row>(
    `select o.id, a.scheme_code, o.decision_date::text as decision_date, o.received_on::text as received_on,
            o.advisory_committee, o.extension_weeks, o.suspension_days, o.hearing_on::text as hearing_on, s.objection_term_weeks
       from objections o join applications a on a.id = o.application_id join schemes s on s.code = a.scheme_code
      where o.received_on <= $1::date and (o.decided_on is null or o.decided_on > $1::date)
      order by o.id`,
    [asOf],
  );
  return rows.map((r) => {
    const due = dueDate(r);
    const daysLeft = daysBetween(asOf, due);
    const stage: ObjectionStage =
      r.hearing_on !== null && r.hearing_on <= asOf
        ? 'hearing'
        : r.advisory_committee
          ? 'advisory-committee'
          : 'intake';
    return {
      id: r.id,
      scheme: r.scheme_code,
      received: r.received_on,
      ageDays: daysBetween(r.received_on, asOf),
      stage,
      due,
      daysLeft,
      status: daysLeft < 0 ? 'overdue' : daysLeft <= AT_RISK_DAYS ? 'at-risk' : 'on-time',
      penaltyExposureCents: daysLeft < 0 ? latePenalty(due, asOf).cents : 0,
    };
  });
}
