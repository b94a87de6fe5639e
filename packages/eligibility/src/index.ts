/**
 * @img-groningen/eligibility — who qualifies for which IMG scheme, with a reason per rule.
 * Pure functions: validate facts with `parseFacts`, then evaluate.
 */
export {
  EligibilityFacts,
  parseFacts,
  factsJsonSchema,
  SCHEME_CODES,
  PAYERS,
  OWNERSHIP_RIGHTS,
  USE_CLASSES,
  DAMAGE_TYPES,
} from './facts';
export type { EligibilityFactsInput } from './facts';
export type { RuleDefinition, RuleOutcome, RuleResult, Text } from './result';
export {
  VES_RULES,
  MAX_EARLIER_VES_OR_REPAIR_APPLICATIONS,
  SIX_KM_ZONE_BUILT_BEFORE,
  NON_MINING_DAMAGE,
  baselineSurvey,
} from './ves';
export type { VesOptions } from './ves';
export { evaluateVes } from './evaluate';
export type { EligibilityOutcome, EvaluateOptions, VesEvaluation } from './evaluate';
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
} from './amounts';
export type { AmountOptions, AvvResult } from './amounts';
export { adviseSchemes } from './advise';
export type { SchemeAdvice } from './advise';
export { ALL_RULES, algorithmRegisterRecord } from './register';
export type { AlgorithmRegisterRecord } from './register';
