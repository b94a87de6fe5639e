/** ISO weeks (2026-W47) as calendar days, Monday to Sunday. */
import {
  endOfISOWeek,
  format,
  getISOWeek,
  getISOWeekYear,
  parseISO,
  setISOWeek,
  startOfISOWeek,
} from 'date-fns';

export const ISO_WEEK = /^([0-9]{4})-W([0-9]{2})$/;

export function weekDates(week: string): { monday: string; sunday: string } | null {
  const match = ISO_WEEK.exec(week);
  if (!match) return null;
  const day = setISOWeek(parseISO(`${match[1]}-01-04`), Number(match[2]));
  if (getISOWeekYear(day) !== Number(match[1]) || getISOWeek(day) !== Number(match[2])) return null;
  return {
    monday: format(startOfISOWeek(day), 'yyyy-MM-dd'),
    sunday: format(endOfISOWeek(day), 'yyyy-MM-dd'),
  };
}
