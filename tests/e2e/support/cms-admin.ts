/** Opening the real /admin against a sandbox decap-server, and finding Decap's fields by their labels. */
import type { Browser, Page } from 'playwright-core';
import type { CmsSandbox } from './cms-sandbox';

export async function openAdmin(browser: Browser, sandbox: CmsSandbox, baseUrl: string, hash: string, options: { timezoneId?: string; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'ko-KR', timezoneId: options.timezoneId ?? 'Asia/Seoul' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await sandbox.routeAdmin(page);
  await page.goto(`${baseUrl}/admin/${hash}`);
  const login = page.getByRole('button', { name: '로그인' });
  await login.click();
  await login.waitFor({ state: 'detached' });
  return { page, errors, close: () => context.close() };
}

/** The input a Decap label points at (`<label for=…>`); `nth` picks among fields with the same label. */
export async function fieldByLabel(page: Page, label: string, nth = 0) {
  const labels = page.locator('label').filter({ hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\(선택사항\\))?$`) });
  const id = await labels.nth(nth).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

