/** /feeds/programs.ics: every programme, past and future, for calendar subscriptions. */
import type { APIRoute } from 'astro';
import { getPrograms, programCalendar } from '../../data/programs';
import { buildToday, getSite } from '../../data/site';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const ics = await programCalendar(`${site.shortName} 프로그램`, await getPrograms(buildToday()), `${site.name}의 교육·프로그램 일정`);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
