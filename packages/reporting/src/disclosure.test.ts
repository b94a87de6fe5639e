import { describe, expect, it } from 'vitest';
import { publicCount, SMALL_CELL_THRESHOLD } from './disclosure';

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
    expect(publicCount(count)).toEqual({ value: null, suppressed: true });
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
