/**
 * The search in the browser: loads Pagefind and the glossary once, runs the
 * searches a query expands to, merges them and ranks exact title matches first.
 * Only the /search/ page loads it: content pages ship no JavaScript, and the header box is a plain form to /search/.
 */
import { GLOSSARY_JSON, PAGEFIND_SCRIPT } from '../lib/urls';
import { createVocabulary, expandQuery, type ExpandedQuery, type SearchVocabulary } from '../lib/search/korean-search';
import { FINDABLE_FIELD, FINDABLE_TITLE_FIELD } from '../lib/search/page-forms';
import { mergeAndRank, type ScoredHit } from '../lib/search/ranking';

export interface SearchGlossaryTerm {
  slug: string;
  term: string;
  parts: string[];
  aliases: string[];
}

export type SearchFilters = Partial<Record<'type' | 'category' | 'year', string>>;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchResult {
  url: string;
  title: string;
  type?: string;
  date?: string;
  image?: string;
  excerpt: string;
  /** Sections (headings with ids) that matched, e.g. one chapter of the guide. */
  sections: PagefindSubResult[];
}

export interface SearchOutcome {
  query: ExpandedQuery;
  /** Every page found. */
  total: number;
  /** The best `limit` of them, with their data loaded. */
  results: SearchResult[];
}

let engine: Promise<{ pagefind: Pagefind; glossary: SearchGlossaryTerm[]; vocabulary: SearchVocabulary }> | undefined;

/** Starts loading Pagefind (its JS, WebAssembly and index metadata) and the glossary. Safe to call often. */
export function loadSearch() {
  engine ??= (async () => {
    // A runtime path, so the bundler leaves Pagefind's own file alone.
    const pagefindUrl = PAGEFIND_SCRIPT;
    const [pagefind, glossary] = await Promise.all([
      import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>,
      fetch(GLOSSARY_JSON).then((r) => (r.ok ? (r.json() as Promise<SearchGlossaryTerm[]>) : [])),
    ]);
    // Titles weigh most, and so do the Korean forms of titles; the forms of the text count like the text.
    await pagefind.options({ ranking: { metaWeights: { title: 5, [FINDABLE_TITLE_FIELD]: 5, [FINDABLE_FIELD]: 1 } }, excerptLength: 24 });
    await pagefind.init();
    return { pagefind, glossary, vocabulary: createVocabulary(glossary) };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

export async function fetchGlossary(): Promise<SearchGlossaryTerm[]> {
  return (await loadSearch()).glossary;
}

/** Filter values present in the index, with page counts, for the filter menus. */
export async function getFilterOptions() {
  return (await loadSearch()).pagefind.filters();
}

function activeFilters(filters: SearchFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
}

/** Runs every search `text` expands to and returns the merged, ranked results; data for the best `limit`. */
export async function search(text: string, filters: SearchFilters = {}, limit = 10): Promise<SearchOutcome> {
  const { pagefind, vocabulary } = await loadSearch();
  const query = expandQuery(text, vocabulary);
  const options = { filters: activeFilters(filters) };
  const responses = await Promise.all(query.searches.map((s) => pagefind.search(s, options)));
  const byId = new Map<string, { result: PagefindResult; search: number }>();
  responses.forEach((response, search) => {
    for (const result of response?.results ?? []) {
      const seen = byId.get(result.id);
      if (!seen || result.score > seen.result.score) byId.set(result.id, { result, search });
    }
  });
  // Pagefind's score (titles weigh 5×) decides which pages to open; their titles then decide the order.
  // Only `limit` are opened: each is one fragment download, the biggest part of a first search.
  const candidates = [...byId.values()].sort((a, b) => b.result.score - a.result.score).slice(0, limit);
  const hits: ScoredHit<PagefindData>[] = await Promise.all(
    candidates.map(async ({ result, search }) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, score: result.score, search, data };
    }),
  );
  const targets = [text, ...query.searches, ...query.entries.map((e) => e.term)];
  const results = mergeAndRank(hits, targets)
    .slice(0, limit)
    .map(({ data, title }) => ({
      url: data.url,
      title,
      type: data.filters.type?.[0],
      date: data.meta.date,
      image: data.meta.image,
      excerpt: data.excerpt,
      sections: data.sub_results.filter((s) => s.url.includes('#') && s.url !== data.url).slice(0, 3),
    }));
  return { query, total: byId.size, results };
}
