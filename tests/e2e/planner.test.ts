/**
 * 부모 휴가 계획 in the built site, at 360px and 1280px: every question answered with the keyboard alone, an error
 * next to its field, an answer changed from "answers so far", the plan as a list and a calendar, a calendar file per
 * parent read back with ical.js, the print view and the letters printed to PDF, axe at each stage, and the guide
 * chapters' links with their answers filled in. The browser's clock is 2026-11-24 (E2E_TODAY), like the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, saveScreenshot } from './support/browser';
import { E2E_TODAY } from './support/site';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };

/** A page whose clock reads E2E_TODAY in Seoul, so "passed" deadlines do not depend on the day the test runs. */
async function open(url: string, viewport: { width: number; height: number }, island = true) {
  const context = await browser.newContext({ viewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul', acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${E2E_TODAY}T10:00:00+09:00`));
  const consoleErrors: string[] = [];
  const requests: { method: string; url: string }[] = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  await page.goto(url, { waitUntil: 'load' });
  if (island) await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
  return { page, consoleErrors, requests, close: () => context.close() };
}

/** Presses Tab until the focused element matches `selector` (and shows `text`, when given). */
async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(([sel, t]) => {
      const el = document.activeElement;
      return !!el && el.matches(sel as string) && (!t || (el.textContent ?? '').replace(/\s+/g, ' ').includes(t as string));
    }, [selector, text ?? '']);
    if (found) return;
  }
  throw new Error(`Tab never reached ${selector}${text ? ` "${text}"` : ''}`);
}

/** Picks the answer at `index` of a radio group: Tab lands on the group, Space or the arrow keys choose. */
async function choose(page: Page, name: string, index: number) {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  expect(await page.evaluate((n) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${n}"]`)].findIndex((r) => r.checked), name)).toBe(index);
}

/**
 * Types a date into the focused date field. Chromium orders the field's parts by the browser's own language
 * (month/day/year in this build, year/month/day in a Korean one); each full part moves on to the next.
 */
async function typeDate(page: Page, id: string, iso: string) {
  await tabTo(page, `#${id}`);
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  if ((await page.inputValue(`#${id}`)) !== iso) {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${y}${m}${d}`);
  }
  expect(await page.inputValue(`#${id}`)).toBe(iso);
}

async function typeText(page: Page, id: string, text: string) {
  await tabTo(page, `#${id}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const heading = (page: Page) => page.textContent('#planner-heading');

/** Answers the question on screen (checking it is `question`), presses 다음, and waits for the next one. */
async function answer(page: Page, question: string, fill: () => Promise<void>) {
  expect(await heading(page)).toBe(question);
  await fill();
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).not.toBe(question);
  // The new question (or the plan) takes the focus, so the keyboard and a screen reader start there.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('planner-heading');
}

const ics = async (page: Page, label: string) => {
  const download = page.waitForEvent('download');
  await tabTo(page, 'button', label);
  await page.keyboard.press('Enter');
  const text = readFileSync((await (await download).path())!, 'utf8');
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
};

function savePdf(name: string, pdf: Buffer) {
  const dir = path.resolve('test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.pdf`), pdf);
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

for (const viewport of [phone, desktop]) {
  describe(`부모 휴가 계획 at ${viewport.width}px`, () => {
    it('the whole plan with the keyboard alone, axe clean at each stage, .ics per parent, print view and letters to PDF', async () => {
      const { page, consoleErrors, requests, close } = await open(`${inject('baseUrl')}/guide/planner/`, viewport);
      expect(await page.locator('[data-testid="announcer"]').count()).toBe(1);
      await expect(page.textContent('[data-testid="privacy-note"]')).resolves.toContain('어디에도 보내거나 저장하지 않습니다');
      expect(await axeViolations(page)).toEqual([]);

      await answer(page, '아이는 언제 태어나나요?', async () => {
        await choose(page, 'dk', 0);
        await typeDate(page, 'd', '2027-01-10');
      });
      await expect.poll(() => page.textContent('[data-testid="announcer"]')).toBe('질문 2: 몇 명이 태어나나요?');
      await answer(page, '몇 명이 태어나나요?', () => choose(page, 'n', 0));
      await answer(page, '누가 아이를 키우나요?', () => choose(page, 'fam', 0));
      await answer(page, '엄마는 어떻게 일하나요?', () => choose(page, 'm_ins', 0));

      // Pressing 다음 with nothing typed: the errors are listed, each next to its field, and announced.
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('planner-error-summary');
      await expect(page.textContent('.planner-error-summary h3')).resolves.toBe('고칠 곳이 2군데 있습니다');
      await expect(page.getAttribute('#m_wage', 'aria-invalid')).resolves.toBe('true');
      await expect(page.textContent('#m_wage-error')).resolves.toContain('월 통상임금을 쓰세요');
      await expect.poll(() => page.textContent('[data-testid="announcer"]')).toContain('문제 2건');
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `planner-error-${viewport.width}`);

      await answer(page, '엄마의 임금과 근로시간', async () => {
        await typeText(page, 'm_wage', '300만');
        await typeText(page, 'm_hrs', '40');
      });
      await answer(page, '엄마의 회사는 우선지원대상기업인가요?', () => choose(page, 'm_psf', 1));
      await answer(page, '엄마는 언제 지금 회사에 들어왔나요?', () => typeDate(page, 'm_join', '2020-03-02'));
      await answer(page, '아빠는 어떻게 일하나요?', () => choose(page, 'f_ins', 0));
      await answer(page, '아빠의 임금과 근로시간', async () => {
        await typeText(page, 'f_wage', '4000000');
        await typeText(page, 'f_hrs', '40');
      });
      await answer(page, '아빠의 회사는 우선지원대상기업인가요?', () => choose(page, 'f_psf', 0));
      await answer(page, '아빠는 언제 지금 회사에 들어왔나요?', () => typeDate(page, 'f_join', '2026-10-05'));
      // The answers so far, each with a 바꾸기 link, sit beside the question.
      await expect(page.textContent('.planner-so-far')).resolves.toContain('아빠의 입사일2026년 10월 5일(월)');
      await saveScreenshot(page, `planner-question-${viewport.width}`);
      await answer(page, '엄마는 언제부터 출산전후휴가를 쓰나요?', () => typeDate(page, 'm_lvs', '2026-11-26'));
      await answer(page, '아빠는 배우자 출산전후휴가를 쓰나요?', async () => {
        await choose(page, 'f_lv', 0);
        await typeDate(page, 'f_lvs', '2027-01-11');
      });
      await answer(page, '엄마는 육아휴직을 어떻게 쓰나요?', async () => {
        await choose(page, 'm_pl', 1);
        await typeDate(page, 'm_p1s', '2027-02-24');
        await typeText(page, 'm_p1m', '12');
      });
      await answer(page, '아빠는 육아휴직을 어떻게 쓰나요?', async () => {
        await choose(page, 'f_pl', 1);
        await typeDate(page, 'f_p1s', '2027-03-15');
        await typeText(page, 'f_p1m', '3');
      });
      await answer(page, '엄마는 단기 육아휴직(1~2주)을 쓰나요?', () => choose(page, 'm_sh', 1));
      await answer(page, '아빠는 단기 육아휴직(1~2주)을 쓰나요?', async () => {
        await choose(page, 'f_sh', 0);
        await typeDate(page, 'f_shs', '2027-08-02');
        await choose(page, 'f_shw', 1);
      });
      await answer(page, '엄마는 육아기 근로시간 단축을 쓰나요?', async () => {
        await choose(page, 'm_rh', 0);
        await typeDate(page, 'm_rhs', '2028-02-24');
        await typeText(page, 'm_rhm', '6');
        await typeText(page, 'm_rha', '30');
      });
      await answer(page, '아빠는 육아기 근로시간 단축을 쓰나요?', () => choose(page, 'f_rh', 1));

      // The plan.
      expect(await heading(page)).toBe('우리 가족 휴가 계획');
      await expect.poll(() => page.textContent('[data-testid="announcer"]')).toMatch(/^계획을 만들었습니다. 평소 가계 월 소득 7,000,000원/);
      await expect(page.textContent('[data-testid="planner-usual"]')).resolves.toBe('7,000,000원');
      // The answers are in the address after #, which the browser keeps to itself.
      expect(new URL(page.url()).search).toBe('');
      expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('m_p1m')).toBe('12');
      const list = page.locator('.planner-view--list');
      expect(await list.isVisible()).toBe(true);
      const fatherLeave = list.locator('.planner-item', { hasText: '아빠 육아휴직 1번째 (3개월)' });
      await expect(fatherLeave.textContent()).resolves.toContain('신청: 2027년 2월 13일(토)까지');
      await expect(fatherLeave.textContent()).resolves.toContain('회사가 신청을 거부할 수 있습니다');
      await expect(fatherLeave.textContent()).resolves.toContain('확인 필요');
      await expect(list.locator('.planner-item', { hasText: '엄마 육아휴직 1번째 (12개월)' }).textContent()).resolves.toContain('6+6 부모육아휴직제');
      expect(await page.locator('#planner-confirm').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      if (viewport.width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await saveScreenshot(page, `planner-plan-${viewport.width}`);

      // The same plan as a calendar.
      await tabTo(page, 'button', '달력으로 보기');
      await page.keyboard.press('Enter');
      expect(await page.locator('.planner-view--calendar').isVisible()).toBe(true);
      expect(await list.isVisible()).toBe(false);
      await expect(page.textContent('.planner-calendar tbody')).resolves.toContain('배우자 출산전후휴가');
      expect(await axeViolations(page)).toEqual([]);
      if (viewport.width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await saveScreenshot(page, `planner-calendar-${viewport.width}`);

      // A calendar file for each parent, each with that parent's leaves and deadlines only.
      const mother = await ics(page, '엄마 일정 캘린더 파일(.ics)');
      expect(mother.map((e) => e.summary)).toContain('출산전후휴가 90일');
      expect(mother.map((e) => e.summary)).not.toContain('배우자 출산전후휴가 20일 (근무일)');
      const father = await ics(page, '아빠 일정 캘린더 파일(.ics)');
      const notice = father.find((e) => e.summary === '마감: 회사에 육아휴직 신청 (1번째)')!;
      expect(notice.startDate.toString()).toBe('2027-02-13');
      expect(father.find((e) => e.summary === '단기 육아휴직 2주')?.startDate.toString()).toBe('2027-08-02');

      // The printable summary: the plan as a list, without the questions and buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await list.isVisible()).toBe(true);
      expect(await page.locator('.planner-view--calendar').isVisible()).toBe(false);
      expect(await page.locator('.planner-actions').isVisible()).toBe(false);
      expect(savePdf(`planner-print-${viewport.width}`, await page.pdf({ format: 'A4', printBackground: true }))).toBeGreaterThan(2);
      await page.emulateMedia({ media: 'screen' });

      // Changing an answer from the list of answers goes back to that question, then straight to the plan.
      await tabTo(page, 'summary', '내 답 보기와 바꾸기');
      await page.keyboard.press('Enter');
      await tabTo(page, 'a', '바꾸기: 엄마의 월 통상임금과 근로시간');
      await page.keyboard.press('Enter');
      await answer(page, '엄마의 임금과 근로시간', async () => {
        expect(await page.inputValue('#m_wage')).toBe('300만');
        await typeText(page, 'm_wage', '350만');
      });
      expect(await heading(page)).toBe('우리 가족 휴가 계획');
      await expect(page.textContent('[data-testid="planner-usual"]')).resolves.toBe('7,500,000원');

      // The letters of the same plan, filled from it, printable one covering letter and one form a page.
      await tabTo(page, 'a', '회사에 낼 신청서 만들기');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/guide\/planner\/letters\/#/);
      await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
      await expect.poll(() => page.locator('.letter').count()).toBe(4);
      expect(await page.locator('.letter__heading').allTextContents()).toEqual(['엄마 · 출산전후휴가', '엄마 · 육아휴직 (1번째)', '아빠 · 육아휴직 (1번째)', '엄마 · 육아기 근로시간 단축']);
      await typeText(page, 'mother-name', '김서북');
      const parental = page.locator('.letter', { hasText: '엄마 · 육아휴직 (1번째)' });
      await expect(parental.textContent()).resolves.toContain('김서북입니다.');
      await expect(parental.textContent()).resolves.toContain('2027년 2월 24일(수)부터 2028년 2월 23일(수)까지 12개월 동안 육아휴직');
      await expect(parental.locator('.letter__due').textContent()).resolves.toContain('신청: 2027년 1월 25일(월)까지');
      expect(await axeViolations(page)).toEqual([]);
      if (viewport.width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await saveScreenshot(page, `planner-letters-${viewport.width}`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.letters-form').isVisible()).toBe(false);
      expect(await page.locator('.letter__form').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
      expect(savePdf(`planner-letters-${viewport.width}`, await page.pdf({ format: 'A4', printBackground: true }))).toBe(8);

      // Nothing typed went anywhere, not even when the letters page was opened: only GETs of the site's own files.
      expect(requests.filter((r) => r.method !== 'GET' || /m_wage|350|%EB%A7%8C|2027-02-24/.test(r.url))).toEqual([]);

      expect(consoleErrors).toEqual([]);
      await close();
    }, 120_000);
  });
}

describe('부모 휴가 계획 from elsewhere', () => {
  it('a shared address opens the plan; the whole list shows every question at once and is axe clean', async () => {
    const shared =
      'dk=birth&d=2026-01-15&n=1&fam=couple&m_ins=employee&m_wage=3000000&m_hrs=40&m_psf=no&m_join=2020-03-02&f_ins=none&f_wage=2000000' +
      '&m_lvs=2025-12-01&m_pl=1&m_p1s=2026-03-01&m_p1m=12&m_sh=no&m_rh=no';
    const { page, close } = await open(`${inject('baseUrl')}/guide/planner/#${shared}`, desktop);
    await expect.poll(() => heading(page)).toBe('우리 가족 휴가 계획');
    // The skip link jumps to the content without losing the answers from the address.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('m_p1m')).toBe('12');
    expect(await heading(page)).toBe('우리 가족 휴가 계획');
    // The facts sheet's ordinary example: 300만원, 12 months from 2026 → 23,100,000원, all of it 고용보험's.
    await expect(page.locator('.planner-item', { hasText: '엄마 육아휴직 1번째 (12개월)' }).textContent()).resolves.toContain('고용보험 23,100,000원');
    await expect(page.textContent('.planner-plan')).resolves.toContain('아빠는 고용보험에 가입한 근로자가 아니어서');
    // An address with the answers after ? (as the guide chapters' links write them) works too, and moves them after #.
    await page.goto(`${inject('baseUrl')}/guide/planner/?${shared}&all=1`);
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await expect.poll(() => heading(page)).toBe('모든 질문');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('.planner-list-step').count()).toBe(13);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'planner-all-1280');
    // Back to one question at a time: every answer is there, so that is the plan.
    await tabTo(page, 'button', '한 번에 질문 하나씩 보기');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('우리 가족 휴가 계획');
    await close();
  });

  it('the guide chapters link to the planner with their answers filled in', async () => {
    const { page, close } = await open(`${inject('baseUrl')}/guide/parental-leave/`, phone, false);
    for (const [chapter, query] of [
      ['maternity-leave', 'fam=couple&m_ins=employee'],
      ['spouse-leave', 'fam=couple&f_ins=employee&f_lv=yes'],
      ['parental-leave', 'fam=couple&m_ins=employee&f_ins=employee'],
    ]) {
      await page.goto(`${inject('baseUrl')}/guide/${chapter}/`);
      expect(await page.locator(`main a[href="/guide/planner/?${query}"]`).count(), chapter).toBe(1);
    }
    await page.click('main a[href^="/guide/planner/?"]');
    await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
    await answer(page, '아이는 언제 태어나나요?', async () => {
      await choose(page, 'dk', 1);
      await typeDate(page, 'd', '2026-11-02');
    });
    // 가족 and 엄마의 고용보험 are already answered by the chapter's link, so the next question is the wage.
    await answer(page, '몇 명이 태어나나요?', () => choose(page, 'n', 0));
    expect(await heading(page)).toBe('엄마의 임금과 근로시간');
    await close();
  });
});
