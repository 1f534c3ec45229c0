/** /programs/<slug>.ics: one programme for "캘린더에 추가". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPrograms, programCalendar, type ProgramView } from '../../data/programs';
import { keyedPaths } from '../../data/page-cache';
import { buildToday } from '../../data/site';

export const getStaticPaths = (async () =>
  keyedPaths((await getPrograms(buildToday())).map((program) => ({ params: { slug: program.slug }, props: { program } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { program } = props as { program: ProgramView };
  return new Response(await programCalendar(program.data.title, [program]), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
