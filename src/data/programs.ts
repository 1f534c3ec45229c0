/**
 * Programmes with their status on the build day, and the calendars and feeds made from them.
 * The home page, the programme pages and the feeds all read programmes through here.
 */
import { programIcsPath, programPath } from '../lib/urls';
import { writeIcs } from '../lib/feeds/ics';
import { eventMonths, type YearMonth } from '../lib/programs/month-grid';
import { programIcsEvent, type ProgramRef } from '../lib/programs/event';
import { deriveProgramStatus, isUpcoming } from '../lib/programs/status';
import { seoulToInstant } from '../lib/dates/seoul-time';
import { getProgramList } from './content';
import { buildToday, getProgramCategories, getSite } from './site';

export interface ProgramView extends ProgramRef {
  /** Root-relative page address. */
  href: string;
  /** Where "캘린더에 추가" downloads from. */
  icsHref: string;
  categorySlug: string;
}

/** Every programme, earliest first, with its status on `today`. */
export async function getPrograms(today: string = buildToday()): Promise<ProgramView[]> {
  const categories = await getProgramCategories();
  const slugOf = new Map(categories.map((c) => [c.name, c.slug]));
  return (await getProgramList()).map((entry) => ({
    slug: entry.id,
    data: entry.data,
    status: deriveProgramStatus(entry.data, today),
    href: programPath(entry.id),
    icsHref: programIcsPath(entry.id),
    categorySlug: slugOf.get(entry.data.category) ?? '',
  }));
}

/** Not yet ended (cancelled ones included, marked), earliest first. */
export async function getUpcomingPrograms(today: string = buildToday(), limit?: number): Promise<ProgramView[]> {
  const upcoming = (await getPrograms(today)).filter((p) => isUpcoming(p.data, today));
  return limit === undefined ? upcoming : upcoming.slice(0, limit);
}

/** Ended programmes, newest first. */
export async function getPastPrograms(today: string = buildToday()): Promise<ProgramView[]> {
  return (await getPrograms(today)).filter((p) => !isUpcoming(p.data, today)).reverse();
}

/** Years that have ended programmes, newest first: one archive page each. */
export async function getArchiveYears(today: string = buildToday()): Promise<number[]> {
  const years = (await getPastPrograms(today)).map((p) => Number(p.data.start.slice(0, 4)));
  return [...new Set(years)].sort((a, b) => b - a);
}

/** The months that get a calendar page: from the first programme's month to the last, and always this month. */
export async function getCalendarMonthSpan(today: string = buildToday()): Promise<{ from: YearMonth; to: YearMonth }> {
  const keys = [today.slice(0, 7), ...(await getPrograms(today)).flatMap((p) => eventMonths(p.data))].sort();
  const toYearMonth = (key: string) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) });
  return { from: toYearMonth(keys[0]), to: toYearMonth(keys[keys.length - 1]) };
}

/**
 * DTSTAMP for the calendars: the build time, or midnight of SITE_TODAY when the build day is pinned,
 * so pinned builds are byte-for-byte reproducible.
 */
function calendarGeneratedAt(): Date {
  return process.env.SITE_TODAY ? seoulToInstant(buildToday()) : new Date();
}

/** A ready .ics text for some programmes; cancelled ones stay in with STATUS:CANCELLED. */
export async function programCalendar(name: string, programs: readonly ProgramView[], description?: string): Promise<string> {
  const site = await getSite();
  return writeIcs({
    name,
    description,
    prodId: `-//${site.shortName}//Programs//KO`,
    generatedAt: calendarGeneratedAt(),
    events: programs.map((p) => programIcsEvent(p, site.url)),
  });
}
