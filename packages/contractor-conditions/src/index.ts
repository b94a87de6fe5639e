/**
 * @img-groningen/contractor-conditions — admission of contractors for repair by own contractor
 * (HEA): the AAN rules on a date with a reason per rule, continuing compliance, and the decision
 * letter. Pure functions; statutory terms come from @img-groningen/statutory-terms.
 */
export {
  ContractorFacts,
  SafetyDiploma,
  SbiActivity,
  Worker,
  parseContractorFacts,
} from './facts.js';
export type { ContractorFactsInput } from './facts.js';
// The error of `parseContractorFacts`, shared by the domain packages.
export { InputError } from '@img-groningen/vocabulary/issues';
export type { InputProblem } from '@img-groningen/vocabulary/issues';
export { RECOGNISED_DISPUTES_COMMITTEES } from './committees.js';
export type { RecognisedCommittee } from './committees.js';
export {
  CONSTRUCTION_SBI_PREFIXES,
  VCA_VALIDITY_YEARS,
  diplomaValidUntil,
  hasBasicCertificate,
  hasVolVca,
} from './rules.js';
export type { RuleOutcome, RuleResult } from './rules.js';
export { evaluateAdmission } from './evaluate.js';
export type { Admission, AdmissionOptions, AdmissionOutcome } from './evaluate.js';
export {
  boundaryDates,
  complianceTimeline,
  nextReviewDate,
  recheckRegister,
} from './compliance.js';
export type {
  ComplianceState,
  Recheck,
  RecheckQuery,
  RegisterEntry,
  TimelineQuery,
} from './compliance.js';
export {
  CONTRACTOR_OBJECTION_WEEKS,
  decisionLetter,
  formatDate,
  renderLetterHtml,
  renderLetterText,
} from './letter.js';
export type { DecisionLetter, Language } from './letter.js';
