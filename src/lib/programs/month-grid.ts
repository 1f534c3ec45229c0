/**
 * Month calendars for the programme pages: weeks from Sunday to Saturday, with every event placed on
 * each Korean day it covers. Dates are plain `YYYY-MM-DD` keys computed in UTC arithmetic, so the
 * result never depends on the machine's time zone.
 */
import { addDays, calendarDate, weekdayOf } from '../dates/calendar-date';
import { daysInMonth, isDateOnly } from '../dates/seoul-time';

export interface CalendarEvent {
  start: string;
  end: string;
  allDay?: boolean;
}

/** An event on one of its days; a three-day event appears three times, as day 1, 2 and 3 of 3. */
export interface Placement<E> {
  event: E;
  dayNumber: number;
  dayCount: number;
}

export interface CalendarDay<E> {
  date: string;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** false for the leading and trailing days of neighbouring months that fill the first and last week. */
  inMonth: boolean;
  isToday: boolean;
  events: Placement<E>[];
}

export interface MonthGrid<E> {
  year: number;
  month: number;
  /** Rows of seven days, Sunday first. */
  weeks: CalendarDay<E>[][];
}

export interface YearMonth {
  year: number;
  month: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export const monthKey = ({ year, month }: YearMonth) => `${year}-${pad(month)}`;

export function shiftMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The Korean days an event covers, first to last. All-day ends are inclusive (`end: 2026-12-02` means
 * through 2 December). A timed event that ends exactly at 00:00 does not cover the day that just began.
 */
export function eventDays(event: CalendarEvent): string[] {
  const first = event.start.slice(0, 10);
  let last = event.end.slice(0, 10);
  const endsAtMidnight = !event.allDay && !isDateOnly(event.end) && event.end.endsWith('T00:00');
  if (endsAtMidnight && last > first) last = addDays(last, -1);
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The months an event touches, as `YYYY-MM`. */
export function eventMonths(event: CalendarEvent): string[] {
  return [...new Set(eventDays(event).map((day) => day.slice(0, 7)))];
}

/** A month as Sunday-first weeks, with events placed on every day they cover and `today` marked. */
export function buildMonthGrid<E extends CalendarEvent>(year: number, month: number, events: readonly E[], today: string): MonthGrid<E> {
  const byDay = new Map<string, Placement<E>[]>();
  for (const event of events) {
    const days = eventDays(event);
    days.forEach((day, i) => {
      const list = byDay.get(day) ?? [];
      list.push({ event, dayNumber: i + 1, dayCount: days.length });
      byDay.set(day, list);
    });
  }
  for (const list of byDay.values()) list.sort((a, b) => (a.event.start < b.event.start ? -1 : a.event.start > b.event.start ? 1 : 0));

  const firstOfMonth = calendarDate(year, month, 1);
  const leading = weekdayOf(firstOfMonth);
  const weekCount = Math.ceil((leading + daysInMonth(year, month)) / 7);
  const gridStart = addDays(firstOfMonth, -leading);

  const weeks: CalendarDay<E>[][] = [];
  for (let w = 0; w < weekCount; w++) {
    const week: CalendarDay<E>[] = [];
    for (let d = 0; d < 7; d++) {
      const key = addDays(gridStart, w * 7 + d);
      week.push({
        date: key,
        day: Number(key.slice(8)),
        weekday: d,
        inMonth: key.slice(0, 7) === firstOfMonth.slice(0, 7),
        isToday: key === today,
        events: byDay.get(key) ?? [],
      });
    }
    weeks.push(week);
  }
  return { year, month, weeks };
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  const months: YearMonth[] = [];
  for (let m = from; monthKey(m) <= monthKey(to); m = shiftMonth(m, 1)) months.push(m);
  return months;
}
