/**
 * @img-groningen/invoices — repair-invoice validation: structured invoices and UBL 2.1
 * e-invoices (NLCIUS / SI-UBL 2.0, Peppol BIS 3), each finding with its rule, field and message.
 */
export { Address, Invoice, InvoiceContext, InvoiceLine, Party, VatSubtotal } from './model.js';
export type { InvoiceContextInput, InvoiceInput } from './model.js';
export type { Finding, Language } from './findings.js';
export {
  validateInvoice,
  isAccepted,
  skippedRules,
  lineAmount,
  HEA_MAX_TOTAL_CENTS,
  ROUNDING_TOLERANCE_CENTS,
  SUBMISSION_TERM_YEARS,
} from './validate.js';
export {
  btwIdProblem,
  ibanProblem,
  kvkProblem,
  passesMod11,
  passesMod97,
  postcodeProblem,
} from './identifiers.js';
export {
  isLegalVatRate,
  legalVatRates,
  vatOn,
  REDUCED_RATE_CHANGE,
  STANDARD_RATE_CHANGE,
} from './vat.js';
export { DEFAULT_MAX_BYTES, UblError, parseUbl, parseXml } from './ubl/xml.js';
export type { Node as XmlNode, UblDocument, UblErrorCode } from './ubl/xml.js';
export { IMPLEMENTED_UBL_RULES, UBL_RULES, checkUbl } from './ubl/rules.js';
export type { UblRule } from './ubl/rules.js';
export { ublToInvoice } from './ubl/to-model.js';
export { InvoiceInputError, checkStructuredInvoice, checkUblInvoice } from './check.js';
// The base of InvoiceInputError, shared by the domain packages.
export { InputError } from '@img-groningen/vocabulary/issues';
export type { InputProblem } from '@img-groningen/vocabulary/issues';
export type { CheckResult } from './check.js';
export { runTestSet } from './peer-suite.js';
export type { PeerTestResult } from './peer-suite.js';
