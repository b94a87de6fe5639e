import { describe, expect, it } from 'vitest';
import { kaplanMeier } from './kaplan-meier';

describe('kaplanMeier', () => {
  it('gives the empirical share when nothing is censored', () => {
    const km = kaplanMeier([10, 20, 20, 30].map((t) => ({ t, events: 1, censored: 0 })));
    expect(km.at(9)).toBe(1);
    expect(km.at(10)).toBeCloseTo(0.75);
    expect(km.at(20)).toBeCloseTo(0.25);
    expect(km.at(30)).toBe(0);
    expect(km.median).toBe(20);
  });

  it('handles censoring as the textbook example does', () => {
    // Times 3, 5+, 6, 8+, 10, 12 (+ = censored): S(3) = 5/6, S(6) = 5/6·3/4, S(10) = ·1/2, S(12) = 0.
    const km = kaplanMeier([
      { t: 3, events: 1, censored: 0 },
      { t: 5, events: 0, censored: 1 },
      { t: 6, events: 1, censored: 0 },
      { t: 8, events: 0, censored: 1 },
      { t: 10, events: 1, censored: 0 },
      { t: 12, events: 1, censored: 0 },
    ]);
    expect(km.at(3)).toBeCloseTo(5 / 6);
    expect(km.at(7)).toBeCloseTo((5 / 6) * (3 / 4));
    expect(km.at(10)).toBeCloseTo((5 / 6) * (3 / 4) * (1 / 2));
    expect(km.median).toBe(10);
    expect(km.n).toBe(6);
  });

  it('has no median while more than half are still open', () => {
    const km = kaplanMeier([
      { t: 5, events: 2, censored: 0 },
      { t: 40, events: 0, censored: 8 },
    ]);
    expect(km.at(100)).toBeCloseTo(0.8);
    expect(km.median).toBeNull();
  });

  it('differs from the naive median of decided cases when many are open (the reason to use it)', () => {
    // 10 decided fast, 30 still open after 200 days: the naive median of the decided is 20 days.
    const km = kaplanMeier([
      { t: 20, events: 10, censored: 0 },
      { t: 200, events: 0, censored: 30 },
    ]);
    expect(km.median).toBeNull();
    expect(1 - km.at(182)).toBeCloseTo(0.25);
  });
});
