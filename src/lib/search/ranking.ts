/**
 * Merges the results of the several searches one query expands to (see korean-search.ts), and orders
 * them: a page whose title is exactly what was asked for comes first, then pages whose title contains
 * it, then the rest by Pagefind's score.
 */
import { compact } from './korean-search';

export interface ScoredHit<T> {
  /** The page address: results of different searches for the same page are merged by it. */
  url: string;
  title: string;
  score: number;
  /** Which search found it: 0 is the most literal one. */
  search: number;
  data: T;
}

export function titleRank(title: string, targets: readonly string[]): 0 | 1 | 2 {
  const t = compact(title);
  const wanted = targets.map(compact).filter(Boolean);
  if (wanted.some((w) => t === w)) return 0;
  if (wanted.some((w) => t.includes(w))) return 1;
  return 2;
}

/**
 * One entry per URL, best first. `targets` are what counts as the title asked for:
 * the query as typed and the glossary terms it stands for.
 */
export function mergeAndRank<T>(hits: readonly ScoredHit<T>[], targets: readonly string[]): ScoredHit<T>[] {
  const byUrl = new Map<string, ScoredHit<T>>();
  for (const hit of hits) {
    const seen = byUrl.get(hit.url);
    if (!seen || hit.score > seen.score || (hit.score === seen.score && hit.search < seen.search)) byUrl.set(hit.url, hit);
  }
  return [...byUrl.values()].sort(
    (a, b) =>
      titleRank(a.title, targets) - titleRank(b.title, targets) ||
      b.score - a.score ||
      a.search - b.search ||
      a.url.localeCompare(b.url),
  );
}
