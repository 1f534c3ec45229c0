/**
 * Arithmetic on calendar dates written `YYYY-MM-DD` (Korean dates, no time). Done in UTC on purpose:
 * a calendar date has no time zone, so the answer never depends on the machine's TZ.
 */
import { dateProblem, daysInMonth, isDateOnly } from './seoul-time';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why a text is not a calendar date, in words for the person who typed it, or null when it is one. It never
 * suggests a time: a date field holds a date (a five-digit year typed into a date field lands here, for one).
 */
export function calendarDateProblem(date: string): string | null {
  return isDateOnly(date) ? dateProblem(date) : `'${date}'은(는) 날짜가 아닙니다. 2026-11-24처럼 연(4자리)-월-일로 쓰세요.`;
}

function parts(date: string): [number, number, number] {
  const problem = calendarDateProblem(date);
  if (problem) throw new RangeError(problem);
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a year, a month (1–12) and a day. */
export const calendarDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return fromUtc(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/**
 * The last day of a period of `months` months that starts on `start` (counted from 00:00, so `start` is its
 * first day). 민법 제160조 제2항·제3항: "최후의 월에서 그 기산일에 해당한 날의 전일로 기간이 만료한다" and "최종의 월에
 * 해당일이 없는 때에는 그 월의 말일로 기간이 만료한다". So a month from 1월 31일 ends on 2월 28일, not 2월 27일.
 */
export function periodEnd(start: string, months: number): string {
  const [y, m, d] = parts(start);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  return d > last ? calendarDate(year, month, last) : addDays(calendarDate(year, month, d), -1);
}

/** The n-th month (1-based) of a period that starts on `start`, as inclusive first and last days, by 민법 제160조. */
export function periodMonth(start: string, n: number): { start: string; end: string } {
  return { start: n === 1 ? start : addDays(periodEnd(start, n - 1), 1), end: periodEnd(start, n) };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}
