/**
 * One entry for both kinds of input: a UBL document (XML text) or a structured invoice (JSON),
 * with the application's context. UBL documents get the Peppol and Dutch national rules as
 * well as the IMG's own (FAC-*).
 */
import type { Finding } from './findings.js';
import { Invoice, InvoiceContext, type InvoiceContextInput } from './model.js';
import { checkUbl } from './ubl/rules.js';
import { ublToInvoice } from './ubl/to-model.js';
import { DEFAULT_MAX_BYTES, parseUbl } from './ubl/xml.js';
import { isAccepted, validateInvoice } from './validate.js';

/** Whether an invoice is accepted, and every finding. */
export interface CheckResult {
  accepted: boolean;
  findings: Finding[];
}

/** Input that cannot be read: not XML or JSON, unsafe, too large, or not an invoice. */
export class InvoiceInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvoiceInputError';
  }
}

/** Validation problems in one line, each with its path. */
const describe = (error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}) =>
  error.issues
    .map((i) => `${i.path.map(String).join('.') || '(invoice)'}: ${i.message}`)
    .join('; ');

function parseContext(context: InvoiceContextInput | undefined) {
  if (context === undefined) return undefined;
  const parsed = InvoiceContext.safeParse(context);
  if (!parsed.success) throw new InvoiceInputError(`context: ${describe(parsed.error)}`);
  return parsed.data;
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
  const invoice = Invoice.safeParse(ublToInvoice(doc));
  if (!invoice.success)
    throw new InvoiceInputError(
      `the UBL document does not map onto an invoice: ${describe(invoice.error)}`,
    );
  const findings = [...ubl, ...validateInvoice(invoice.data, parseContext(context))];
  return { accepted: isAccepted(findings), findings };
}

/** Checks a structured invoice (JSON); input that is not an invoice throws an InvoiceInputError naming the fields. */
export function checkStructuredInvoice(input: unknown, context?: InvoiceContextInput): CheckResult {
  const invoice = Invoice.safeParse(input);
  if (!invoice.success) throw new InvoiceInputError(describe(invoice.error));
  const findings = validateInvoice(invoice.data, parseContext(context));
  return { accepted: isAccepted(findings), findings };
}
