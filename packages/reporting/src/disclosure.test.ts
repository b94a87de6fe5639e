import { describe, expect, it } from 'vitest';
import {
  hiddenCount,
  hideZerosBeside,
  percentilePublishable,
  percentileShown,
  protectTotalOfParts,
  publishedBounds,
  protectTable,
  publicCount,
  publicExposure,
  publicRate,
  publicShares,
  SMALL_CELL_THRESHOLD,
} from './disclosure';

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

describe('hidden cells say why', () => {
  it('marks a count of 1 to 9 small, and a large cell hidden to protect it complementary', () => {
    const table = protectTable([[3, 250, 400]]);
    expect(table.cells[0]![0]).toEqual({ value: null, suppressed: true, reason: 'small' });
    expect(table.cells[0]![1]).toEqual({ value: null, suppressed: true, reason: 'complementary' });
    expect(table.rowTotals[0]).toEqual({ value: 655, suppressed: false });
  });

  it('marks a total hidden to protect its only non-zero cell complementary, a small total small', () => {
    // Column 0 hides 20 to protect the 4; row 1 then has one hidden cell and nothing else to
    // hide, so its total (20, not small) is hidden to protect it.
    const table = protectTable([
      [4, 0],
      [20, 0],
    ]);
    expect(table.cells[1]![0]).toMatchObject({ reason: 'complementary' });
    expect(table.rowTotals[1]).toEqual({ value: null, suppressed: true, reason: 'complementary' });
    expect(table.rowTotals[0]).toEqual({ value: null, suppressed: true, reason: 'small' });
  });
});

describe('derived figures', () => {
  it('publishes a share only when every count it implies is 0 or at least 10', () => {
    // 25 of 26 decided: one left — the share would say so.
    expect(publicShares([25], [1], [25 / 26])).toEqual([null]);
    // 16 of 26 decided: 16 and 10, both safe.
    expect(publicShares([16], [10], [16 / 26])).toEqual([0.615]);
    // Milestones 13, 16, 26 of 26: the step 13 → 16 is 3, so the second is not shown, and the
    // third's step is counted from the last shown (13 → 26).
    expect(publicShares([13, 16, 26], [13, 10, 0], [0.5, 16 / 26, 1])).toEqual([0.5, null, 1]);
    // Nothing decided yet is a safe 0.
    expect(publicShares([0], [40], [0])).toEqual([0]);
  });

  it('takes a rate over the published counts only', () => {
    // 11 objections (published 10) over 2,003 decisions (published 2,005).
    expect(publicRate(publicCount(11), publicCount(2_003))).toBe(0.005);
    expect(publicRate(publicCount(7), publicCount(2_003))).toBeNull();
    expect(publicRate(publicCount(12), publicCount(0))).toBeNull();
  });

  it('shows a percentile only with 10 cases on either side', () => {
    expect(percentilePublishable(19, 0.5)).toBe(false);
    expect(percentilePublishable(20, 0.5)).toBe(true);
    expect(percentilePublishable(49, 0.8)).toBe(false);
    expect(percentilePublishable(50, 0.8)).toBe(true);
    expect(percentilePublishable(199, 0.95)).toBe(false);
    expect(percentilePublishable(200, 0.95)).toBe(true);
  });

  it('decides a percentile on the published count, so that showing it says nothing more', () => {
    // 48 and 52 are both published as 50 (48–52): the p80 is shown for neither, as 48 is too few.
    expect(percentileShown(publicCount(48), 0.8)).toBe(false);
    expect(percentileShown(publicCount(52), 0.8)).toBe(false);
    expect(percentileShown(publicCount(53), 0.8)).toBe(true);
    expect(percentileShown(publicCount(24), 0.5)).toBe(true);
    expect(percentileShown(publicCount(20), 0.5)).toBe(false);
    expect(percentileShown(hiddenCount('small'), 0.5)).toBe(false);
  });

  it('shows money only with its count, rounded to 5 times the most one case can cost', () => {
    const max = 144_200;
    expect(publicExposure(997_000, publicCount(11), max)).toBe(721_000);
    expect(
      publicExposure(997_000, { value: null, suppressed: true, reason: 'complementary' }, max),
    ).toBeNull();
    // Divided by the maximum it says no more than the count's own rounding (± 2.5).
    for (let n = 10; n < 60; n++) {
      const shown = publicExposure(n * max, publicCount(n), max)!;
      expect(Math.abs(shown / max - n)).toBeLessThanOrEqual(2.5);
    }
  });
});

describe('zeros beside hidden counts', () => {
  const small = hiddenCount('small');
  it('hides the zeros of a series only where a count of it is hidden', () => {
    const series = [0, 3, 0, 25, 0].map(publicCount);
    expect(hideZerosBeside(series)).toEqual([small, small, small, publicCount(25), small]);
    // Without a hidden count a zero says nothing and is shown.
    const plain = [0, 12, 0].map(publicCount);
    expect(hideZerosBeside(plain)).toEqual(plain);
  });

  it('shows a zero known beforehand (a week before the scheme opened)', () => {
    const series = [0, 0, 4, 0].map(publicCount);
    expect(hideZerosBeside(series, (i) => i < 2)).toEqual([
      publicCount(0),
      publicCount(0),
      small,
      small,
    ]);
  });

  it('reads a published count as the interval it stands for', () => {
    expect(publishedBounds(publicCount(0))).toEqual([0, 0]);
    expect(publishedBounds(publicCount(11))).toEqual([10, 12]);
    expect(publishedBounds(publicCount(18))).toEqual([18, 22]);
    expect(publishedBounds(small)).toEqual([0, 9]);
    expect(publishedBounds(hiddenCount('complementary'))).toEqual([1, Number.POSITIVE_INFINITY]);
  });
});

describe('a total beside its parts', () => {
  const small = hiddenCount('small');
  it('hides a total that would pin its hidden parts: 9 and 9 published as 20', () => {
    // 18 is published as 20 (18–22); two parts under 10 that make at least 18 are both 9.
    expect(protectTotalOfParts(publicCount(18), [small, small])).toEqual(
      hiddenCount('complementary'),
    );
    // 17 is published as 15 (13–17): the parts could be 4 and 9, or 8 and 9, …
    expect(protectTotalOfParts(publicCount(17), [small, small])).toEqual(publicCount(17));
  });

  it('counts the shown parts to within their rounding', () => {
    // 25 (23–27) less 15 (13–17) leaves 6–14 for the hidden part: not one value.
    expect(protectTotalOfParts(publicCount(25), [publicCount(15), small])).toEqual(publicCount(25));
    // 30 (28–32) less 20 (18–22) leaves 6–14, within "<10" 6–9: still four values.
    expect(protectTotalOfParts(publicCount(30), [publicCount(20), small])).toEqual(publicCount(30));
    // 0 beside a hidden part: the part is a hidden 0, no count to protect; the total stands.
    expect(protectTotalOfParts(publicCount(0), [publicCount(0), small])).toEqual(publicCount(0));
  });

  it('leaves a total alone when no part is hidden, or the total is hidden already', () => {
    expect(protectTotalOfParts(publicCount(40), [publicCount(20), publicCount(20)])).toEqual(
      publicCount(40),
    );
    expect(protectTotalOfParts(small, [small, small])).toEqual(small);
  });
});
