/**
 * All number, date and currency formatting goes through here, in the language shown (nl-NL by
 * default, en-GB); dates are calendar days read in Europe/Amsterdam.
 */
let locale: 'nl-NL' | 'en-GB' = 'nl-NL';
let numbers = new Intl.NumberFormat(locale);
let dates = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
let money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
let shares = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

export function setFormatLocale(language: 'nl' | 'en'): void {
  locale = language === 'en' ? 'en-GB' : 'nl-NL';
  numbers = new Intl.NumberFormat(locale);
  dates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  shares = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
}

/** A count; a suppressed count (null) is "<10". */
export const formatCount = (value: number | null): string =>
  value === null ? '<10' : numbers.format(value);

/** Days, or "–" when not shown (too few cases). */
export const formatDays = (value: number | null): string =>
  value === null ? '–' : numbers.format(Math.round(value));

/** A share 0..1 as a percentage, or "–". */
export const formatShare = (value: number | null): string =>
  value === null ? '–' : shares.format(value);

/** Integer euro cents as euros. */
export const formatCents = (cents: number): string => money.format(cents / 100);

/** An ISO date (YYYY-MM-DD) as a date in the language shown. */
export const formatDate = (iso: string): string => dates.format(new Date(`${iso}T12:00:00Z`));
