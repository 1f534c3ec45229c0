import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, periodEnd, periodMonth } from '../../src/lib/dates/calendar-date';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { writeIcs } from '../../src/lib/feeds/ics';
import { buildTimeline, pregnancyWeekOn, pregnancyWeekStart, timelineIcsEvents } from '../../src/lib/benefits/timeline';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);
const item = (timeline: ReturnType<typeof buildTimeline>, id: string) => timeline.items.find((i) => i.id === id)!;

describe('calendar dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-25', '2027-01-04')).toBe(10);
  });

  // 민법 제160조 제2항·제3항, worked by hand: a period ends the day before the same day of the last month,
  // or on that month's last day when it has no such day.
  it('ends a period of months as 민법 제160조 says', () => {
    expect(periodEnd('2026-01-01', 1)).toBe('2026-01-31');
    expect(periodEnd('2026-03-15', 1)).toBe('2026-04-14');
    expect(periodEnd('2026-01-31', 1)).toBe('2026-02-28'); // no 2월 31일: the last day of February, not a day early
    expect(periodEnd('2028-01-31', 1)).toBe('2028-02-29');
    expect(periodEnd('2026-01-29', 1)).toBe('2026-02-28');
    expect(periodEnd('2026-01-28', 1)).toBe('2026-02-27');
    expect(periodEnd('2026-11-30', 3)).toBe('2027-02-28');
    expect(periodEnd('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('cuts a period into its months without gaps or overlaps', () => {
    expect([1, 2, 3].map((n) => periodMonth('2026-01-31', n))).toEqual([
      { start: '2026-01-31', end: '2026-02-28' },
      { start: '2026-03-01', end: '2026-03-30' },
      { start: '2026-03-31', end: '2026-04-30' },
    ]);
  });
});

describe('pregnancy weeks', () => {
  it('counts weeks from 280 days before the due date', () => {
    expect(pregnancyWeekStart('2027-01-07', 0)).toBe('2026-04-02');
    expect(pregnancyWeekStart('2027-01-07', 40)).toBe('2027-01-07');
    expect(pregnancyWeekStart('2027-01-07', 32)).toBe('2026-11-12');
    expect(pregnancyWeekOn('2027-01-07', '2026-11-12')).toEqual({ weeks: 32, days: 0 });
    expect(pregnancyWeekOn('2027-01-07', '2026-11-11')).toEqual({ weeks: 31, days: 6 });
  });

  it('reduced hours: up to 12 weeks 6 days, and from week 32 to the day before the due date', () => {
    const timeline = buildTimeline({ date: '2027-01-07', dateKind: 'due', multipleBirth: false }, rules);
    const early = item(timeline, 'pregnancy-early');
    expect(pregnancyWeekOn('2027-01-07', early.end)).toEqual({ weeks: 12, days: 6 });
    expect(pregnancyWeekOn('2027-01-07', addDays(early.end, 1))).toEqual({ weeks: 13, days: 0 });
    expect(item(timeline, 'pregnancy-late')).toMatchObject({ start: '2026-11-12', end: '2027-01-06' });
    expect(item(timeline, 'pregnancy-late-apply').start).toBe('2026-11-09');
  });

  it('leaves out the pregnancy windows when the baby is already born', () => {
    const timeline = buildTimeline({ date: '2026-11-20', dateKind: 'birth', multipleBirth: false }, rules);
    expect(timeline.items.some((i) => i.topic === 'pregnancy')).toBe(false);
  });
});

describe('maternity leave range', () => {
  it('single birth: 90 days, at most 45 before and at least 45 from the birth day', () => {
    const timeline = buildTimeline({ date: '2026-09-10', dateKind: 'due', multipleBirth: false }, rules);
    const earliest = item(timeline, 'maternity-earliest');
    expect(earliest).toMatchObject({ start: '2026-07-27', end: '2026-10-24' });
    expect(daysBetween(earliest.start, earliest.end) + 1).toBe(90);
    expect(daysBetween(earliest.start, '2026-09-10')).toBe(45);
    expect(item(timeline, 'maternity-after-birth')).toMatchObject({ start: '2026-09-10', end: '2026-10-24' });
  });

  it('multiple birth: 120 days with 60 from the birth day', () => {
    const timeline = buildTimeline({ date: '2026-09-10', dateKind: 'due', multipleBirth: true }, rules);
    const earliest = item(timeline, 'maternity-earliest');
    expect(earliest.title).toContain('120일');
    expect(daysBetween(earliest.start, earliest.end) + 1).toBe(120);
    expect(daysBetween(earliest.start, '2026-09-10')).toBe(60);
    expect(item(timeline, 'maternity-after-birth').end).toBe('2026-11-08');
    expect(timeline.notes.join(' ')).toContain('다태아');
  });
});

describe('a due date around the new year', () => {
  const timeline = buildTimeline({ date: '2027-01-02', dateKind: 'due', multipleBirth: false, spouseEmployed: true }, rules);

  it('puts the leave start in the old year and the windows in the new one', () => {
    expect(item(timeline, 'maternity-earliest')).toMatchObject({ start: '2026-11-18', end: '2027-02-15' });
    expect(item(timeline, 'pregnancy-late')).toMatchObject({ start: '2026-11-07', end: '2027-01-01' });
  });

  it('배우자 출산전후휴가 (from 2026-09-18): from 50 days before the due date to 120 days from the birth day', () => {
    expect(item(timeline, 'spouse-leave')).toMatchObject({ title: '배우자 출산전후휴가 20일 (근무일)', start: '2026-11-13', end: '2027-05-01' });
    expect(item(timeline, 'spouse-leave-last-day').start).toBe('2027-05-01');
  });

  it('parental leave options: 6+6 until 18 months, parental leave until age 8', () => {
    expect(item(timeline, 'six-plus-six').end).toBe('2028-07-01');
    expect(item(timeline, 'parental-leave').end).toBe('2036-01-01');
    expect(item(timeline, 'childcare-reduced-hours').end).toBe('2040-01-01');
  });

  it('lists items in date order', () => {
    const starts = timeline.items.map((i) => i.start);
    expect([...starts].sort()).toEqual(starts);
  });
});

describe('배우자 출산전후휴가 window (남녀고용평등법 제18조의2, facts sheet: from 2026-09-18)', () => {
  it('issue 13: a due date of 2027-01-10 opens the spouse window on 2026-11-21', () => {
    const timeline = buildTimeline({ date: '2027-01-10', dateKind: 'due', multipleBirth: false }, rules);
    expect(item(timeline, 'spouse-leave')).toMatchObject({ start: '2026-11-21', end: '2027-05-09' });
  });

  it('never opens the window before the rule took effect', () => {
    const timeline = buildTimeline({ date: '2026-10-01', dateKind: 'due', multipleBirth: false }, rules);
    expect(item(timeline, 'spouse-leave').start).toBe('2026-09-18');
  });

  it('before 2026-09-18 the leave (then 배우자 출산휴가) started on the birth day', () => {
    const timeline = buildTimeline({ date: '2026-03-10', dateKind: 'birth', multipleBirth: false }, rules);
    expect(item(timeline, 'spouse-leave')).toMatchObject({ title: '배우자 출산휴가 20일 (근무일)', start: '2026-03-10', end: '2026-07-07' });
  });

  it('from a birth date (the baby is born) the window is shown from the birth day', () => {
    const timeline = buildTimeline({ date: '2026-11-20', dateKind: 'birth', multipleBirth: false }, rules);
    expect(item(timeline, 'spouse-leave').start).toBe('2026-11-20');
  });
});

describe('spouse employment', () => {
  it('drops the spouse leave and 6+6 when the spouse is not an employee, and says why', () => {
    const timeline = buildTimeline({ date: '2027-01-02', dateKind: 'birth', multipleBirth: false, spouseEmployed: false }, rules);
    expect(timeline.items.map((i) => i.id)).not.toContain('spouse-leave');
    expect(timeline.items.map((i) => i.id)).not.toContain('six-plus-six');
    expect(timeline.notes[0]).toContain('배우자가 근로자가 아니면');
  });
});

describe('ICS export', () => {
  it('writes every item as an all-day event with an exclusive end date', () => {
    const timeline = buildTimeline({ date: '2027-01-02', dateKind: 'due', multipleBirth: false }, rules);
    const ics = writeIcs({ name: '나의 모성보호 일정', prodId: '-//test//KO', generatedAt: new Date('2026-11-24T00:00:00Z'), events: timelineIcsEvents(timeline, 'example.org') });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(timeline.items.length);
    expect(ics).toContain('UID:spouse-leave-2027-01-02@example.org');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261113\r\nDTEND;VALUE=DATE:20270502');
  });
});
