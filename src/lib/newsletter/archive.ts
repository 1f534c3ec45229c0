/** How the newsletter archive is arranged: issues by year, and anchors for sections within an issue. */

/** Issues grouped by the year of their date, newest year first; order within a year is kept. */
export function groupByYear<T extends { data: { date: string } }>(issues: readonly T[]): { year: number; issues: T[] }[] {
  const years = new Map<number, T[]>();
  for (const issue of issues) {
    const year = Number(issue.data.date.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), issue]);
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, issues: list }));
}

/**
 * A stable id for a section heading, like the site's other headings (`찾아오시는-길`): spaces become
 * hyphens, punctuation goes. Repeated titles get -2, -3 so every id on the page is unique.
 */
export function sectionAnchors(titles: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const base = title.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-') || 'section';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
