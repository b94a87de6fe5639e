/**
 * @img-groningen/contractor-conditions — admission of contractors for repair by own contractor
 * (HEA): the AAN rules on a date with a reason per rule, continuing compliance, and the decision
 * letter. Pure functions; statutory terms come from @img-groningen/statutory-terms.
 */
export { ContractorFacts, SafetyDiploma, SbiActivity, Worker, parseContractorFacts } from './facts';
export type { ContractorFactsInput } from './facts';
export { RECOGNISED_DISPUTES_COMMITTEES } from './committees';
export type { RecognisedCommittee } from './committees';
export {
  CONSTRUCTION_SBI_PREFIXES,
  VCA_VALIDITY_YEARS,
  diplomaValidUntil,
  hasBasicCertificate,
  hasVolVca,
} from './rules';
export type { RuleOutcome, RuleResult } from './rules';
export { evaluateAdmission } from './evaluate';
export type { Admission, AdmissionOptions, AdmissionOutcome } from './evaluate';
export { boundaryDates, complianceTimeline, nextReviewDate, recheckRegister } from './compliance';
export type { ComplianceState, Recheck, RegisterEntry } from './compliance';
export {
  CONTRACTOR_OBJECTION_WEEKS,
  decisionLetter,
  formatDate,
  renderLetterHtml,
  renderLetterText,
} from './letter';
export type { DecisionLetter, Language } from './letter';
