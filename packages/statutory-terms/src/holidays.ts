/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3), per year.
 * Easter Sunday and Whit Sunday are Sundays anyway; the Atw's list of weekdays that count:
 * Nieuwjaarsdag, Goede Vrijdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag (every year),
 * Hemelvaartsdag, Tweede Pinksterdag, Eerste and Tweede Kerstdag (TERM-4).
 */
import { addDays, type IsoDate } from './dates.js';

/** A public holiday: its date and its name. */
export interface Holiday {
  date: IsoDate;
  name: { nl: string; en: string };
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day the monarch's birthday is celebrated: Koningsdag 27 April since 2014 (26 April when the
 * 27th is a Sunday); Koninginnedag 30 April from 1949 to 2013 (29 April when the 30th is a Sunday).
 */
export function kingsDay(year: number): IsoDate {
  const [day, fallback] = year >= 2014 ? ['27', '26'] : ['30', '29'];
  const date = `${year}-04-${day}`;
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 0 ? `${year}-04-${fallback}` : date;
}

const cache = new Map<number, Holiday[]>();

/** The public holidays of the Algemene termijnenwet in a year (TERM-4), in date order. */
export function publicHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1949 || year > 9999)
    throw new RangeError(`year must be a whole year from 1949, got ${year}`);
  const known = cache.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: `${year}-01-01`, name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" } },
    { date: addDays(easter, -2), name: { nl: 'Goede Vrijdag', en: 'Good Friday' } },
    { date: addDays(easter, 1), name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    {
      date: kingsDay(year),
      name: {
        nl: year >= 2014 ? 'Koningsdag' : 'Koninginnedag',
        en: year >= 2014 ? "King's Day" : "Queen's Day",
      },
    },
    { date: `${year}-05-05`, name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' } },
    { date: addDays(easter, 39), name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' } },
    { date: addDays(easter, 50), name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' } },
    { date: `${year}-12-25`, name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } },
    { date: `${year}-12-26`, name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' } },
  ].sort((p, q) => p.date.localeCompare(q.date));
  cache.set(year, holidays);
  return holidays;
}

/** The holiday on this date, if any. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  return publicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
