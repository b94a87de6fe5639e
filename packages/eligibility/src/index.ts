/**
 * @img-groningen/eligibility — who qualifies for which IMG scheme, with a reason per rule.
 * Pure functions: validate facts with `parseFacts`, then evaluate.
 */
export {
  EligibilityFacts,
  parseFacts,
  EarlierReport,
  Payment,
  SCHEME_CODES,
  PAYERS,
  DAMAGE_REPORT_STATUSES,
  OWNERSHIP_RIGHTS,
  USE_CLASSES,
  DAMAGE_TYPES,
} from './facts.js';
export type { EligibilityFactsInput } from './facts.js';
// The error of `parseFacts`, shared by the domain packages.
export { InputError } from '@img-groningen/vocabulary/issues';
export type { InputProblem } from '@img-groningen/vocabulary/issues';
export type { RuleDefinition, RuleOutcome, RuleResult, Text } from './result.js';
export {
  VES_RULES,
  MAX_EARLIER_VES_OR_REPAIR_APPLICATIONS,
  SIX_KM_ZONE_BUILT_BEFORE,
  NON_MINING_DAMAGE,
  baselineSurvey,
} from './ves.js';
export type { VesOptions } from './ves.js';
export { evaluateVes } from './evaluate.js';
export type { EligibilityOutcome, EvaluateOptions, VesEvaluation } from './evaluate.js';
export {
  OTHER_RULES,
  VES_AMOUNT_CENTS,
  VES_SMALL_OBJECT_AMOUNT_CENTS,
  SMALL_OBJECT_MAX_AREA_M2,
  SMALL_OBJECT_MAX_WOZ_CENTS,
  DEFAULT_SMALL_OBJECT_USE_CLASSES,
  AVV_TARGET_CENTS,
  AVV_SMALL_OBJECT_TARGET_CENTS,
  REPAIR_CAP_CENTS,
  avvPriorityKey,
  canSwitch,
  evaluateAvv,
  isSmallObject,
  maatwerkNewDamage,
  repairCap,
  vesAmount,
} from './amounts.js';
export type { AmountOptions, AvvResult, RepairCap } from './amounts.js';
export { adviseSchemes } from './advise.js';
export type { SchemeAdvice } from './advise.js';
export { ALL_RULES, algorithmRegisterRecord } from './register.js';
export type { AlgorithmRegisterRecord } from './register.js';
