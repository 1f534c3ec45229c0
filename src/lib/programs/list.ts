/** Grouping for programme lists: by the month a programme starts, in the order given. */
import type { CalendarEvent } from './month-grid';

export interface MonthGroup<E> {
  year: number;
  month: number;
  /** 2026년 12월 */
  label: string;
  items: E[];
}

export function groupByStartMonth<E extends { data: CalendarEvent }>(items: readonly E[]): MonthGroup<E>[] {
  const groups: MonthGroup<E>[] = [];
  for (const item of items) {
    const [year, month] = item.data.start.slice(0, 7).split('-').map(Number);
    const last = groups.at(-1);
    if (last && last.year === year && last.month === month) last.items.push(item);
    else groups.push({ year, month, label: `${year}년 ${month}월`, items: [item] });
  }
  return groups;
}
