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

export interface ProtectedTable {
  cells: PublicCount[][];
  rowTotals: PublicCount[];
  columnTotals: PublicCount[];
  grandTotal: PublicCount;
}

/**
 * Protects a table of counts that is published with its row and column totals.
 * Primary suppression hides every count from 1 to 9. Complementary suppression then hides, in
 * any row or column with exactly one hidden cell, the smallest other non-zero cell, so that no
 * hidden count can be recovered by subtracting the visible ones from a published total; when
 * no such cell is left, the total itself is hidden. Repeats until nothing changes.
 */
export function protectTable(counts: readonly (readonly number[])[]): ProtectedTable {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : counts[0]!.length;
  for (const row of counts) {
    if (row.length !== columns)
      throw new RangeError('every row must have the same number of columns');
    for (const c of row)
      if (!Number.isInteger(c) || c < 0)
        throw new RangeError(`a count must be a whole number >= 0, got ${c}`);
  }
  const rowTotal = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotal = Array.from({ length: columns }, (_, j) =>
    counts.reduce((sum, row) => sum + row[j]!, 0),
  );
  const grand = rowTotal.reduce((a, b) => a + b, 0);
  const small = (n: number) => n > 0 && n < SMALL_CELL_THRESHOLD;
  const hidden = counts.map((row) => row.map(small));
  const rowHidden = rowTotal.map(small);
  const columnHidden = columnTotal.map(small);

  const protectLine = (
    cells: { value: number; hide: () => void; isHidden: () => boolean }[],
    totalHidden: () => boolean,
    hideTotal: () => void,
  ): boolean => {
    if (totalHidden()) return false;
    const hiddenCells = cells.filter((c) => c.isHidden());
    if (hiddenCells.length !== 1) return false;
    const candidates = cells
      .filter((c) => !c.isHidden() && c.value > 0)
      .sort((a, b) => a.value - b.value);
    if (candidates.length > 0) candidates[0]!.hide();
    else hideTotal();
    return true;
  };

  for (let changed = true, guard = 0; changed && guard < 10_000; guard++) {
    changed = false;
    for (let i = 0; i < rows; i++) {
      const line = Array.from({ length: columns }, (_, j) => ({
        value: counts[i]![j]!,
        hide: () => void (hidden[i]![j] = true),
        isHidden: () => hidden[i]![j]!,
      }));
      if (
        protectLine(
          line,
          () => rowHidden[i]!,
          () => void (rowHidden[i] = true),
        )
      )
        changed = true;
    }
    for (let j = 0; j < columns; j++) {
      const line = Array.from({ length: rows }, (_, i) => ({
        value: counts[i]![j]!,
        hide: () => void (hidden[i]![j] = true),
        isHidden: () => hidden[i]![j]!,
      }));
      if (
        protectLine(
          line,
          () => columnHidden[j]!,
          () => void (columnHidden[j] = true),
        )
      )
        changed = true;
    }
  }
  const show = (n: number, hide: boolean): PublicCount =>
    hide ? { value: null, suppressed: true } : publicCount(n);
  return {
    cells: counts.map((row, i) => row.map((c, j) => show(c, hidden[i]![j]!))),
    rowTotals: rowTotal.map((t, i) => show(t, rowHidden[i]!)),
    columnTotals: columnTotal.map((t, j) => show(t, columnHidden[j]!)),
    grandTotal: show(grand, small(grand)),
  };
}
