import { describe, expect, it } from 'vitest';
import { easterSunday, holidayOn, kingsDay, publicHolidays } from './holidays.js';

describe('public holidays (Algemene termijnenwet)', () => {
  it.each([
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2021, '2021-04-04'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    [2014, '2014-04-26'], // the 27th was a Sunday
    [2025, '2025-04-26'], // the 27th is a Sunday
    [2026, '2026-04-27'],
    [2013, '2013-04-30'], // Koninginnedag
    [2006, '2006-04-29'], // the 30th was a Sunday
  ])("the monarch's day %i is %s", (year, date) => {
    expect(kingsDay(year)).toBe(date);
  });

  it('lists the nine weekday holidays of 2025', () => {
    expect(publicHolidays(2025).map((h) => `${h.date} ${h.name.nl}`)).toEqual([
      '2025-01-01 Nieuwjaarsdag',
      '2025-04-18 Goede Vrijdag',
      '2025-04-21 Tweede Paasdag',
      '2025-04-26 Koningsdag',
      '2025-05-05 Bevrijdingsdag',
      '2025-05-29 Hemelvaartsdag',
      '2025-06-09 Tweede Pinksterdag',
      '2025-12-25 Eerste Kerstdag',
      '2025-12-26 Tweede Kerstdag',
    ]);
    expect(holidayOn('2026-05-14')?.name.nl).toBe('Hemelvaartsdag');
    expect(holidayOn('2026-05-15')).toBeUndefined();
  });
});
