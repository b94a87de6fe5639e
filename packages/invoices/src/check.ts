/**
 * One entry for both kinds of input: a UBL document (XML text) or a structured invoice (JSON),
 * with the application's context. UBL documents get the Peppol and Dutch national rules as
 * well as the IMG's own (FAC-*).
 */
import { InputError, parseInput, type InputProblem } from '@img-groningen/vocabulary/issues';
import type { Finding } from './findings.js';
import { Invoice, InvoiceContext, type InvoiceContextInput } from './model.js';
import { checkUbl } from './ubl/rules.js';
import { ublToInvoice } from './ubl/to-model.js';
import { DEFAULT_MAX_BYTES, parseUbl } from './ubl/xml.js';
import { isAccepted, skippedRules, validateInvoice } from './validate.js';

/** Whether an invoice is accepted, every finding, and the rules the context did not allow. */
export interface CheckResult {
  accepted: boolean;
  findings: Finding[];
  /**
   * Rules not checked because the application's context (or the part they read) was not given:
   * `accepted` then holds only for the rules that were checked (see `skippedRules`).
   */
  skipped: string[];
}

/**
 * An invoice or context that is not one: one line per problem, naming the field and why
 * (`invoice.lines: missing (expected an array)`), with the problems in `issues` — the shared
 * `InputError` of the domain packages, under the name this package has always thrown.
 */
export class InvoiceInputError extends InputError {
  constructor(message: string, issues: readonly InputProblem[] = []) {
    super(message, issues);
    this.name = 'InvoiceInputError';
  }
}

function parseContext(context: InvoiceContextInput | undefined) {
  return context === undefined
    ? undefined
    : parseInput(InvoiceContext, context, 'context', InvoiceInputError);
}

/** Checks a UBL e-invoice: the Peppol and Dutch rules, then the IMG's own. */
export function checkUblInvoice(
  xml: string | Uint8Array,
  context?: InvoiceContextInput,
  options: { maxBytes?: number } = {},
): CheckResult {
  const doc = parseUbl(xml, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const ubl: Finding[] = checkUbl(doc).map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    path: f.path,
    message: { nl: `${f.ruleId}: ${f.description}`, en: f.description },
  }));
  const invoice = parseInput(
    Invoice,
    ublToInvoice(doc),
    'invoice',
    InvoiceInputError,
    'the UBL document does not map onto an invoice:',
  );
  const parsedContext = parseContext(context);
  const findings = [...ubl, ...validateInvoice(invoice, parsedContext)];
  return { accepted: isAccepted(findings), findings, skipped: skippedRules(parsedContext) };
}

/**
 * Checks a structured invoice (JSON); input that is not an invoice (a field of the wrong type, an
 * unknown field) throws an InvoiceInputError naming the fields.
 */
export function checkStructuredInvoice(input: unknown, context?: InvoiceContextInput): CheckResult {
  const invoice = parseInput(Invoice, input, 'invoice', InvoiceInputError);
  const parsedContext = parseContext(context);
  const findings = validateInvoice(invoice, parsedContext);
  return { accepted: isAccepted(findings), findings, skipped: skippedRules(parsedContext) };
}
