/**
 * Dutch VAT rates by the date the work was done (domain.md §8): 21 % (19 % before 2012-10-01),
 * 9 % (6 % before 2019-01-01) and 0 %. Rates in basis points (21 % = 2100) so sums stay exact.
 */
export const STANDARD_RATE_CHANGE = '2012-10-01';
/** The day the reduced VAT rate went from 6 % to 9 %. */
export const REDUCED_RATE_CHANGE = '2019-01-01';

/** The VAT rates (basis points) legal in the Netherlands on a date. */
export function legalVatRates(onDate: string): number[] {
  return [
    onDate < STANDARD_RATE_CHANGE ? 1_900 : 2_100,
    onDate < REDUCED_RATE_CHANGE ? 600 : 900,
    0,
  ];
}

/** Whether a VAT rate (basis points) was legal in the Netherlands on a date. */
export function isLegalVatRate(basisPoints: number, onDate: string): boolean {
  return legalVatRates(onDate).includes(basisPoints);
}

/** VAT on a base, in cents, rounded half away from zero (as EN 16931 rounds to 2 decimals). */
export function vatOn(baseCents: number, basisPoints: number): number {
  const exact = (baseCents * basisPoints) / 10_000;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}
