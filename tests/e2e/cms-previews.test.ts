/** Previews in the real admin: the card-news overflow warning, and the newsletter's email edition with its 복사 button. */
import { expect, inject, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import { fieldByLabel, openAdmin } from './support/cms-admin';
import { useBrowserAndSandbox } from './support/cms-sandbox';

const cms = useBrowserAndSandbox();

it('shows a newsletter as the email subscribers get, and 복사 copies its HTML', async () => {
  const baseUrl = inject('baseUrl');
  const { page, close, errors } = await openAdmin(cms.browser, cms.sandbox, baseUrl, '#/collections/newsletters/entries/2026-11');
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

it('draws the cards of the text as staff type, warns under a card that does not fit and names a section that is no card', async () => {
  const { page, close } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), '#/collections/cardNews/new');
  try {
    const body = await fieldByLabel(page, '카드뉴스 글');
    await body.fill(`# 육아휴직 급여\n\n## 얼마나 받나요?\n\n${'육아휴직 급여는 고용보험에서 나옵니다. '.repeat(30)}\n\n## 목록\n\n- 하나뿐인 항목\n`);
    const preview = page.frameLocator('iframe').first();
    const warning = preview.getByTestId('card-overflow');
    await expect.poll(() => warning.innerText(), { timeout: 20_000 }).toMatch(/2번째 카드\(text\)의 글이 카드에 들어가지 않습니다[\s\S]*약 \d+자 줄이거나/);
    expect(await preview.getByTestId('card-problem').innerText()).toContain('본문 3번째 카드(## 목록): 목록 카드에는 항목이 2개 이상');
    await saveScreenshot(page, 'cms-card-overflow');
    await body.fill('# 육아휴직 급여\n\n## 얼마나 받나요?\n\n육아휴직 급여는 고용보험에서 **나옵니다**.\n');
    await expect.poll(() => warning.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => preview.locator('[data-testid="card-preview"][data-status="ready"] img').count(), { timeout: 20_000 }).toBe(2);
    expect(await preview.getByTestId('card-problem').count()).toBe(0);
    // The text version under the cards is the same text.
    expect(await preview.locator('.prose h3').allInnerTexts()).toEqual(['육아휴직 급여', '얼마나 받나요?']);
  } finally {
    await close();
  }
});

it('renders Markdown in the preview the way the site does: a script, an event handler and a javascript: link typed into a body never run', async () => {
  const { page, close, errors } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), '#/collections/newsletters/entries/2026-11');
  try {
    const body = await fieldByLabel(page, '여는 글');
    await body.fill('안녕하세요.\n\n<script>window.__ran = "script"</script>\n\n<img src="/x.png" onerror="window.__ran = \'onerror\'">\n\n[눌러 보세요](javascript:window.__ran=1)\n\n끝 인사');
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.locator('.prose').first().innerText(), { timeout: 20_000 }).toContain('끝 인사');
    const prose = preview.locator('.prose').first();
    expect(await prose.locator('script, img[onerror], a[href^="javascript"]').count()).toBe(0);
    await expect(prose.innerText()).resolves.toContain('눌러 보세요');
    const ran = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as { __ran?: string }).__ran)));
    expect(ran.filter(Boolean)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
