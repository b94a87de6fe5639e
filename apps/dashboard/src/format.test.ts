import { afterEach, describe, expect, it } from 'vitest';
import type { PublicCount } from '@img-groningen/reporting';
import {
  csvCount,
  formatCount,
  formatDays,
  formatMonth,
  formatShare,
  hiddenReason,
  setFormatLocale,
} from './format';

const shown = (value: number): PublicCount => ({ value, suppressed: false });
const small: PublicCount = { value: null, suppressed: true, reason: 'small' };
const complementary: PublicCount = { value: null, suppressed: true, reason: 'complementary' };

afterEach(() => setFormatLocale('nl'));

describe('formatCount', () => {
  it.each([
    ['nl', shown(12_345), '12.345'],
    ['en', shown(12_345), '12,345'],
    ['nl', 7_235, '7.235'],
    ['nl', shown(0), '0'],
    ['nl', small, '<10'],
    ['en', small, '<10'],
    // Hidden to protect another cell: it may be large, so never "<10".
    ['nl', complementary, 'afgeschermd'],
    ['en', complementary, 'protected'],
  ] as const)('in %s reads %o as %s', (language, count, text) => {
    setFormatLocale(language);
    expect(formatCount(count)).toBe(text);
  });

  it('says why a count is hidden, and nothing for a shown one', () => {
    expect([shown(10), 10, small, complementary].map(hiddenReason)).toEqual([
      null,
      null,
      'small',
      'complementary',
    ]);
  });
});

describe('csvCount', () => {
  it('writes counts as the open data do: a plain number, "<10" or "x" (CBS)', () => {
    setFormatLocale('nl');
    expect([shown(12_345), 250, shown(0), small, complementary].map(csvCount)).toEqual([
      '12345',
      '250',
      '0',
      '<10',
      'x',
    ]);
  });
});

describe('figures that are not counts', () => {
  it('show a dash when not published, never "<10"', () => {
    expect(formatDays(null)).toBe('–');
    expect(formatShare(null)).toBe('–');
    expect(formatDays(181.6)).toBe('182');
    expect(formatShare(0.962)).toBe('96%');
  });

  it('name a month with its year for a time axis, in the language shown', () => {
    expect(formatMonth('2026-11-16')).toBe('nov 2026');
    setFormatLocale('en');
    expect(formatMonth('2026-11-16')).toBe('Nov 2026');
  });
});
