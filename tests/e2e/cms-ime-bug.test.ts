/**
 * decap-cms #1347, reproduced and shown fixed. Decap's Slate-based Markdown editor garbles Korean typed with
 * an input method: syllables end up out of order and words move. The editor that #1347 was reported
 * against is Slate 0.47, as shipped in netlify-cms 2.x. Its last release, 2.10.192, is stored compressed in
 * tests/fixtures/legacy-cms/, so nothing is downloaded here (see the README there).
 *
 * Both editors run in the same harness, with the same keystrokes:
 * - a bare page with Decap's in-memory `test-repo` backend;
 * - one collection whose body is a Markdown field;
 * - the sentence typed syllable by syllable with CDP `Input.imeSetComposition` + `Input.insertText`
 *   (support/korean-ime.ts).
 * The old editor loses the sentence's order; the centre's `korean-markdown` widget keeps it exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KOREAN_MARKDOWN } from '../../src/cms/fields';
import { launchChromium } from './support/browser';
import { DIST } from './support/built-site';
import { typeWithIme } from './support/korean-ime';

const SENTENCE = '육아 휴직을 신청';
const LEGACY_BUNDLE = path.resolve('tests/fixtures/legacy-cms/netlify-cms-2.10.192.js.br');
/** A made-up origin: the browser never leaves the machine, every request to it is answered below. */
const LEGACY_ORIGIN = 'http://legacy-cms.test';

/** A Decap config with the in-memory backend and one Markdown body field. */
const harnessConfig = (bodyWidget: string) => ({
  backend: { name: 'test-repo' },
  load_config_file: false,
  media_folder: 'uploads',
  collections: [
    {
      name: 'posts',
      label: 'Posts',
      folder: 'posts',
      create: true,
      fields: [
        { name: 'title', label: 'Title', widget: 'string' },
        { name: 'body', label: 'Body', widget: bodyWidget },
      ],
    },
  ],
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Opens a new entry in the harness page at `url`, logs in to test-repo, and returns the body editor. */
async function openNewEntry(page: Page, url: string, editor: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: /login|로그인/i }).click();
  await page.goto(`${url}#/collections/posts/new`);
  const body = page.locator(editor).first();
  await body.waitFor();
  return body;
}

describe('decap-cms #1347: Korean typed with an input method', () => {
  it('is garbled by the Slate 0.47 Markdown editor (netlify-cms 2.10.192), every syllable arriving out of place', async () => {
    const page = await browser.newPage();
    const bundle = brotliDecompressSync(readFileSync(LEGACY_BUNDLE));
    const harness = `<!doctype html><html lang="ko"><head><meta charset="utf-8"></head><body>
<script>window.CMS_MANUAL_INIT = true;</script><script src="/cms.js"></script>
<script>CMS.init({ config: ${JSON.stringify(harnessConfig('markdown'))} });</script></body></html>`;
    await page.route(`${LEGACY_ORIGIN}/**`, (route) =>
      new URL(route.request().url()).pathname === '/cms.js'
        ? route.fulfill({ contentType: 'text/javascript', body: bundle })
        : route.fulfill({ contentType: 'text/html', body: harness }),
    );
    const body = await openNewEntry(page, `${LEGACY_ORIGIN}/admin/`, '[contenteditable="true"]');
    await body.click();
    await typeWithIme(page, SENTENCE);
    await page.waitForTimeout(500);
    const typed = (await body.innerText()).replace(/[\ufeff\n]/g, '');
    // Every syllable reached the editor (so the keystrokes did arrive)…
    expect([...typed.replace(/ /g, '')].sort()).toEqual([...SENTENCE.replace(/ /g, '')].sort());
    // …but not as typed: this is the bug.
    expect(typed.trim()).not.toBe(SENTENCE);
    await page.close();
  });

  it('is kept exactly by the centre’s korean-markdown widget in the same harness', async () => {
    const page = await browser.newPage();
    const baseUrl = inject('baseUrl');
    const [appKey] = readdirSync(path.join(DIST, 'admin', 'app'));
    // The harness is served on the built site's origin, so it can import the site's own CMS bundle.
    const harness = `<!doctype html><html lang="ko"><head><meta charset="utf-8"></head><body><script type="module">
import { startCms } from '/admin/app/${appKey}/admin-app.js';
startCms({ config: ${JSON.stringify(harnessConfig(KOREAN_MARKDOWN))}, site: { brand: {}, newsletter: {} }, catalog: { cardNews: [], programs: [] } });
</script></body></html>`;
    await page.route(`${baseUrl}/ime-harness/`, (route) => route.fulfill({ contentType: 'text/html', body: harness }));
    const body = await openNewEntry(page, `${baseUrl}/ime-harness/`, 'textarea');
    await body.click();
    await typeWithIme(page, SENTENCE);
    await expect.poll(() => body.inputValue()).toBe(SENTENCE);
    await page.close();
  });
});
