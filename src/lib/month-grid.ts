/**
 * Month calendars for the programme pages: weeks from Sunday to Saturday, with every event placed on
 * each Korean day it covers. Dates are plain `YYYY-MM-DD` keys computed in UTC arithmetic, so the
 * result never depends on the machine's time zone.
 */
import { daysInMonth, isDateOnly } from './seoul-time';

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
const dayMs = 24 * 60 * 60 * 1000;

function keyToUtc(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function utcToKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

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
  if (endsAtMidnight && last > first) last = utcToKey(keyToUtc(last) - dayMs);
  const days: string[] = [];
  for (let ms = keyToUtc(first); ms <= keyToUtc(last); ms += dayMs) days.push(utcToKey(ms));
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

  const firstOfMonth = Date.UTC(year, month - 1, 1);
  const leading = new Date(firstOfMonth).getUTCDay();
  const weekCount = Math.ceil((leading + daysInMonth(year, month)) / 7);
  const gridStart = firstOfMonth - leading * dayMs;

  const weeks: CalendarDay<E>[][] = [];
  for (let w = 0; w < weekCount; w++) {
    const week: CalendarDay<E>[] = [];
    for (let d = 0; d < 7; d++) {
      const ms = gridStart + (w * 7 + d) * dayMs;
      const date = new Date(ms);
      const key = utcToKey(ms);
      week.push({
        date: key,
        day: date.getUTCDate(),
        weekday: d,
        inMonth: date.getUTCMonth() === month - 1,
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
