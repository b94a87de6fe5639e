/** All number and date formatting goes through here, in nl-NL. */
const numberFormat = new Intl.NumberFormat('nl-NL');
const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

export const formatCount = (value: number | null): string =>
  value === null ? '<10' : numberFormat.format(value);

/** An ISO date (YYYY-MM-DD) as a Dutch date, read as a calendar day in Europe/Amsterdam. */
export const formatDate = (iso: string): string => dateFormat.format(new Date(`${iso}T12:00:00Z`));
