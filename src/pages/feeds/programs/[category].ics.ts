/** /feeds/programs/<category-slug>.ics: one category's programmes, for calendar subscriptions. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPrograms, programCalendar } from '../../../data/programs';
import { buildToday, getProgramCategories, getSite } from '../../../data/site';
import type { Category } from '../../../schemas/site';

export const getStaticPaths = (async () =>
  (await getProgramCategories()).map((category) => ({ params: { category: category.slug }, props: { category } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { category } = props as { category: Category };
  const site = await getSite();
  const programs = (await getPrograms(buildToday())).filter((p) => p.categorySlug === category.slug);
  const ics = await programCalendar(`${site.shortName} ${category.name}`, programs, category.description || undefined);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
