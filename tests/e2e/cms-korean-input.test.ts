/**
 * Korean IME input in the real Decap UI, into every text field of every collection, while the previews render.
 * The fields are read from the CMS config itself (src/cms/collections.ts), so a new field is covered without a list
 * kept here. Each field gets a sentence composed syllable by syllable (support/korean-ime.ts) and must hold it exactly.
 *
 * The newsletter editor used to drop jamo from its title: Decap re-renders the preview on every change, in the same
 * thread as the fields, and the email edition (MJML) took 150–580 ms a keystroke. Previews now render only once typing
 * pauses and never during a composition (src/cms/previews/deferred-preview.tsx); each editor's last test checks that the
 * preview's document did not change while a syllable was being composed. The Slate editor bug
 * (decap-cms #1347) is reproduced in cms-ime-bug.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCmsConfig } from '../../src/cms/config';
import type { CmsField } from '../../src/cms/fields';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles, readCategoryNames } from '../../src/loaders/content-model';
import { openAdmin } from './support/cms-admin';
import { useBrowserAndSandbox } from './support/cms-sandbox';
import { typeWithIme } from './support/korean-ime';

const SENTENCE = '육아 휴직을 신청';
const TEXT_WIDGETS = new Set(['string', 'text', 'korean-markdown']);

const root = process.cwd();
const config = buildCmsConfig(loadDataFile(root, dataFiles.site.file, dataFiles.site.schema), readCategoryNames(root));
type Collection = { name: string; label: string; folder?: string; fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] };

/**
 * Text fields at the top level and inside open groups, by the id prefix Decap gives their inputs (`<name>-field-…`),
 * and lists of lines (tags, legal bases), typed into a new item.
 */
function textFields(fields: CmsField[], within = ''): { name: string; label: string; path: string; listItem?: boolean }[] {
  return fields.flatMap((field) => {
    const path = within ? `${within} › ${field.label}` : field.label;
    if (TEXT_WIDGETS.has(field.widget)) return [{ name: field.name, label: field.label, path }];
    if (field.widget === 'list' && field.field && TEXT_WIDGETS.has(field.field.widget)) return [{ name: field.field.name, label: field.label, path: `${path} (항목)`, listItem: true }];
    if (field.widget === 'object' && field.fields && field.collapsed === false) return textFields(field.fields, path);
    return [];
  });
}

/** Where each collection is opened: a new entry, or for settings the site file. */
const editors = (config.collections as Collection[]).flatMap((collection) =>
  collection.folder ? [{ title: collection.label, hash: `#/collections/${collection.name}/new`, fields: textFields(collection.fields!) }] : [],
);
const siteFile = (config.collections as Collection[]).find((c) => c.name === 'settings')!.files!.find((f) => f.name === 'site')!;
editors.push({ title: '설정 › 센터 정보', hash: '#/collections/settings/entries/site', fields: textFields(siteFile.fields).filter((f) => !f.path.includes('관리 화면')) });

const cms = useBrowserAndSandbox();

interface ImeLog {
  compositions: [number, number][];
  previewChanges: number[];
  longTasks: [number, number][];
}

/**
 * Records, in the editor's page: each composition (start, end), each change to the preview's document, and the main
 * thread's long tasks, all on the page's clock.
 */
async function watchTyping(page: Page) {
  await page.evaluate(() => {
    const log: ImeLog = ((window as unknown as { __ime: ImeLog }).__ime = { compositions: [], previewChanges: [], longTasks: [] });
    document.addEventListener('compositionstart', () => log.compositions.push([performance.now(), Infinity]), true);
    document.addEventListener('compositionend', () => (log.compositions.at(-1)![1] = performance.now()), true);
    const frame = document.querySelector('iframe')?.contentDocument;
    if (frame) new MutationObserver(() => log.previewChanges.push(performance.now())).observe(frame, { subtree: true, childList: true, characterData: true, attributes: true });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => log.longTasks.push([entry.startTime, entry.duration]))).observe({ type: 'longtask' });
  });
}

/** Times (ms) at which the preview changed while a syllable was being composed; empty when it waited. */
const previewChangesMidSyllable = (page: Page) =>
  page.evaluate(() => {
    const { compositions, previewChanges } = (window as unknown as { __ime: ImeLog }).__ime;
    return previewChanges.filter((time) => compositions.some(([from, to]) => time > from && time < to)).map(Math.round);
  });

/** Main-thread time spent in long tasks (over 50 ms) since watching began. */
const longTaskMs = (page: Page) => page.evaluate(() => Math.round((window as unknown as { __ime: ImeLog }).__ime.longTasks.reduce((sum, [, duration]) => sum + duration, 0)));

describe.each(editors)('$title: every text field keeps every syllable while the preview renders', ({ hash, fields }) => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), hash));
    await page.locator(`[id^="${fields[0].name}-field"]`).first().waitFor();
    await watchTyping(page);
  });
  afterAll(async () => close?.());

  it.each(fields)('$path', async ({ name, label, listItem }) => {
    if (listItem) await page.getByRole('button', { name: new RegExp(`^${label} 추가`) }).first().click();
    const field = listItem ? page.locator(`[id^="${name}-field"]`).last() : page.locator(`[id^="${name}-field"]`).first();
    await field.fill('');
    await field.click();
    await typeWithIme(page, SENTENCE);
    await expect.poll(() => field.inputValue()).toBe(SENTENCE);
  });

  it('never changed the preview while a syllable was being composed', async () => {
    expect(await previewChangesMidSyllable(page)).toEqual([]);
  });
});

describe('the heaviest preview: a newsletter with its email edition open', () => {
  it('keeps the title, leaves the email edition alone mid-syllable, then catches up', async () => {
    const { page, close } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), '#/collections/newsletters/entries/2026-11');
    try {
      const title = page.locator('[id^="title-field"]').first();
      await title.waitFor();
      await page.frameLocator('iframe').first().getByRole('tab', { name: '이메일' }).click();
      await expect.poll(() => page.frameLocator('iframe').first().frameLocator('iframe[title="이메일 미리보기"]').locator('body').innerText(), { timeout: 20_000 }).toContain('웹에서 보기');
      await watchTyping(page);
      await title.fill('');
      await title.click();
      await typeWithIme(page, `${SENTENCE}하면 회사는 받아 줘야 합니다`);
      await expect.poll(() => title.inputValue()).toBe(`${SENTENCE}하면 회사는 받아 줘야 합니다`);
      expect(await previewChangesMidSyllable(page)).toEqual([]);
      // Before: MJML on every keystroke, 40 long tasks and 6.6 s of blocked main thread for this sentence (BENCHMARKS.md).
      console.log(`newsletter title with the email edition open: ${await longTaskMs(page)} ms of long tasks while typing`);
      // And the preview does catch up once typing stops.
      await expect.poll(() => page.frameLocator('iframe').first().frameLocator('iframe[title="이메일 미리보기"]').locator('body').innerText(), { timeout: 20_000 }).toContain('받아 줘야 합니다');
    } finally {
      await close();
    }
  }, 120_000);
});
