/**
 * The production editorial workflow, against decap-server in Git mode (drafts on branches, like GitHub):
 * a page goes 초안 → 검토 중 → 발행 준비 and only then can be published onto main.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium, saveScreenshot } from './support/browser';
import { fieldByLabel, openAdmin } from './support/cms-admin';
import { startCmsSandbox, type CmsSandbox } from './support/cms-sandbox';

let browser: Browser;
let sandbox: CmsSandbox;

beforeAll(async () => {
  [browser, sandbox] = await Promise.all([launchChromium(), startCmsSandbox('git')]);
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.dispose();
});

it('moves a page through 초안, 검토 중 and 발행 준비, then publishes it to main', async () => {
  const { page, close } = await openAdmin(browser, sandbox, inject('baseUrl'), '#/collections/pages/new');
  try {
    await (await fieldByLabel(page, '제목')).fill('육아휴직 상담 안내');
    await (await fieldByLabel(page, '설명')).fill('육아휴직 상담을 받는 방법입니다.');
    await (await fieldByLabel(page, '고친 날')).fill('2026-11-24');
    await (await fieldByLabel(page, '본문')).fill('전화로 상담을 신청하세요.');
    await page.getByRole('button', { name: '저장', exact: true }).click();
    await page.waitForURL(/#\/collections\/pages\/entries\//);
    const slug = decodeURIComponent(page.url().split('/entries/')[1]);

    const status = page.getByRole('button', { name: /상태: 초안/ });
    await status.waitFor();
    await status.click();
    await page.getByRole('menuitem', { name: '검토 중' }).click();
    await page.getByRole('button', { name: /상태: 검토 중/ }).click();
    await page.getByRole('menuitem', { name: '발행 준비' }).click();
    await page.getByRole('button', { name: /상태: 발행 준비/ }).waitFor();
    await saveScreenshot(page, 'cms-workflow-ready');

    const file = path.join(sandbox.dir, 'content/pages', `${slug}.md`);
    const onMain = () => execFileSync('git', ['ls-tree', '--name-only', 'main', 'content/pages/'], { cwd: sandbox.dir, encoding: 'utf8' });
    expect(onMain()).not.toContain(`${slug}.md`);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: '발행', exact: true }).click();
    await page.getByRole('menuitem', { name: '지금 발행' }).click();
    await expect.poll(onMain, { timeout: 20_000 }).toContain(`${slug}.md`);
    expect(existsSync(file)).toBe(true);
  } finally {
    await close();
  }
}, 120_000);
