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
    await expect(page.textContent('.guide-dates')).resolves.toMatch(/기준일 2026년 12월 1일/);
    expect(await page.locator('aside.unconfirmed[aria-label="확인 필요"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.guide-basis a[href^="https://www.law.go.kr/법령/"]').count()).toBeGreaterThan(0);
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

/**
 * The facts sheet's worked examples (../shared/facts/maternity-protection.md, reviewed 2026-12-01), typed into the
 * real calculators; "across" cases start before a change of rules so the leave runs through it.
 */
describe('육아휴직 급여 계산기', () => {
  it('facts sheet (ordinary): 300만원, 12 months from 2026 → 23,100,000원, each rule linked to the rules page', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/parental-leave/`, phone);
    await hydrated(page);
    await expect(page.locator('[data-testid="announcer"]').count()).resolves.toBe(1);
    await page.fill('#start', '2026-01-01');
    await page.locator('#wage').pressSequentially('3000000');
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toBe('23,100,000원');
    // The announcer speaks once the answer settles (CalculatorParts.tsx), not at every key.
    await expect.poll(() => page.textContent('[data-testid="announcer"]'), { timeout: 3000 }).toContain('23,100,000원');
    expect(await page.locator('.calc-result tbody tr').count()).toBe(12);
    await expect(page.textContent('.calc-result')).resolves.toContain('모의계산이며 실제 지급액은 고용24에서 확인하세요');
    await expect(page.textContent('.calc-rules')).resolves.toContain('2025년 1월 1일(수) 시행 · 고용보험법 시행령 제95조');
    expect(await page.getAttribute('.calc-rules a[href*="parentalLeave.capMonths1to3"]', 'href')).toBe('/guide/rules/#rule-parentalLeave.capMonths1to3-2025-01-01');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'calculator-parental-360');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('facts sheet (6+6): 500만원, 6 months, the other parent 3 → 14,000,000원, also for a leave across the new year', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/parental-leave/`, desktop);
    await hydrated(page);
    await page.fill('#start', '2026-03-01');
    await page.fill('#wage', '500만');
    await page.fill('#months', '6');
    await page.check('#six-plus-six');
    await expect(page.textContent('#other-months-error')).resolves.toContain('다른 부모가 휴직하는 개월 수');
    await page.fill('#other-months', '3');
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toBe('14,000,000원');
    await page.fill('#start', '2025-11-01');
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toBe('14,000,000원');
    await page.fill('#other-months', '6');
    await expect(page.textContent('[data-testid="parental-total"]')).resolves.toBe('20,000,000원');
    await close();
  });

  it('shows an error next to the field, tied to it for screen readers, and announces it', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/parental-leave/`, desktop);
    await hydrated(page);
    await page.fill('#wage', '삼백만원');
    await expect(page.getAttribute('#wage', 'aria-invalid')).resolves.toBe('true');
    expect(await page.getAttribute('#wage', 'aria-describedby')).toContain('wage-error');
    await expect(page.textContent('#wage-error')).resolves.toContain('숫자로');
    await expect.poll(() => page.textContent('[data-testid="announcer"]'), { timeout: 3000 }).toContain('문제 1건');
    await page.fill('#wage', '300만');
    await page.fill('#months', '13');
    await expect(page.textContent('#months-error')).resolves.toContain('12개월까지');
    await page.check('#disabled-child');
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
  it('facts sheet: 300만원 40 → 30 hours = 625,000원; 500만원 40 → 25 = 825,000원; 200만원 40 → 30 = 500,000원', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/reduced-hours/`, phone);
    await hydrated(page);
    await page.fill('#start', '2026-01-01');
    await page.fill('#wage', '3,000,000');
    await expect(page.textContent('[data-testid="reduced-monthly"]')).resolves.toBe('625,000원');
    await page.fill('#hours-after', '12');
    await expect(page.textContent('#hours-after-error')).resolves.toContain('15시간 이상 35시간 이하');
    await page.fill('#wage', '500만');
    await page.fill('#hours-after', '25');
    await expect(page.textContent('[data-testid="reduced-monthly"]')).resolves.toBe('825,000원');
    await page.fill('#wage', '200만');
    await page.fill('#hours-after', '30');
    await expect(page.textContent('[data-testid="reduced-monthly"]')).resolves.toBe('500,000원');
    await saveScreenshot(page, 'calculator-reduced-hours-360');
    await close();
  });

  it('across the 2026 change: 300만원, 40 → 30 hours from 2025-11-01 for 3 months → 550,000 × 2 + 625,000 = 1,725,000원', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/reduced-hours/`, desktop);
    await hydrated(page);
    await page.fill('#start', '2025-11-01');
    await page.fill('#months', '3');
    await page.fill('#wage', '300만');
    await expect(page.textContent('[data-testid="reduced-monthly"]')).resolves.toBe('550,000원');
    await expect(page.textContent('[data-testid="reduced-total"]')).resolves.toBe('1,725,000원');
    await expect(page.textContent('.calc-breakdown')).resolves.toContain('3개월째(2026-01-01)부터는 그날 시행 중인 기준으로 월 625,000원');
    await close();
  });
});

describe('출산전후휴가 급여 계산기', () => {
  it('shows who pays which days (300만원, 2026: 8,200,000원), and a part-timer\'s floor from her own hours', async () => {
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
    await page.fill('#wage', '100만');
    await page.fill('#weekly-hours', '20');
    await expect(page.textContent('[data-testid="maternity-total"]')).resolves.toBe('3,235,320원');
    await page.check('#premature');
    await page.fill('#weekly-hours', '40');
    await page.fill('#wage', '300만');
    await page.check('input[name="firm"][value="other"]');
    await expect(page.textContent('[data-testid="maternity-total"]')).resolves.toBe('8,933,333원');
    await saveScreenshot(page, 'calculator-maternity-1280');
    await close();
  });

  it('across a change: a leave from 2025-12-15 keeps the 2025 cap and says the cap changed during it', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/maternity-leave/`, phone);
    await hydrated(page);
    await page.fill('#start', '2025-12-15');
    await page.check('input[name="firm"][value="other"]');
    await page.fill('#wage', '300만');
    await expect(page.textContent('[data-testid="maternity-total"]')).resolves.toBe('8,100,000원');
    await expect(page.textContent('.calc-notices')).resolves.toContain('휴가 중 2026년 1월 1일(목)에');
    await page.fill('#start', '2027-02-01');
    await expect(page.textContent('.calc-notices')).resolves.toContain('2027년 출산전후휴가 급여 상한액 (30일 기준) 고시 전 — 2026년 기준');
    await close();
  });
});

describe('배우자 출산전후휴가 급여 계산기', () => {
  it('facts sheet cap 1,684,210원 (2026): 300만원 at a 우선지원대상기업 → 2,296,650원, insurance 1,684,210원, employer 612,440원', async () => {
    const { page, consoleErrors, close } = await openPage(browser, `${inject('baseUrl')}/guide/calculators/spouse-leave/`, phone);
    await hydrated(page);
    await page.fill('#start', '2026-10-05');
    await page.fill('#wage', '300만');
    await expect(page.textContent('[data-testid="spouse-total"]')).resolves.toBe('2,296,650원');
    await expect(page.textContent('[data-testid="spouse-insurance"]')).resolves.toBe('1,684,210원');
    await expect(page.textContent('[data-testid="spouse-employer"]')).resolves.toBe('612,440원');
    await expect(page.textContent('.calc-breakdown')).resolves.toContain('출산 예정일 50일 전부터 출산일 뒤 120일까지');
    await expect(page.textContent('.calc-rules')).resolves.toContain('확인 필요');
    await saveScreenshot(page, 'calculator-spouse-360');
    expect(consoleErrors).toEqual([]);
    await close();
  });
});

describe('이 안내의 기준', () => {
  it('lists every rule with article, tier, 시행일, source and 기준일, and a calculator link lands on its row', async () => {
    const { page, close } = await openPage(browser, `${inject('baseUrl')}/guide/rules/#rule-childcareReducedHours.capFullRate-2026-01-01`, phone);
    const row = page.locator('#rule-childcareReducedHours\\.capFullRate-2026-01-01');
    await expect(row.textContent()).resolves.toMatch(/2,500,000원.*2026년 1월 1일\(목\)부터.*고용보험법 시행령 제104조의2 제2항.*법령 원문 확인.*2026년 12월 1일/s);
    expect(await page.locator('.rule-row').count()).toBeGreaterThan(80);
    expect(await page.locator('.rule-row a[href="https://www.law.go.kr/"]').count()).toBe(0);
    await expect(page.textContent('#rule-maternityLeave\\.monthlyCap-2026-01-01')).resolves.toContain('확인 필요');
    await expect(page.textContent('#rule-minimumWage\\.hourly-2027-01-01')).resolves.toContain('시행 예정');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'guide-rules-360');
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
    expect(ics).toContain('DTSTART;VALUE=DATE:20261113'); // 배우자 출산전후휴가: 50 days before the due date
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
