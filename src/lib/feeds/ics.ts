/**
 * iCalendar (RFC 5545) writer for the programme calendars. Times stay Korean wall-clock times with
 * TZID=Asia/Seoul and a VTIMEZONE, so calendar apps show 12:00 as written, whatever their own zone.
 * Pure string work: the output never depends on the machine's time zone.
 */
import { addDays } from '../dates/calendar-date';
import { isDateOnly } from '../dates/seoul-time';

export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. `<slug>@<host>`. */
  uid: string;
  /** Korean wall-clock date or date-time, as written in content. */
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
  cancelled?: boolean;
}

export interface IcsCalendar {
  /** Shown as the calendar's name when someone subscribes. */
  name: string;
  description?: string;
  /** `-//Owner//Product//KO` */
  prodId: string;
  /** DTSTAMP of every event: when this calendar was generated. */
  generatedAt: Date;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const SEOUL_TZID = 'Asia/Seoul';

/** Korea has kept UTC+9 without daylight saving since 1988, so one STANDARD rule describes it. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SEOUL_TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:KST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line so no line exceeds 75 octets (RFC 5545 §3.1). Continuation lines begin with one
 * space. Splits only between characters, never inside a multi-byte UTF-8 sequence such as a Hangul syllable.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compactDate = (written: string) => written.slice(0, 10).replaceAll('-', '');

/** `2021-10-14` → the next day, for the exclusive DTEND of an all-day event. */
const nextDay = (written: string) => addDays(written.slice(0, 10), 1);

/** `2021-10-14T12:00` → `20211014T120000` */
const compactDateTime = (written: string) => `${compactDate(written)}T${written.slice(11, 13)}${written.slice(14, 16)}00`;

/** `20211014T030000Z` */
const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function eventLines(event: IcsEvent, stamp: string): string[] {
  const allDay = event.allDay || isDateOnly(event.start) || isDateOnly(event.end);
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`];
  if (allDay) {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(event.start)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(event.end))}`);
  } else {
    lines.push(`DTSTART;TZID=${SEOUL_TZID}:${compactDateTime(event.start)}`, `DTEND;TZID=${SEOUL_TZID}:${compactDateTime(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${encodeURI(decodeURI(event.url))}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  // A cancellation is a revision of the event; a higher SEQUENCE tells apps that imported the file to take it.
  lines.push(`SEQUENCE:${event.cancelled ? 1 : 0}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR, CRLF line endings, folded, ready to serve as text/calendar. */
export function writeIcs(calendar: IcsCalendar): string {
  const stamp = utcStamp(calendar.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${SEOUL_TZID}`,
    // Subscribed calendars refresh twice a day; the site is rebuilt at least daily.
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...VTIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
