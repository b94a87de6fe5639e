import { RECOGNISED_DISPUTES_COMMITTEES, type RecognisedCommittee } from './committees.js';
import type { ContractorFacts } from './facts.js';
import {
  aan1,
  aan2,
  aan3a,
  aan3b,
  aan3c,
  aan3d,
  aan4,
  aan5,
  aan6,
  aan7,
  type RuleContext,
  type RuleResult,
} from './rules.js';

/** Admitted, rejected, or information needed. */
export type AdmissionOutcome = 'admitted' | 'rejected' | 'needs-information';

/** The admission verdict on a date, with every rule. */
export interface Admission {
  outcome: AdmissionOutcome;
  onDate: string;
  rules: RuleResult[];
  /** Ids of the rules that failed, and of those that could not be checked. */
  failing: string[];
  unknown: string[];
}

/** The list of recognised committees and the agreement version required. */
export interface AdmissionOptions {
  committees?: readonly RecognisedCommittee[];
  requiredAgreementVersion?: string;
}

/** Checks every admission rule on `onDate`: admitted when all pass, rejected when any fails. */
export function evaluateAdmission(
  facts: ContractorFacts,
  onDate: string,
  options: AdmissionOptions = {},
): Admission {
  const context: RuleContext = {
    onDate,
    committees: options.committees ?? RECOGNISED_DISPUTES_COMMITTEES,
    requiredAgreementVersion: options.requiredAgreementVersion,
  };
  const rules = [
    aan1(facts, context),
    aan2(facts),
    aan3a(facts, context),
    aan3b(facts, context),
    aan3c(facts, context),
    aan3d(facts),
    ...aan4(facts, context),
    aan5(facts),
    aan6(facts, context),
    aan7(facts),
  ];
  // Ids, once each: AAN-4's two parts are one rule of the specification.
  const failing = [...new Set(rules.filter((r) => r.outcome === 'fail').map((r) => r.id))];
  const unknown = [...new Set(rules.filter((r) => r.outcome === 'unknown').map((r) => r.id))];
  const outcome: AdmissionOutcome =
    failing.length > 0 ? 'rejected' : unknown.length > 0 ? 'needs-information' : 'admitted';
  return { outcome, onDate, rules, failing, unknown };
}
