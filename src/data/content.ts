/**
 * Published content in the order readers see it. Drafts (draft: true) never reach a page.
 * Every page that lists content goes through these, so ordering and draft rules live in one place.
 */
import { getCollection } from 'astro:content';
import { compareSeoul } from '../lib/dates/seoul-time';

/** Newest first. */
export async function getCardNewsList() {
  return (await getCollection('cardNews', (entry) => !entry.data.draft)).sort(
    (a, b) => compareSeoul(b.data.date, a.data.date) || a.id.localeCompare(b.id),
  );
}

/** Newest first. */
export async function getNewsletterList() {
  return (await getCollection('newsletters', (entry) => !entry.data.draft)).sort((a, b) => b.data.number - a.data.number);
}

/** In guide order. */
export async function getGuideChapters() {
  return (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Chronological, earliest first. */
export async function getProgramList() {
  return (await getCollection('programs')).sort((a, b) => compareSeoul(a.data.start, b.data.start) || a.id.localeCompare(b.id));
}
