/** The calendars are parsed back with ical.js, a maintained iCalendar library, and checked event by event. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeIcs, type IcsEvent } from '../../src/lib/feeds/ics';
import { programIcsEvent } from '../../src/lib/programs/event';
import type { Program } from '../../src/schemas/program';

const generatedAt = new Date('2026-11-23T15:00:00Z'); // 2026-11-24 00:00 KST

const lunch: IcsEvent = {
  uid: '2026-12-lunch-labour-law@nw.workingmom.example',
  start: '2026-12-17T12:00',
  end: '2026-12-17T13:00',
  allDay: false,
  summary: '알자! 런치노동법; 육아휴직, 이렇게 쓰세요',
  description: '점심시간 온라인 강의\n대상: 직장맘·직장대디\\예비 부모',
  location: '온라인 (ZOOM)',
  url: 'https://nw.workingmom.example/programs/2026-12-lunch-labour-law/',
  categories: ['런치노동법', '월간, 시리즈'],
};
const fair: IcsEvent = {
  uid: 'fair@nw.workingmom.example',
  start: '2026-12-30',
  end: '2027-01-02',
  allDay: true,
  summary: '찾아가는 상담 부스',
  location: '서울혁신파크 (서울특별시 은평구 통일로 684)',
  cancelled: true,
};
const night: IcsEvent = { uid: 'night@x', start: '2026-12-31T22:00', end: '2027-01-01T01:00', allDay: false, summary: '송년 온라인 모임' };

const text = writeIcs({ name: '서북권직장맘지원센터 프로그램', prodId: '-//서북권직장맘지원센터//Programs//KO', generatedAt, events: [lunch, fair, night] });
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) }));

describe('writeIcs, read back with ical.js', () => {
  it('produces one VEVENT per programme with its UID and DTSTAMP', () => {
    expect(events.map((e) => e.event.uid)).toEqual([lunch.uid, fair.uid, night.uid]);
    for (const { component } of events) expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T15:00:00Z');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('서북권직장맘지원센터 프로그램');
  });

  it('keeps Korean times as Asia/Seoul, defined by a VTIMEZONE, and they are the right instants', () => {
    const { event } = events[0];
    expect(event.startDate.zone?.tzid).toBe('Asia/Seoul');
    expect(event.startDate.toString()).toBe('2026-12-17T12:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-17T03:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-17T04:00:00.000Z');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Seoul');
  });

  it('writes all-day events as dates with an exclusive end, across the year end', () => {
    const { event } = events[1];
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-30');
    expect(event.endDate.toString()).toBe('2027-01-03');
  });

  it('keeps an event that crosses midnight and the year end intact', () => {
    const { event } = events[2];
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-31T13:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('round-trips escaped text: commas, semicolons, backslashes and new lines', () => {
    const { event, component } = events[0];
    expect(event.summary).toBe(lunch.summary);
    expect(event.description).toBe(lunch.description);
    expect(event.location).toBe(lunch.location);
    expect(component.getFirstProperty('categories')?.getValues()).toEqual(['런치노동법', '월간, 시리즈']);
  });

  it('marks a cancelled programme STATUS:CANCELLED and keeps it in the calendar', () => {
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual(['CONFIRMED', 'CANCELLED', 'CONFIRMED']);
  });

  it('uses CRLF line endings and no line longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.some((line) => line.includes('\n'))).toBe(false);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('foldLine', () => {
  it('folds long Hangul lines between characters, never inside one', () => {
    const long = `SUMMARY:${'가나다라마바사'.repeat(10)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part); // no broken UTF-8 sequence
    }
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(long);
  });
  it('leaves short lines alone', () => {
    expect(foldLine('UID:a@b')).toBe('UID:a@b');
  });
});

describe('escapeText', () => {
  it('escapes per RFC 5545', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('programIcsEvent', () => {
  const program = {
    title: '육아휴직 특강',
    category: '특화 기획강좌',
    series: undefined,
    start: '2026-12-05T10:00',
    end: '2026-12-05T12:00',
    allDay: false,
    location: { type: 'place', name: '서울혁신파크 미래청', address: '서울특별시 은평구 통일로 684' },
    registration: { url: 'https://forms.example/apply' },
    audience: '직장맘',
    fee: 0,
    summary: '육아휴직 제도를 알아봅니다',
    status: '취소',
  } as Program;

  it('gives a stable UID from the slug and the site host, and marks cancellation in the title', () => {
    const event = programIcsEvent({ slug: '2026-12-special', data: program, status: '취소' }, 'https://nw.workingmom.example');
    expect(event.uid).toBe('2026-12-special@nw.workingmom.example');
    expect(event.cancelled).toBe(true);
    expect(event.summary).toBe('[취소] 육아휴직 특강');
    expect(event.location).toBe('서울혁신파크 미래청 (서울특별시 은평구 통일로 684)');
    expect(event.url).toBe('https://nw.workingmom.example/programs/2026-12-special/');
    expect(event.description).toContain('https://forms.example/apply');
  });
});
