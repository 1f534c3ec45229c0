import { describe, expect, it } from 'vitest';
import {
  compareSeoul,
  dateProblem,
  daysInMonth,
  formatKoreanDate,
  formatKoreanRange,
  formatKoreanTime,
  isDateOnly,
  seoulDateKey,
  seoulParts,
  seoulToInstant,
  seoulToday,
  toIsoSeoul,
} from '../../src/lib/dates/seoul-time';

describe('dateProblem', () => {
  it('accepts real dates and date-times', () => {
    expect(dateProblem('2021-10-14')).toBeNull();
    expect(dateProblem('2024-02-29')).toBeNull();
    expect(dateProblem('2021-10-14T23:59')).toBeNull();
  });
  it('names what is impossible', () => {
    expect(dateProblem('2021-02-30')).toContain('2021년 2월에는 30일이 없습니다');
    expect(dateProblem('2023-02-29')).toContain('29일이 없습니다');
    expect(dateProblem('2021-13-01')).toContain('13월은 없습니다');
    expect(dateProblem('2021-10-14T24:00')).toContain('없는 시각');
    expect(dateProblem('14/10/2021')).toContain('날짜 형식이 아닙니다');
    expect(dateProblem('2021-10-14 12:00')).toContain('날짜 형식이 아닙니다');
  });
});

describe('Korean wall-clock time, independent of the machine time zone', () => {
  it('reads a date-time as KST', () => {
    expect(seoulToInstant('2021-10-14T12:00').toISOString()).toBe('2021-10-14T03:00:00.000Z');
    expect(seoulToInstant('2021-01-01').toISOString()).toBe('2020-12-31T15:00:00.000Z');
  });
  it('gives back the Korean parts of an instant', () => {
    expect(seoulParts(new Date('2021-12-31T15:30:00Z'))).toEqual({ year: 2022, month: 1, day: 1, hour: 0, minute: 30, weekday: 6 });
    expect(seoulDateKey(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
  });
  it('round-trips', () => {
    for (const text of ['2024-02-29T09:05', '2021-12-31T23:59', '2027-01-01T00:00']) {
      const p = seoulParts(seoulToInstant(text));
      expect(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}T${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`).toBe(text);
    }
  });
  it('rejects impossible dates instead of rolling them over', () => {
    expect(() => seoulToInstant('2021-02-30')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('writes dates the Korean way with the weekday', () => {
    expect(formatKoreanDate('2021-10-14')).toBe('2021년 10월 14일(목)');
    expect(formatKoreanDate('2021-10-14T23:30')).toBe('2021년 10월 14일(목)');
    expect(formatKoreanTime('2021-10-14T09:05')).toBe('09:05');
  });
  it('writes ranges', () => {
    expect(formatKoreanRange('2021-10-14T12:00', '2021-10-14T13:00')).toBe('2021년 10월 14일(목) 12:00–13:00');
    expect(formatKoreanRange('2021-04-01', '2021-09-30')).toBe('2021년 4월 1일(목) – 2021년 9월 30일(목)');
    expect(formatKoreanRange('2021-11-05', '2021-11-05')).toBe('2021년 11월 5일(금)');
    expect(formatKoreanRange('2021-10-14T22:00', '2021-10-15T01:00')).toBe('2021년 10월 14일(목) 22:00 – 2021년 10월 15일(금) 01:00');
  });
  it('gives ISO 8601 with the Korean offset', () => {
    expect(toIsoSeoul('2021-10-14T12:00')).toBe('2021-10-14T12:00:00+09:00');
    expect(toIsoSeoul('2021-10-14')).toBe('2021-10-14');
  });
});

describe('helpers', () => {
  it('counts days in months, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 12)).toBe(31);
  });
  it('compares written dates by instant', () => {
    expect(compareSeoul('2021-10-14', '2021-10-14T00:01')).toBeLessThan(0);
    expect(compareSeoul('2021-10-15', '2021-10-14T23:59')).toBeGreaterThan(0);
    expect(isDateOnly('2021-10-14')).toBe(true);
    expect(isDateOnly('2021-10-14T12:00')).toBe(false);
  });
  it('knows today in Korea, or the pinned day', () => {
    expect(seoulToday(new Date('2026-11-24T15:00:00Z'))).toBe('2026-11-25');
    expect(seoulToday(new Date('2026-11-24T14:59:00Z'))).toBe('2026-11-24');
    expect(seoulToday(new Date(), '2026-11-24')).toBe('2026-11-24');
    expect(() => seoulToday(new Date(), '2026-11-31')).toThrow(/SITE_TODAY/);
  });
});
