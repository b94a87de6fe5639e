/**
 * Disclosure control for public figures: a count below the threshold is never published, and
 * published counts are rounded, so that no figure can point at an individual.
 */

/** Counts below this are suppressed in public outputs. */
export const SMALL_CELL_THRESHOLD = 10;
/** Public counts are rounded to a multiple of this. */
export const ROUNDING_BASE = 5;

export type PublicCount = { value: number; suppressed: false } | { value: null; suppressed: true };

export function publicCount(count: number): PublicCount {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`a count must be a whole number >= 0, got ${count}`);
  if (count > 0 && count < SMALL_CELL_THRESHOLD) return { value: null, suppressed: true };
  // Rounding may not bring a published count back into the suppressed band.
  return {
    value: Math.max(
      count === 0 ? 0 : SMALL_CELL_THRESHOLD,
      Math.round(count / ROUNDING_BASE) * ROUNDING_BASE,
    ),
    suppressed: false,
  };
}
