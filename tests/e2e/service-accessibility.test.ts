/**
 * Issue 19's guards on the service pages, which the server renders on demand (node dist/server/entry.mjs against
 * PostgreSQL): the counselling request form at each step and with its errors, the private link page, staff sign-in
 * (both stages), the staff queue and a request page; the sign-up form and the subscribe page with their errors, and
 * the staff pages for programmes, records, the yearly report and the newsletter. Every state is checked at 1280, 360 and 320px with the same
 * checks as the built pages (support/accessibility-audit.ts: structure, focus rings, targets, reflow, and text
 * spacing at 320px), with the Tab walk at 1280 and 360px (320px lays out as 360px, see accessibility.test.ts);
 * after a failed submit the error summary pattern; on sign-in, 3.3.8 accessible authentication.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Service } from '../../src/server/service';
import { DESKTOP, errorSummaryProblems, NARROWEST, pageProblems, PHONE } from './support/accessibility-audit';
import { launchChromium, personPages, settlePage } from './support/browser';
import { makeStaff, openServiceForTests, signIn } from './support/service';
import { NEWSLETTER_SUBSCRIBE, programSignupPath, STAFF_NEWSLETTER, STAFF_PROGRAMS, STAFF_RECORDS, staffProgramPath, staffReportPath } from '../../src/lib/urls';

const PASSWORD = 'staff password for a11y e2e';
const STAFF = 'a11y-manager@centre.test';
const FLOW_TIMEOUT = 300_000;

let browser: Browser;
let service: Service;
beforeAll(async () => {
  browser = await launchChromium();
  people = personPages(browser, '198.18.1');
  service = await openServiceForTests();
  await makeStaff(service, STAFF, '관리자', PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const base = () => inject('baseUrl');
/** Browsers of people of their own, each at its own address (a benchmarking range), so per-address limits do not add up. */
let people: ReturnType<typeof personPages>;
const newPage = (javaScriptEnabled = true) => people({ javaScriptEnabled, viewport: DESKTOP });

/**
 * Every check on the page as it is, at 1280 and 360px with the Tab walk, then at 320px with text spacing (last: it
 * restyles the page). Returns to 1280px so the flow can go on.
 */
async function audit(page: Page, state: string): Promise<string[]> {
  await settlePage(page);
  const problems: string[] = [];
  for (const viewport of [DESKTOP, PHONE, NARROWEST]) {
    await page.setViewportSize(viewport);
    const last = viewport === NARROWEST;
    problems.push(...(await pageProblems(page, { tabWalk: !last, textSpacing: last })).map((problem) => `${state} @${viewport.width}px: ${problem}`));
  }
  // The text spacing stays on the page; a reload would send the form again, so the flow goes on from here.
  await page.setViewportSize(DESKTOP);
  return problems;
}

const next = (page: Page) => Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '다음' }).click()]);

/**
 * Sends a form that the server will refuse (`submit` presses its button), then checks the error summary and the
 * page as answered. A problem with no field (a wrong password) has nothing to link to: `linksFields: false`.
 */
async function failedSubmit(page: Page, state: string, submit: () => Promise<unknown>, { linksFields = true } = {}): Promise<string[]> {
  await Promise.all([page.waitForEvent('load'), submit()]);
  const summary = (await errorSummaryProblems(page)).filter((problem) => linksFields || !/links to no field/.test(problem));
  return [...summary.map((problem) => `${state}: ${problem}`), ...(await audit(page, state))];
}
const press = (page: Page, name: string) => () => page.getByRole('button', { name }).click();

/** A request sent without JavaScript (so without the proof of work), as counselling.test.ts does; its private link. */
async function sendRequest(): Promise<{ link: string; receipt: string }> {
  const { page, close } = await newPage(false);
  await page.goto(`${base()}/counselling/request/`);
  await page.getByLabel('모성보호').check();
  await next(page);
  await page.locator('#situation').fill('출산전후휴가가 끝나면 바로 육아휴직을 쓸 수 있나요? 회사는 대체 인력이 없다고 합니다.');
  await next(page);
  await page.getByLabel('30명~299명').check();
  await next(page);
  await page.getByLabel('이 누리집의 개인 링크로 받기').check();
  await next(page);
  await page.getByLabel('위 내용을 읽었고, 개인정보 수집·이용에 동의합니다.').check();
  await next(page);
  await page.getByRole('button', { name: '상담 신청 보내기' }).click();
  await page.waitForURL(/\?new=1$/);
  const result = { link: page.url().replace(/\?new=1$/, ''), receipt: (await page.locator('.success-panel strong').first().innerText()).trim() };
  await close();
  return result;
}

describe('the counselling request form', () => {
  it('passes at every step, and after a failed submit shows the error summary with the focus on it, linking to each field', async () => {
    const { page, close } = await newPage();
    const problems: string[] = [];
    await page.goto(`${base()}/counselling/request/`);
    problems.push(...(await audit(page, '1 상담 분야')));
    problems.push(...(await failedSubmit(page, '1 상담 분야, nothing chosen', press(page, '다음'))));
    await page.getByLabel('모성보호').check();
    await next(page);
    problems.push(...(await audit(page, '2 상황')));
    await page.locator('#situation').fill('출산전후휴가가 끝나면 바로 육아휴직을 쓸 수 있나요?');
    await next(page);
    await page.getByLabel('30명~299명').check();
    await next(page);
    // Email: the contact step, with a wrong address.
    await page.getByLabel('이메일로 받기').check();
    await next(page);
    await page.locator('#email').fill('이메일 아님');
    problems.push(...(await failedSubmit(page, '4 연락처, a wrong address', press(page, '다음'))));
    await page.locator('#email').fill('asker@example.test');
    await next(page);
    problems.push(...(await failedSubmit(page, '5 동의, not given', press(page, '다음'))));
    await page.getByLabel('위 내용을 읽었고, 개인정보 수집·이용에 동의합니다.').check();
    await next(page);
    expect(await page.locator('.step-progress').innerText()).toContain('보내기 전에 확인해 주세요');
    // The widget solves its proof of work by itself, then rests: checked as the person meets it when ready to send.
    await expect.poll(() => page.locator('input[name="altcha"]').inputValue().catch(() => ''), { timeout: 120_000, message: 'the proof of work is solved (slow on a loaded machine)' }).not.toBe('');
    problems.push(...(await audit(page, '6 확인')));
    await close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, FLOW_TIMEOUT);
});

describe('after a request is sent', () => {
  let sent: { link: string; receipt: string };
  beforeAll(async () => {
    sent = await sendRequest();
  }, FLOW_TIMEOUT);

  it('the private link page passes, and an empty follow-up shows the error summary', async () => {
    const { page, close } = await newPage();
    const problems: string[] = [];
    await page.goto(sent.link);
    problems.push(...(await audit(page, 'private link')));
    await page.goto(sent.link);
    problems.push(...(await failedSubmit(page, 'private link, empty follow-up', press(page, '추가 질문 보내기'))));
    await close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, FLOW_TIMEOUT);

  it('the staff queue and the request page pass after signing in, and an empty reply shows the error summary', async () => {
    const { page, close } = await newPage();
    await signIn(page, STAFF, PASSWORD);
    const problems: string[] = [];
    await page.goto(`${base()}/staff/`);
    problems.push(...(await audit(page, '/staff/ queue')));
    await page.goto(`${base()}/staff/`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: sent.receipt }).click()]);
    const request = page.url();
    problems.push(...(await audit(page, 'staff request page')));
    await page.goto(request);
    problems.push(...(await failedSubmit(page, 'staff request page, empty reply', press(page, '답변 보내기'))));
    await close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, FLOW_TIMEOUT);
});

describe('staff sign-in', () => {
  it('passes at both stages and with a wrong password', async () => {
    const { page, close } = await newPage();
    const problems: string[] = [];
    await page.goto(`${base()}/staff/login/`);
    problems.push(...(await audit(page, 'sign-in')));
    await page.goto(`${base()}/staff/login/`);
    await page.locator('#email').fill(STAFF);
    await page.locator('#password').fill('not the password');
    problems.push(...(await failedSubmit(page, 'sign-in, wrong password', () => page.locator('#password').press('Enter'), { linksFields: false })));
    await page.goto(`${base()}/staff/login/?step=totp`);
    problems.push(...(await audit(page, 'sign-in, code')));
    await close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, FLOW_TIMEOUT);

  it('asks for no cognitive test (3.3.8): no puzzle or CAPTCHA, paste is not blocked, and password managers can fill each field', async () => {
    const { page, close } = await newPage();
    const fields: Record<string, { url: string; autocomplete: string }> = {
      email: { url: '/staff/login/', autocomplete: 'username' },
      password: { url: '/staff/login/', autocomplete: 'current-password' },
      code: { url: '/staff/login/?step=totp', autocomplete: 'one-time-code' },
    };
    for (const [id, { url, autocomplete }] of Object.entries(fields)) {
      await page.goto(`${base()}${url}`);
      expect(await page.getAttribute(`#${id}`, 'autocomplete'), id).toBe(autocomplete);
      // A paste event as the browser sends it: nothing on the page may cancel it.
      const cancelled = await page.locator(`#${id}`).evaluate((input) => {
        const data = new DataTransfer();
        data.setData('text/plain', '123456');
        return !input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      expect(cancelled, `${id}: paste cancelled`).toBe(false);
      expect(await page.locator('altcha-widget, [class*="captcha" i], img[src*="captcha" i]').count(), `${id}: a puzzle on the sign-in page`).toBe(0);
    }
    await close();
  }, FLOW_TIMEOUT);
});

describe('sign-ups, subscriptions and the staff desk', () => {
  it('the sign-up form and the subscribe page pass, and after a failed submit show the error summary', async () => {
    const { page, close } = await newPage();
    const problems: string[] = [];
    // The markup test signs up for this programme too; an empty form stores nothing.
    await page.goto(`${base()}${programSignupPath('2026-12-lunch-labour-law')}`);
    problems.push(...(await audit(page, 'sign-up form')));
    problems.push(...(await failedSubmit(page, 'sign-up form, nothing filled in', press(page, '다음'))));
    await page.goto(`${base()}${NEWSLETTER_SUBSCRIBE}`);
    problems.push(...(await failedSubmit(page, 'subscribe, nothing filled in', () => page.locator('main').getByRole('button', { name: '구독 신청' }).click())));
    await close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, FLOW_TIMEOUT);

  it('the staff pages for programmes, records, the yearly report and the newsletter pass', async () => {
    const { page, close } = await newPage();
    await signIn(page, STAFF, PASSWORD);
    const problems: string[] = [];
    for (const path of [STAFF_PROGRAMS, staffProgramPath('2026-12-lunch-labour-law'), STAFF_RECORDS, staffReportPath(2026), STAFF_NEWSLETTER]) {
      await page.goto(`${base()}${path}`);
      problems.push(...(await audit(page, path)));
    }
    await close();
    expect(problems, problems.join('\n')).toEqual([]);
  }, FLOW_TIMEOUT);
});
