import {
  baselineSurvey,
  ves1,
  ves2,
  ves3,
  ves4,
  ves5,
  ves6,
  ves7,
  ves8,
  ves9,
  type VesOptions,
} from './ves.js';
import { vesAmount, type AmountOptions } from './amounts.js';
import type { EligibilityFacts } from './facts.js';
import type { RuleResult, Text } from './result.js';

/** The overall answer: eligible, not eligible, or information needed. */
export type EligibilityOutcome = 'eligible' | 'not-eligible' | 'needs-information';

/** The answer on the fixed compensation: every rule, what is missing, and what follows. */
export interface VesEvaluation {
  outcome: EligibilityOutcome;
  /** Every condition, in order: VES-1 … VES-9. */
  rules: RuleResult[];
  /** The rules that could not be decided for want of facts. */
  missing: string[];
  /**
   * VES-9: whether a new application for the object is possible after an earlier VES decision,
   * and which scheme takes it: VES after a quake above 5 mm/s, maatwerk for new settlement
   * damage from deep subsidence (IEDB); null when not possible or not known.
   */
  newApplication: { possible: boolean | null; scheme: 'VES' | 'MAATWERK' | null; reason: Text };
  /** VES-10 */
  baselineSurvey: { readonly needed: boolean | null; readonly reason: Text };
  /** AMT-1 */
  amount: { readonly cents: number | null; readonly reason: Text };
}

/** The options of `evaluateVes`: those of VES-5a and of AMT-1. */
export type EvaluateOptions = VesOptions & AmountOptions;

/**
 * The fixed compensation: eligible exactly when no condition fails or is unknown; not
 * eligible when one fails; otherwise it needs information, and `missing` says which.
 */
export function evaluateVes(facts: EligibilityFacts, options: EvaluateOptions = {}): VesEvaluation {
  const v9 = ves9(facts);
  const rules = [
    ves1(facts, v9),
    ves2(facts),
    ves3(facts),
    ves4(facts),
    ves5(facts, options),
    ves6(facts),
    ves7(facts),
    ves8(facts),
    v9,
  ];
  let failed = false;
  const missing: string[] = [];
  for (const r of rules) {
    if (r.outcome === 'fail') failed = true;
    else if (r.outcome === 'unknown') missing.push(r.id);
  }
  return {
    outcome: failed ? 'not-eligible' : missing.length > 0 ? 'needs-information' : 'eligible',
    rules,
    missing,
    newApplication: {
      possible:
        v9.outcome === 'not-applicable' || v9.outcome === 'pass'
          ? true
          : v9.outcome === 'fail'
            ? false
            : null,
      scheme: v9.outcome === 'pass' ? (v9.route ?? null) : null,
      reason: v9.reason,
    },
    baselineSurvey: baselineSurvey(facts),
    amount: vesAmount(facts, options),
  };
}
