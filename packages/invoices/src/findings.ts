/** One finding on an invoice: the rule, how serious, where, and why (nl, en). */
export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning';
  /** Where in the invoice: a JSON path (`lines[2].hours`) or, for UBL, the element. */
  path: string;
  message: { nl: string; en: string };
}

export const finding = (
  ruleId: string,
  path: string,
  nl: string,
  en: string,
  severity: Finding['severity'] = 'error',
): Finding => ({ ruleId, severity, path, message: { nl, en } });
