/**
 * @img-groningen/invoices — repair-invoice validation: structured invoices and UBL 2.1
 * e-invoices (NLCIUS / SI-UBL 2.0, Peppol BIS 3), each finding with its rule, field and message.
 */
export { Address, Invoice, InvoiceContext, InvoiceLine, Party, VatSubtotal } from './model';
export type { InvoiceContextInput, InvoiceInput } from './model';
export type { Finding } from './findings';
export {
  validateInvoice,
  isAccepted,
  lineAmount,
  HEA_MAX_TOTAL_CENTS,
  ROUNDING_TOLERANCE_CENTS,
  SUBMISSION_TERM_YEARS,
} from './validate';
export {
  btwIdProblem,
  ibanProblem,
  kvkProblem,
  passesMod11,
  passesMod97,
  postcodeProblem,
} from './identifiers';
export {
  isLegalVatRate,
  legalVatRates,
  vatOn,
  REDUCED_RATE_CHANGE,
  STANDARD_RATE_CHANGE,
} from './vat';
export { DEFAULT_MAX_BYTES, UblError, parseUbl, parseXml } from './ubl/xml';
export type { UblDocument, UblErrorCode } from './ubl/xml';
export { IMPLEMENTED_UBL_RULES, UBL_RULES, checkUbl } from './ubl/rules';
export type { UblRule } from './ubl/rules';
export { ublToInvoice } from './ubl/to-model';
export { InvoiceInputError, checkStructuredInvoice, checkUblInvoice } from './check';
export type { CheckResult } from './check';
export { runTestSet } from './peer-suite';
export type { PeerTestResult } from './peer-suite';
