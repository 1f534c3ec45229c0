/**
 * A programme's status on a given Korean day. Staff only set 마감 (full early) or 취소 by hand;
 * everything else follows from the dates, so a build on another day never shows a stale 모집 중.
 * The site is rebuilt daily, so the comparison is by calendar day in Korea, not by the minute.
 */
import { isDateOnly } from '../dates/seoul-time';

const programStatuses = ['모집 예정', '모집 중', '마감', '종료', '취소'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

export interface ProgramDates {
  start: string;
  end: string;
  registration?: { opensAt?: string; deadline?: string };
  /** Set by staff: 마감 or 취소. */
  status?: '마감' | '취소';
}

/** `2021-10-14T12:00` → `2021-10-14`. Written dates are already Korean wall-clock time. */
const dayOf = (written: string) => written.slice(0, 10);

/**
 * - 취소: cancelled by staff, whatever the dates.
 * - 종료: the last day has passed.
 * - 마감: staff closed it, the deadline day has passed, or the programme has begun.
 * - 모집 예정: registration opens on a later day.
 * - 모집 중: otherwise (from the opening day up to and including the deadline day).
 */
export function deriveProgramStatus(program: ProgramDates, today: string): ProgramStatus {
  if (program.status === '취소') return '취소';
  if (dayOf(program.end) < today) return '종료';
  if (program.status === '마감') return '마감';
  const { opensAt, deadline } = program.registration ?? {};
  if (dayOf(program.start) <= today) return '마감';
  if (deadline && dayOf(deadline) < today) return '마감';
  if (opensAt && dayOf(opensAt) > today) return '모집 예정';
  return '모집 중';
}

/** Upcoming means it has not ended yet; cancelled ones stay listed so readers learn of the cancellation. */
export function isUpcoming(program: ProgramDates, today: string): boolean {
  return dayOf(program.end) >= today;
}

/**
 * The status at a moment (`2026-12-07T18:30`, Korean wall-clock), for the live sign-up form: the day's status, with
 * the opening and deadline times kept to the minute, so a deadline of `2026-12-07T18:00` closes the form at 18:00.
 * Static pages, built once a day, show 모집 중 for the whole day; their 신청하기 leads to this answer.
 */
export function deriveProgramStatusAt(program: ProgramDates, now: string): ProgramStatus {
  const status = deriveProgramStatus(program, dayOf(now));
  if (status !== '모집 중') return status;
  const { opensAt, deadline } = program.registration ?? {};
  // Written times compare as text: both sides are `YYYY-MM-DDTHH:mm`; a date alone keeps its whole day.
  if (opensAt && !isDateOnly(opensAt) && now < opensAt) return '모집 예정';
  if (deadline && !isDateOnly(deadline) && now > deadline) return '마감';
  return status;
}

/** Sign-ups through the site's own form: the programme has `registration` and no outside `url` to send people to. */
export const takesSignupsOnSite = (program: { registration?: { opensAt?: string; deadline?: string; url?: string } }) => Boolean(program.registration && !program.registration.url);
