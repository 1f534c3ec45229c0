/**
 * recall@5 of the Korean query set (tests/fixtures/search-queries.yaml), measured by typing each query
 * into the real /search/ page in Chromium. Writes test-results/search-recall.json for BENCHMARKS.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium, openPage } from './support/browser';

interface QueryCase {
  query: string;
  kind: string;
  expect: string[];
}
const cases = parse(readFileSync('tests/fixtures/search-queries.yaml', 'utf8')) as QueryCase[];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('search recall@5 on the Korean query set', () => {
  it('has at least 30 queries, each with pages that exist', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const expected = [...new Set(cases.flatMap((c) => c.expect))];
    const statuses = await Promise.all(expected.map(async (url) => [url, (await fetch(`${inject('baseUrl')}${url}`)).status] as const));
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  });

  it('finds at least 90% of the expected pages in the first 5 results', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/search/`);
    const input = page.getByRole('searchbox', { name: '검색어' });
    const rows: { query: string; kind: string; expected: number; found: number; missing: string[]; top5: string[] }[] = [];
    for (const c of cases) {
      await input.fill(c.query);
      // The live region names the query once its results are on screen.
      await page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.startsWith(`‘${q}’`), c.query);
      const top5 = await page.$$eval('[data-search-results] > li .search-result-title a', (links) =>
        links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      const missing = c.expect.filter((url) => !top5.includes(url));
      rows.push({ query: c.query, kind: c.kind, expected: c.expect.length, found: c.expect.length - missing.length, missing, top5 });
    }
    await close();

    const expected = rows.reduce((n, r) => n + r.expected, 0);
    const found = rows.reduce((n, r) => n + r.found, 0);
    const recall = found / expected;
    const byKind = Object.fromEntries(
      [...new Set(rows.map((r) => r.kind))].map((kind) => {
        const of = rows.filter((r) => r.kind === kind);
        return [kind, of.reduce((n, r) => n + r.found, 0) / of.reduce((n, r) => n + r.expected, 0)];
      }),
    );
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/search-recall.json', JSON.stringify({ queries: rows.length, expected, found, recall, byKind, rows }, null, 2));
    console.log(`search recall@5 = ${recall.toFixed(3)} (${found}/${expected} pages, ${rows.length} queries)`);
    for (const r of rows.filter((row) => row.missing.length)) console.log(`  missed for '${r.query}': ${r.missing.join(', ')} (top 5: ${r.top5.join(', ')})`);

    expect(consoleErrors).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
