import { describe, expect, it } from 'vitest';
import { deriveProgramStatus, deriveProgramStatusAt, isUpcoming, takesSignupsOnSite, type ProgramDates } from '../../src/lib/programs/status';

const lecture: ProgramDates = {
  start: '2026-12-17T12:00',
  end: '2026-12-17T13:00',
  registration: { opensAt: '2026-12-01T09:00', deadline: '2026-12-15T18:00' },
};

describe('deriveProgramStatus', () => {
  it.each([
    ['2026-11-24', '모집 예정'],
    ['2026-11-30', '모집 예정'],
    ['2026-12-01', '모집 중'], // opening day
    ['2026-12-15', '모집 중'], // deadline day
    ['2026-12-16', '마감'], // deadline passed, not yet held
    ['2026-12-17', '마감'], // on the day
    ['2026-12-18', '종료'],
  ])('on %s the lecture is %s', (today, expected) => {
    expect(deriveProgramStatus(lecture, today)).toBe(expected);
  });

  it('never keeps 모집 중 after the programme has begun, even without a deadline', () => {
    const walkIn = { start: '2026-12-03T10:00', end: '2026-12-05T17:00' };
    expect(deriveProgramStatus(walkIn, '2026-12-02')).toBe('모집 중');
    expect(deriveProgramStatus(walkIn, '2026-12-04')).toBe('마감');
    expect(deriveProgramStatus(walkIn, '2026-12-06')).toBe('종료');
  });

  it('honours 마감 set by staff until the programme ends', () => {
    const full = { ...lecture, status: '마감' as const };
    expect(deriveProgramStatus(full, '2026-12-05')).toBe('마감');
    expect(deriveProgramStatus(full, '2026-11-24')).toBe('마감');
    expect(deriveProgramStatus(full, '2026-12-18')).toBe('종료');
  });

  it('keeps 취소 whatever the day', () => {
    const cancelled = { ...lecture, status: '취소' as const };
    for (const today of ['2026-11-24', '2026-12-10', '2027-01-01']) expect(deriveProgramStatus(cancelled, today)).toBe('취소');
  });

  it('reads all-day programmes to the end of their last day', () => {
    const fair = { start: '2026-11-30', end: '2026-12-02' };
    expect(deriveProgramStatus(fair, '2026-12-02')).toBe('마감');
    expect(deriveProgramStatus(fair, '2026-12-03')).toBe('종료');
  });
});

describe('isUpcoming', () => {
  it('is true through the last day and false after', () => {
    expect(isUpcoming(lecture, '2026-12-17')).toBe(true);
    expect(isUpcoming(lecture, '2026-12-18')).toBe(false);
  });
});

describe('deriveProgramStatusAt (the live sign-up form)', () => {
  it.each([
    ['2026-12-01T08:59', '모집 예정'], // opening day, before the opening time
    ['2026-12-01T09:00', '모집 중'],
    ['2026-12-15T18:00', '모집 중'], // the deadline minute itself
    ['2026-12-15T18:01', '마감'],
    ['2026-12-16T08:00', '마감'],
    ['2026-12-18T00:00', '종료'],
  ])('at %s the lecture is %s', (now, expected) => {
    expect(deriveProgramStatusAt(lecture, now)).toBe(expected);
  });

  it('a deadline written as a day keeps that whole day open; staff 마감 and 취소 win', () => {
    const byDay = { ...lecture, registration: { opensAt: '2026-12-01', deadline: '2026-12-15' } };
    expect(deriveProgramStatusAt(byDay, '2026-12-01T00:00')).toBe('모집 중');
    expect(deriveProgramStatusAt(byDay, '2026-12-15T23:59')).toBe('모집 중');
    expect(deriveProgramStatusAt({ ...lecture, status: '마감' }, '2026-12-05T12:00')).toBe('마감');
    expect(deriveProgramStatusAt({ ...lecture, status: '취소' }, '2026-12-05T12:00')).toBe('취소');
  });
});

describe('takesSignupsOnSite', () => {
  it('only with a registration and no outside address', () => {
    expect(takesSignupsOnSite({ registration: { deadline: '2026-12-15T18:00' } })).toBe(true);
    expect(takesSignupsOnSite({ registration: { url: 'https://forms.example/a' } })).toBe(false);
    expect(takesSignupsOnSite({})).toBe(false);
  });
});
