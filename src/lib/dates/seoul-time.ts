/**
 * Dates as the centre writes them: `2021-10-14` or `2021-10-14T12:00`, always meant in Korea (UTC+9, no DST).
 * Everything here is independent of the machine's time zone, so builds under TZ=UTC and TZ=Asia/Seoul agree.
 */

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export interface SeoulParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** Why a written date is not a real one, or null when it is. */
export function dateProblem(text: string): string | null {
  const m = DATE_TIME_RE.exec(text) ?? DATE_RE.exec(text);
  if (!m) return `'${text}'은(는) 날짜 형식이 아닙니다. 2021-10-14 또는 2021-10-14T12:00처럼 쓰세요.`;
  const [year, month, day, hour = 0, minute = 0] = m.slice(1).map(Number);
  if (month < 1 || month > 12) return `'${text}': ${month}월은 없습니다.`;
  if (day < 1 || day > daysInMonth(year, month)) return `'${text}': ${year}년 ${month}월에는 ${day}일이 없습니다.`;
  if (hour > 23 || minute > 59) return `'${text}': ${hour}시 ${minute}분은 없는 시각입니다.`;
  return null;
}

export function isDateOnly(text: string): boolean {
  return DATE_RE.test(text);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant a Korean wall-clock date/time stands for. A date alone means 00:00 KST. */
export function seoulToInstant(text: string): Date {
  const problem = dateProblem(text);
  if (problem) throw new RangeError(problem);
  const [datePart, timePart = '00:00'] = text.split('T');
  const [y, mo, d] = datePart.split('-').map(Number);
  const [h, mi] = timePart.split(':').map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - SEOUL_OFFSET_MS);
}

/** The Korean wall-clock parts of an instant. */
export function seoulParts(instant: Date): SeoulParts {
  const shifted = new Date(instant.getTime() + SEOUL_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant, in Korea. */
export function seoulDateKey(instant: Date): string {
  const p = seoulParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DDTHH:mm` of an instant, in Korea: the way content writes a time. */
export function seoulDateTimeKey(instant: Date): string {
  const p = seoulParts(instant);
  return `${seoulDateKey(instant)}T${pad(p.hour)}:${pad(p.minute)}`;
}

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

/** 2021년 10월 14일(목) */
export function formatKoreanDate(text: string): string {
  const p = seoulParts(seoulToInstant(text));
  return `${p.year}년 ${p.month}월 ${p.day}일(${WEEKDAYS[p.weekday]})`;
}

/** `2026-12-01` → `2026년 12월 1일`, as the centre writes dates in running text. */
export function formatKoreanDay(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${year}년 ${month}월 ${day}일`;
}

/** `2026-12-01` → `2026.12.1`, the short form printed on a card. */
export function formatDottedDay(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${year}.${month}.${day}`;
}

/** An instant as Koreans read it: 2026년 12월 1일(화) 22:15 (Korean time, whatever the server's zone). */
export function formatSeoulInstant(instant: Date): string {
  const key = seoulDateTimeKey(instant);
  return `${formatKoreanDate(key)} ${formatKoreanTime(key)}`;
}

/** 오후 12:00 style is ambiguous to many readers; the centre writes 24-hour times. */
export function formatKoreanTime(text: string): string {
  const p = seoulParts(seoulToInstant(text));
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** 2021년 10월 14일(목) 12:00 – 13:00, or a date range for multi-day or all-day events. */
export function formatKoreanRange(start: string, end: string): string {
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  const startHasTime = !isDateOnly(start);
  if (sameDay) {
    return startHasTime
      ? `${formatKoreanDate(start)} ${formatKoreanTime(start)}–${formatKoreanTime(end)}`
      : formatKoreanDate(start);
  }
  const withTime = (t: string) => (isDateOnly(t) ? formatKoreanDate(t) : `${formatKoreanDate(t)} ${formatKoreanTime(t)}`);
  return `${withTime(start)} – ${withTime(end)}`;
}

/** ISO 8601 with the +09:00 offset, for <time datetime> and JSON-LD. */
export function toIsoSeoul(text: string): string {
  if (isDateOnly(text)) return text;
  return `${text}:00+09:00`;
}

/** Compare two written dates by the instants they stand for. */
export function compareSeoul(a: string, b: string): number {
  return seoulToInstant(a).getTime() - seoulToInstant(b).getTime();
}

/**
 * "Today" for the build, in Korea. `SITE_TODAY=2026-11-24` pins it, so tests and
 * reproducible builds do not depend on the day they run.
 */
export function seoulToday(now: Date = new Date(), pinned?: string): string {
  if (pinned) {
    const problem = dateProblem(pinned);
    if (problem || !isDateOnly(pinned)) throw new RangeError(`SITE_TODAY: ${problem ?? '날짜만 쓰세요 (YYYY-MM-DD).'}`);
    return pinned;
  }
  return seoulDateKey(now);
}
