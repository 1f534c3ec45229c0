import { describe, expect, it } from 'vitest';
import { buildMonthGrid, eventDays, eventMonths, monthRange, shiftMonth, type CalendarEvent } from '../../src/lib/programs/month-grid';

type Named = CalendarEvent & { name: string };
const namesOn = (grid: ReturnType<typeof buildMonthGrid<Named>>, date: string) =>
  grid.weeks.flat().find((d) => d.date === date)?.events.map((p) => `${p.event.name} ${p.dayNumber}/${p.dayCount}`);

describe('buildMonthGrid', () => {
  it('lays out a month that starts on Sunday with no leading days (February 2026: exactly four weeks)', () => {
    const grid = buildMonthGrid(2026, 2, [], '2026-11-24');
    expect(grid.weeks).toHaveLength(4);
    expect(grid.weeks[0][0]).toMatchObject({ date: '2026-02-01', weekday: 0, inMonth: true });
    expect(grid.weeks[3][6]).toMatchObject({ date: '2026-02-28', weekday: 6, inMonth: true });
  });

  it('lays out a month that starts on Saturday over six weeks (August 2026)', () => {
    const grid = buildMonthGrid(2026, 8, [], '2026-11-24');
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0].map((d) => d.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(grid.weeks[0][0].date).toBe('2026-07-26');
    expect(grid.weeks[0][6]).toMatchObject({ date: '2026-08-01', weekday: 6 });
    expect(grid.weeks[5][1]).toMatchObject({ date: '2026-08-31', inMonth: true });
    expect(grid.weeks[5][2]).toMatchObject({ date: '2026-09-01', inMonth: false });
  });

  it('has 29 days in February of a leap year and 28 otherwise', () => {
    const inMonth = (year: number) => buildMonthGrid(year, 2, [], '2026-11-24').weeks.flat().filter((d) => d.inMonth);
    expect(inMonth(2024)).toHaveLength(29);
    expect(inMonth(2024).at(-1)?.date).toBe('2024-02-29');
    expect(inMonth(2028)).toHaveLength(29);
    expect(inMonth(2026)).toHaveLength(28);
    expect(inMonth(2100)).toHaveLength(28); // divisible by 100, not by 400
    expect(inMonth(2000)).toHaveLength(29);
  });

  it('marks today, and only today', () => {
    const grid = buildMonthGrid(2026, 11, [], '2026-11-24');
    const marked = grid.weeks.flat().filter((d) => d.isToday);
    expect(marked.map((d) => d.date)).toEqual(['2026-11-24']);
    expect(marked[0].weekday).toBe(2); // a Tuesday
  });

  it('shows an event that runs past midnight on both days', () => {
    const night: Named = { name: '야간 상담', start: '2026-12-11T22:00', end: '2026-12-12T01:00' };
    const grid = buildMonthGrid(2026, 12, [night], '2026-11-24');
    expect(namesOn(grid, '2026-12-11')).toEqual(['야간 상담 1/2']);
    expect(namesOn(grid, '2026-12-12')).toEqual(['야간 상담 2/2']);
    expect(namesOn(grid, '2026-12-13')).toEqual([]);
  });

  it('shows an event that crosses the month end in both months, including the leading/trailing cells', () => {
    const fair: Named = { name: '박람회', start: '2026-11-30', end: '2026-12-02', allDay: true };
    const november = buildMonthGrid(2026, 11, [fair], '2026-11-24');
    const december = buildMonthGrid(2026, 12, [fair], '2026-11-24');
    expect(namesOn(november, '2026-11-30')).toEqual(['박람회 1/3']);
    expect(namesOn(november, '2026-12-01')).toEqual(['박람회 2/3']); // trailing cell of November's grid
    expect(namesOn(december, '2026-11-30')).toEqual(['박람회 1/3']); // leading cell of December's grid
    expect(namesOn(december, '2026-12-02')).toEqual(['박람회 3/3']);
    expect(namesOn(december, '2026-12-03')).toEqual([]);
  });

  it('shows an event crossing the year end in December and January', () => {
    const camp: Named = { name: '겨울 캠프', start: '2026-12-31T10:00', end: '2027-01-01T16:00' };
    expect(namesOn(buildMonthGrid(2026, 12, [camp], '2026-11-24'), '2026-12-31')).toEqual(['겨울 캠프 1/2']);
    expect(namesOn(buildMonthGrid(2027, 1, [camp], '2026-11-24'), '2027-01-01')).toEqual(['겨울 캠프 2/2']);
  });

  it('orders events within a day by start time, all-day first', () => {
    const a: Named = { name: '오후', start: '2026-12-05T14:00', end: '2026-12-05T15:00' };
    const b: Named = { name: '종일', start: '2026-12-05', end: '2026-12-05', allDay: true };
    const c: Named = { name: '오전', start: '2026-12-05T10:00', end: '2026-12-05T11:00' };
    expect(namesOn(buildMonthGrid(2026, 12, [a, b, c], '2026-11-24'), '2026-12-05')).toEqual(['종일 1/1', '오전 1/1', '오후 1/1']);
  });
});

describe('eventDays', () => {
  it('does not spill into the next day when an event ends exactly at midnight', () => {
    expect(eventDays({ start: '2026-12-11T20:00', end: '2026-12-12T00:00' })).toEqual(['2026-12-11']);
  });
  it('counts the days of an all-day event inclusively, across a leap day', () => {
    expect(eventDays({ start: '2028-02-28', end: '2028-03-01', allDay: true })).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });
  it('lists every month touched', () => {
    expect(eventMonths({ start: '2026-12-31T22:00', end: '2027-01-01T02:00' })).toEqual(['2026-12', '2027-01']);
  });
});

describe('month arithmetic', () => {
  it('moves across year boundaries', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth({ year: 2026, month: 5 }, -17)).toEqual({ year: 2024, month: 12 });
  });
  it('lists a range of months inclusively', () => {
    expect(monthRange({ year: 2026, month: 11 }, { year: 2027, month: 2 }).map((m) => `${m.year}-${m.month}`)).toEqual([
      '2026-11',
      '2026-12',
      '2027-1',
      '2027-2',
    ]);
  });
});
