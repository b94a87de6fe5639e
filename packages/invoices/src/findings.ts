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

/** The languages of the findings' messages. */
export type Language = keyof Finding['message'];

/**
 * An amount as the findings write it, with the separators of the language: `EUR 1.234,56` in
 * Dutch, `EUR 1,234.56` in English (as the package's other texts write `EUR 60.000` and
 * `EUR 60,000`).
 */
export function formatEuro(cents: number, lang: Language): string {
  const [group, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  const abs = Math.abs(Math.round(cents));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, group);
  return `EUR ${cents < 0 ? '-' : ''}${whole}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

/** A VAT rate in basis points as a percentage: `5,5%` in Dutch, `5.5%` in English. */
export function formatRate(basisPoints: number, lang: Language): string {
  const text = String(basisPoints / 100);
  return `${lang === 'nl' ? text.replace('.', ',') : text}%`;
}
