/** Previews other than card news, in the real admin: the newsletter's email edition and its 복사 button. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, saveScreenshot } from './support/browser';
import { openAdmin } from './support/cms-admin';
import { startCmsSandbox, type CmsSandbox } from './support/cms-sandbox';

let browser: Browser;
let sandbox: CmsSandbox;

beforeAll(async () => {
  [browser, sandbox] = await Promise.all([launchChromium(), startCmsSandbox()]);
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.dispose();
});

it('shows a newsletter as the email subscribers get, and 복사 copies its HTML', async () => {
  const baseUrl = inject('baseUrl');
  const { page, close, errors } = await openAdmin(browser, sandbox, baseUrl, '#/collections/newsletters/entries/2026-11');
  try {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const preview = page.frameLocator('iframe').first();
    await preview.getByRole('tab', { name: '이메일' }).click();
    const email = preview.frameLocator('iframe[title="이메일 미리보기"]');
    await expect.poll(() => email.locator('body').innerText(), { timeout: 20_000 }).toContain('웹에서 보기');
    await preview.getByRole('button', { name: '복사' }).click();
    await expect.poll(() => preview.getByRole('status').innerText()).toContain('복사했습니다');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<!doctype html>/i);
    expect(copied).toContain('/newsletters/2026-11/');
    await saveScreenshot(page, 'cms-newsletter-email');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
