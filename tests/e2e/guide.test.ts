/** The maternity-protection guide: chapters without JS, the calculators and timeline islands, and the printable 안내서. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, saveScreenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };

/** Islands are client:idle; typing before hydration would be lost. */
const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });

describe('guide chapters', () => {
  it('show the summary box, 시행일·기준일, sources, a 확인 필요 note and a tappable phone, with no JavaScript', async () => {
    const { page, response, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/guide/parental-leave/`, phone);
    expect(response?.status()).toBe(200);
    await expect(page.textContent('.guide-summary')).resolves.toContain('어떻게 신청');
    await expect(page.textContent('.guide-dates')).resolves.toMatch(/시행일 2025년 2월 23일.*기준일 2026년 11월 24일/s);
    expect(await page.locator('aside.unconfirmed[aria-label="확인 필요"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.guide-basis a[href="https://www.law.go.kr/"]').count()).toBe(1);
    expect(await page.getAttribute('.guide-cta a.phone', 'href')).toBe('tel:023081220');
    expect(await page.locator('.guide-toc a').count()).toBeGreaterThan(2);
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/guide/childcare-reduced-hours/');
    // The chapter itself adds no script; only the shared site header may have one.
    expect(await page.locator('main script, main astro-island').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await saveScreenshot(page, 'guide-chapter-360');
    await close();
  });

  it('lists every chapter on /guide/', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/`, desktop);
    expect(await page.locator('#chapters + ol > li').count()).toBeGreaterThanOrEqual(8);
    await saveScreenshot(page, 'guide-index-1280');
    await close();
  });
});

describe('육아휴직 급여 계산기', () => {
  it('updates as you type: 3,000,000원 for 12 months from 2026 gives 23,100,000원', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/parental-leave/`, phone);
    await hydrated(page);
    await page.fill('#start', '2026-01-01');
    await page.locator('#wage').pressSequentially('3000000');
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toBe('23,100,000원');
    expect(await page.locator('.calc-result tbody tr').count()).toBe(12);
    await expect(page.textContent('.calc-result')).resolves.toContain('모의계산이며 실제 지급액은 고용24에서 확인하세요');
    await expect(page.textContent('.calc-rules')).resolves.toContain('2025년 1월 1일(수) 시행');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'calculator-parental-360');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('shows an error next to the field, tied to it for screen readers', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/parental-leave/`, desktop);
    await hydrated(page);
    await page.fill('#wage', '삼백만원');
    await expect(page.getAttribute('#wage', 'aria-invalid')).resolves.toBe('true');
    expect(await page.getAttribute('#wage', 'aria-describedby')).toContain('wage-error');
    await expect(page.textContent('#wage-error')).resolves.toContain('숫자로');
    await page.fill('#wage', '300만');
    await page.fill('#months', '13');
    await expect(page.textContent('#months-error')).resolves.toContain('12개월까지');
    await page.check('#extended');
    expect(await page.locator('#months-error').count()).toBe(0);
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toMatch(/원$/);
    await saveScreenshot(page, 'calculator-parental-1280');
    await close();
  });

  it('works with the keyboard alone', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/parental-leave/`, desktop);
    await hydrated(page);
    await page.focus('#wage');
    await page.keyboard.type('2000000');
    // Tab on through the start date (Chromium gives it several stops) to the months field.
    for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== 'months'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('months');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toBe('6,000,000원');
    await close();
  });
});

describe('육아기 근로시간 단축 급여 계산기', () => {
  it('3,000,000원, 40 → 30 hours gives 750,000원 a month', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/reduced-hours/`, phone);
    await hydrated(page);
    await page.fill('#start', '2026-01-01');
    await page.fill('#wage', '3,000,000');
    await expect(page.textContent('[data-testid="reduced-monthly"]')).resolves.toBe('750,000원');
    await page.fill('#hours-after', '12');
    await expect(page.textContent('#hours-after-error')).resolves.toContain('15시간 이상 35시간 이하');
    await page.fill('#hours-after', '20');
    await expect(page.textContent('[data-testid="reduced-monthly"]')).resolves.toBe('1,350,000원');
    await saveScreenshot(page, 'calculator-reduced-hours-360');
    await close();
  });
});

describe('출산전후휴가 급여 계산기', () => {
  it('shows who pays which days', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/maternity-leave/`, desktop);
    await hydrated(page);
    await page.fill('#start', '2026-03-02');
    await page.fill('#wage', '3000000');
    await page.check('input[name="firm"][value="other"]');
    await expect(page.textContent('[data-testid="maternity-total"]')).resolves.toBe('8,200,000원');
    const rows = await page.locator('.calc-result tbody tr th').allTextContents();
    expect(rows).toEqual(['회사', '고용보험']);
    await page.check('input[name="firm"][value="priority"]');
    await expect(page.locator('.calc-result tbody tr th').allTextContents()).resolves.toEqual(['고용보험', '회사 (차액)']);
    await saveScreenshot(page, 'calculator-maternity-1280');
    await close();
  });
});

describe('나의 모성보호 일정', () => {
  it('builds the timeline in the browser, says nothing is sent, and exports .ics', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/guide/my-timeline/`, phone);
    await expect(page.textContent('[data-testid="privacy-note"]')).resolves.toContain('보내거나 저장하지 않습니다');
    const requests: { method: string; url: string }[] = [];
    page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
    await hydrated(page);
    await page.fill('#date', '2027-01-02');
    await page.check('input[name="births"][value="multiple"]');
    await expect(page.textContent('.timeline-list')).resolves.toContain('출산전후휴가 120일');
    await expect(page.textContent('.timeline-list')).resolves.toContain('2027년 5월 1일(토)');
    const download = page.waitForEvent('download');
    await page.click('text=캘린더 파일(.ics) 내려받기');
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const ics = readFileSync(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270102');
    // Typing a date and exporting sent nothing anywhere: at most a font file was fetched for new glyphs.
    const sent = requests.filter((r) => !r.url.startsWith('blob:') && (r.method !== 'GET' || r.url.includes('2027') || !new URL(r.url).pathname.startsWith('/_astro/')));
    expect(sent).toEqual([]);
    await saveScreenshot(page, 'timeline-360');
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('/guide/print/', () => {
  it('prints the 안내서 to PDF with a cover, contents and each chapter on a new page', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/print/`, desktop);
    await expect(page.textContent('h1')).resolves.toBe('모성보호제도 안내서');
    const chapters = await page.locator('.guide-book__toc li').count();
    expect(chapters).toBeGreaterThanOrEqual(8);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.guide-book__chapter').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    // cover + contents + at least one page per chapter + the counselling page
    expect(pages).toBeGreaterThanOrEqual(chapters + 3);
    const dir = path.resolve('test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'guide-print.pdf'), pdf);
    await close();
  });
});
