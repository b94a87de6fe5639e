import { describe, expect, it } from 'vitest';
import { addYears } from './dates.js';
import { PENALTY_MAX_CENTS, latePenalty } from './penalty.js';
import {
  nextWorkingDayOnOrAfter,
  objectionDecisionDue,
  objectionFilingDeadline,
  termEnd,
} from './terms.js';

describe('TERM-1: objection filing term', () => {
  it('runs 6 weeks from the day after sending: the same weekday 6 weeks later', () => {
    expect(objectionFilingDeadline('2026-01-12', 'other').date).toBe('2026-02-23');
    // 12 weeks lands on Monday 6 April 2026, Tweede Paasdag.
    expect(objectionFilingDeadline('2026-01-12', 'physicalDamage').date).toBe('2026-04-07');
  });
});

describe('TERM-4: a term ending on a weekend or public holiday ends on the next working day', () => {
  it.each([
    // [decision sent, weeks, counted end, actual end, why]
    [
      '2026-03-14',
      6,
      '2026-04-25',
      '2026-04-28',
      'Saturday, Sunday, then Monday 27 April is Koningsdag',
    ],
    [
      '2025-03-15',
      6,
      '2025-04-26',
      '2025-04-28',
      'Koningsdag on Saturday 26 April 2025, then Sunday',
    ],
    ['2026-02-20', 6, '2026-04-03', '2026-04-07', 'Goede Vrijdag, weekend, Tweede Paasdag'],
    ['2025-03-10', 6, '2025-04-21', '2025-04-22', 'Tweede Paasdag 2025'],
    ['2024-02-23', 6, '2024-04-05', '2024-04-05', 'a plain Friday: no shift'],
    ['2024-03-27', 6, '2024-05-08', '2024-05-08', 'a plain Wednesday'],
    ['2024-03-28', 6, '2024-05-09', '2024-05-10', 'Hemelvaartsdag 2024'],
    ['2026-04-02', 6, '2026-05-14', '2026-05-15', 'Hemelvaartsdag 2026'],
    ['2027-03-25', 6, '2027-05-06', '2027-05-07', 'Hemelvaartsdag 2027'],
    ['2025-11-13', 6, '2025-12-25', '2025-12-29', 'Christmas, Boxing Day, weekend'],
    [
      '2026-11-13',
      6,
      '2026-12-25',
      '2026-12-28',
      'Christmas on Friday, Boxing Day Saturday, Sunday',
    ],
    ['2025-03-24', 6, '2025-05-05', '2025-05-06', 'Bevrijdingsdag'],
    ['2025-11-20', 6, '2026-01-01', '2026-01-02', 'Nieuwjaarsdag'],
    ['2026-01-17', 6, '2026-02-28', '2026-03-02', 'a Saturday'],
    ['2026-01-18', 6, '2026-03-01', '2026-03-02', 'a Sunday'],
    ['2025-04-28', 6, '2025-06-09', '2025-06-10', 'Tweede Pinksterdag 2025'],
  ])('sent %s, %i weeks: counted %s, ends %s (%s)', (sent, weeks, counted, end) => {
    const result = termEnd(sent, weeks);
    expect(result.countedEnd).toBe(counted);
    expect(result.date).toBe(end);
  });

  it('says why the end moved', () => {
    expect(nextWorkingDayOnOrAfter('2026-04-25').shiftedOver).toEqual([
      { date: '2026-04-25', reason: 'zaterdag' },
      { date: '2026-04-26', reason: 'zondag' },
      { date: '2026-04-27', reason: 'Koningsdag' },
    ]);
  });
});

describe('TERM-2: decision on an objection', () => {
  it('runs 6 weeks from the day after the filing term ended, 12 with the advisory committee', () => {
    const regular = objectionDecisionDue({
      decisionSent: '2026-01-12',
      kind: 'other',
      advisoryCommittee: false,
    });
    expect(regular.filingDeadline).toBe('2026-02-23');
    expect(regular.date).toBe('2026-04-07'); // 6 weeks is Monday 6 April, Tweede Paasdag
    const committee = objectionDecisionDue({
      decisionSent: '2026-01-12',
      kind: 'other',
      advisoryCommittee: true,
    });
    expect(committee.date).toBe('2026-05-18');
  });

  it('adds suspension, one extension of 6 weeks and consented delay', () => {
    const base = {
      decisionSent: '2026-01-12',
      kind: 'physicalDamage' as const,
      advisoryCommittee: false,
    };
    expect(objectionDecisionDue(base).date).toBe('2026-05-19');
    expect(objectionDecisionDue({ ...base, suspensionDays: 10 }).date).toBe('2026-05-29');
    expect(objectionDecisionDue({ ...base, extended: true }).date).toBe('2026-06-30');
    expect(objectionDecisionDue({ ...base, extended: true, consentedDelayDays: 28 }).date).toBe(
      '2026-07-28',
    );
    expect(() => objectionDecisionDue({ ...base, suspensionDays: -1 })).toThrow(/suspensionDays/);
  });
});

describe('TERM-5: penalty for a late decision', () => {
  it.each([
    ['2026-03-15', 0, 0],
    ['2026-03-16', 1, 2_300],
    ['2026-03-29', 14, 32_200],
    ['2026-03-30', 15, 35_700],
    ['2026-04-26', 42, 144_200],
    ['2026-12-31', 42, 144_200],
  ])('notice 2026-03-01, on %s: %i days, %i cents', (onDate, days, cents) => {
    expect(latePenalty('2026-03-01', onDate)).toEqual({ days, cents, startsOn: '2026-03-16' });
  });

  it('names the most one late decision can cost: the penalty after all 42 days', () => {
    expect(PENALTY_MAX_CENTS).toBe(latePenalty('2026-03-01', '2027-03-01').cents);
    expect(PENALTY_MAX_CENTS).toBe(144_200);
  });
});

describe('dates', () => {
  it('adds years to the same calendar day, 29 February to 28 February', () => {
    expect(addYears('2016-02-29', 10)).toBe('2026-02-28');
    expect(addYears('2016-03-01', 10)).toBe('2026-03-01');
  });
});
