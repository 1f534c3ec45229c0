/**
 * Korean IME input in the real Decap UI: every kind of text field the centre's config uses must keep
 * every syllable of a sentence composed syllable by syllable. The bug itself (decap-cms #1347) is reproduced
 * in cms-ime-bug.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAdmin, fieldByLabel } from './support/cms-admin';
import { useBrowserAndSandbox } from './support/cms-sandbox';
import { typeWithIme } from './support/korean-ime';

const SENTENCE = '육아 휴직을 신청';

const cms = useBrowserAndSandbox();

describe('the centre’s fields keep every syllable', () => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), '#/collections/cardNews/new'));
  });
  afterAll(async () => close?.());

  const check = async (label: string, nth = 0) => {
    const field = await fieldByLabel(page, label, nth);
    await field.click();
    await typeWithIme(page, SENTENCE);
    await expect.poll(() => field.inputValue()).toBe(SENTENCE);
  };

  it('string (제목)', () => check('제목'));
  it('text (요약)', () => check('요약'));
  it('Markdown (전체 글)', () => check('전체 글 (텍스트판)'));

  it('list items (태그)', async () => {
    await page.getByRole('button', { name: /태그 추가/ }).click();
    const item = page.locator('[id^="item-field"]').last();
    await item.click();
    await typeWithIme(page, SENTENCE);
    await expect.poll(() => item.inputValue()).toBe(SENTENCE);
  });

  it('fields inside a slide (list with types)', async () => {
    await addSlide(page, '글 카드');
    const heading = page.locator('[id^="heading-field"]').last();
    await heading.click();
    await typeWithIme(page, SENTENCE);
    await expect.poll(() => heading.inputValue()).toBe(SENTENCE);
    const body = page.locator('[id^="body-field"]').first();
    await body.click();
    await typeWithIme(page, SENTENCE);
    await expect.poll(() => body.inputValue()).toBe(SENTENCE);
  });
});

async function addSlide(page: Page, kind: string) {
  await page.getByRole('button', { name: '카드 추가' }).click();
  await page.getByRole('menuitem', { name: kind }).click();
}
