/**
 * All number, date and currency formatting goes through here, in the language shown (nl-NL by
 * default, en-GB); dates are calendar days read in Europe/Amsterdam.
 */
import type { PublicCount } from '@img-groningen/reporting';
import { messages, type Language } from './i18n/messages';

/** Every formatter, in one language: made anew when the language changes. */
function formattersFor(language: Language) {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const day = { timeZone: 'Europe/Amsterdam' } as const;
  return {
    language,
    numbers: new Intl.NumberFormat(locale),
    dates: new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...day,
    }),
    months: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', ...day }),
    money: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }),
    shares: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
  };
}

let f = formattersFor('nl');

export function setFormatLocale(language: Language): void {
  f = formattersFor(language);
}

/**
 * A count as the API publishes it, or a plain number. A hidden count is never a bare null here:
 * only the API knows why it is hidden, and the two reasons read differently — a small count
 * (under 10: 1 to 9, or 0 beside hidden counts) is "<10", but a count hidden to protect another one may be large, so it must never
 * read "<10".
 */
export type Count = PublicCount | number;

/** Why a count is hidden, or null when it is shown. */
export const hiddenReason = (count: Count): 'small' | 'complementary' | null =>
  typeof count === 'number' || !count.suppressed ? null : count.reason;

/** The number of a count, or null when it is hidden (drawn as a gap or an empty bar). */
export const countValue = (count: Count): number | null =>
  typeof count === 'number' ? count : count.value;

/** A count: "<10" when small, "afgeschermd" ("protected") when hidden to protect another. */
export function formatCount(count: Count): string {
  const reason = hiddenReason(count);
  if (reason) return messages[f.language].cell[reason];
  return f.numbers.format(countValue(count)!);
}

/**
 * A count in a CSV file, as the open data write it (the CBS convention): a plain number, "<10"
 * for a small count and "x" for one hidden to protect another.
 */
export function csvCount(count: Count): string {
  const reason = hiddenReason(count);
  return reason === 'small' ? '<10' : reason === 'complementary' ? 'x' : String(countValue(count));
}

/** Days, or "–" when not shown (too few cases). */
export const formatDays = (value: number | null): string =>
  value === null ? '–' : f.numbers.format(Math.round(value));

/** A share 0..1 as a percentage, or "–". */
export const formatShare = (value: number | null): string =>
  value === null ? '–' : f.shares.format(value);

/** Integer euro cents as euros. */
export const formatCents = (cents: number): string => f.money.format(cents / 100);

const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** An ISO date (YYYY-MM-DD) as a date in the language shown. */
export const formatDate = (iso: string): string => f.dates.format(noon(iso));

/** An ISO date's month, short, with the year (a time axis' ticks): "nov 2026". */
export const formatMonth = (iso: string): string => f.months.format(noon(iso));
