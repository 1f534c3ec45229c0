/**
 * Calendar months for the pay tables. Leave is paid in periods that rarely match calendar months (a 민법 month from
 * the 15th, 30-day maternity blocks), while a family budgets by the month; each period's amount is shared out over
 * the calendar months by its days, rounding down on the running total so the shares add up to the amount exactly.
 */
import { daysBetween } from '../dates/calendar-date';
import { eventMonths } from '../programs/month-grid';
import { daysInMonth } from '../dates/seoul-time';

/** A calendar month as the programme calendars key it: `2027-03`. */
export type MonthKey = string;

export function monthBounds(month: MonthKey): { first: string; last: string } {
  const [year, m] = month.split('-').map(Number);
  return { first: `${month}-01`, last: `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}` };
}

/** Every calendar month from the month of `start` to the month of `end`. */
export const monthsFromTo = (start: string, end: string): MonthKey[] => eventMonths({ start, end, allDay: true });

/** How many days of [start, end] (inclusive) fall in each calendar month. */
export function daysByMonth(start: string, end: string): { month: MonthKey; days: number }[] {
  return monthsFromTo(start, end).map((month) => {
    const { first, last } = monthBounds(month);
    const from = start > first ? start : first;
    const to = end < last ? end : last;
    return { month, days: daysBetween(from, to) + 1 };
  });
}

/** `amount` for [start, end], shared out over its calendar months by days. */
export function splitByMonth(start: string, end: string, amount: number): { month: MonthKey; days: number; amount: number }[] {
  const months = daysByMonth(start, end);
  const totalDays = months.reduce((sum, m) => sum + m.days, 0);
  let daysSoFar = 0;
  let paidSoFar = 0;
  return months.map(({ month, days }) => {
    daysSoFar += days;
    const paidBy = Math.floor((amount * daysSoFar) / totalDays);
    const share = paidBy - paidSoFar;
    paidSoFar = paidBy;
    return { month, days, amount: share };
  });
}
