import { describe, expect, it } from 'vitest';
import { protectTable, publicCount, SMALL_CELL_THRESHOLD } from './disclosure';

describe('publicCount', () => {
  it.each([
    [0, 0],
    [10, 10],
    [12, 10],
    [13, 15],
    [997, 995],
    [1_000_003, 1_000_005],
  ])('publishes %i as %i', (count, shown) => {
    expect(publicCount(count)).toEqual({ value: shown, suppressed: false });
  });

  it.each([1, 5, SMALL_CELL_THRESHOLD - 1])('suppresses %i (below the threshold)', (count) => {
    expect(publicCount(count)).toEqual({ value: null, suppressed: true, reason: 'small' });
  });

  it('never publishes a count between 1 and 9', () => {
    for (let count = 0; count < 2_000; count++) {
      const { value } = publicCount(count);
      expect(value === null || value === 0 || value >= SMALL_CELL_THRESHOLD).toBe(true);
    }
  });

  it('refuses what is not a count', () => {
    expect(() => publicCount(-1)).toThrow(/whole number/);
    expect(() => publicCount(2.5)).toThrow(/whole number/);
  });
});

describe('protectTable: complementary suppression', () => {
  const hiddenIn = (cells: { suppressed: boolean }[]) => cells.filter((c) => c.suppressed).length;

  it('hides a second cell in a row whose total would reveal a small one', () => {
    const table = protectTable([[3, 40, 120]]);
    expect(table.cells[0]!.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(table.rowTotals[0]).toEqual({ value: 165, suppressed: false });
  });

  it('hides the total when no other cell can hide the small one', () => {
    const table = protectTable([[4, 0, 0]]);
    expect(table.cells[0]![0]!.suppressed).toBe(true);
    expect(table.rowTotals[0]!.suppressed).toBe(true);
  });

  it('protects rows and columns together', () => {
    const table = protectTable([
      [5, 50, 60],
      [30, 40, 70],
      [80, 90, 100],
    ]);
    for (const row of table.cells) expect(hiddenIn(row)).not.toBe(1);
    for (let j = 0; j < 3; j++) expect(hiddenIn(table.cells.map((r) => r[j]!))).not.toBe(1);
  });

  it('never leaves exactly one hidden cell in a line with a published total, nor a count from 1 to 9 (random tables)', () => {
    let state = 5;
    const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296;
    for (let trial = 0; trial < 500; trial++) {
      const rows = 1 + Math.floor(next() * 5);
      const columns = 1 + Math.floor(next() * 6);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () =>
          next() < 0.3 ? Math.floor(next() * 10) : Math.floor(next() * 300),
        ),
      );
      const table = protectTable(counts);
      const all = [
        ...table.cells.flat(),
        ...table.rowTotals,
        ...table.columnTotals,
        table.grandTotal,
      ];
      for (const c of all) expect(c.value === null || c.value === 0 || c.value >= 10).toBe(true);
      table.cells.forEach((row, i) => {
        if (!table.rowTotals[i]!.suppressed) expect(hiddenIn(row)).not.toBe(1);
      });
      for (let j = 0; j < columns; j++) {
        if (!table.columnTotals[j]!.suppressed)
          expect(hiddenIn(table.cells.map((r) => r[j]!))).not.toBe(1);
      }
    }
  });
});
