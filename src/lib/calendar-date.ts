/**
 * Arithmetic on calendar dates written `YYYY-MM-DD` (Korean dates, no time). Done in UTC on purpose:
 * a calendar date has no time zone, so the answer never depends on the machine's TZ.
 */
import { dateProblem, daysInMonth, isDateOnly } from './seoul-time';

const DAY_MS = 24 * 60 * 60 * 1000;

function parts(date: string): [number, number, number] {
  const problem = isDateOnly(date) ? dateProblem(date) : `'${date}': 날짜만 쓰세요 (예: 2026-11-24).`;
  if (problem) throw new RangeError(problem);
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/** Same day `months` later; a day the target month lacks becomes its last day (1월 31일 + 1개월 = 2월 28일). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
}

export const addYears = (date: string, years: number) => addMonths(date, years * 12);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}
