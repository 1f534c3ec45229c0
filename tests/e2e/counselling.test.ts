/**
 * Online counselling, end to end in Chromium against the real server (node dist/server/entry.mjs) and PostgreSQL:
 * the request without JavaScript and with it (keyboard only, a draft that survives, the proof of work), the private
 * link, staff sign-in, assigning, replying, a follow-up, closing and retention; and the refusals: no session, the
 * wrong role, another request's token, guessed tokens, a script typed into a message, a database dump, and a
 * server killed in the middle of a submission.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/server/db/raw';
import { deleteExpiredCounsellingRequests } from '../../src/server/counselling/retention';
import type { Service } from '../../src/server/service';
import { freePort, startServerProcess } from '../support/service-server';
import { axeViolations } from './support/axe';
import { launchChromium, saveScreenshot } from './support/browser';
import { makeStaff, openServiceForTests, serverMails, signIn } from './support/service';

const XSS = '<script>window.__xss = "script"</script><img src="/x.png" onerror="window.__xss = \'img\'">';
const SITUATION = `육아휴직을 신청했는데 회사가 한 달째 답을 주지 않습니다. 어떻게 해야 하나요? ${XSS}`;
const PASSWORD = 'staff password for e2e 1';
/** The flows walk many pages and run axe on several; on a loaded 2-core machine that takes more than a minute. */
const FLOW_TIMEOUT = 180_000;

let browser: Browser;
let service: Service;
beforeAll(async () => {
  browser = await launchChromium();
  service = await openServiceForTests();
  await makeStaff(service, 'manager@centre.test', '관리자', PASSWORD);
  await makeStaff(service, 'counsellor@centre.test', '상담원', PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const base = () => inject('baseUrl');
const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };

let people = 0;
/** A browser of its own, at an address of its own (a documentation range, through the trusted proxy header). */
async function newPage(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? desktop, locale: 'ko-KR', timezoneId: 'Asia/Seoul', javaScriptEnabled: options.javaScriptEnabled ?? true,
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${++people}` },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { page, errors, close: () => context.close() };
}

const step = (page: Page) => page.locator('.step-progress').innerText();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * Fills the form without JavaScript, one step at a time (clicks only: a page without JavaScript cannot be
 * inspected from the inside; the same pages are checked with axe and the keyboard in the test below).
 */
async function requestWithoutJavaScript(page: Page, situation: string) {
  await page.goto(`${base()}/counselling/request/`);
  await page.getByRole('button', { name: '다음' }).click();
  expect(await page.locator('.error-summary').innerText()).toContain('상담 분야를 고르세요');
  expect(await page.locator('.error-summary').getAttribute('autofocus')).not.toBeNull();
  await page.getByLabel('모성보호').check();
  await page.getByRole('button', { name: '다음' }).click();
  expect(await step(page)).toContain('상황을 알려 주세요');
  expect(await page.locator('#situation-hint').innerText()).toContain('4,000자까지');
  await page.locator('#situation').fill(situation);
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByLabel('30명~299명').check();
  await page.getByRole('button', { name: '다음' }).click();
  await page.getByLabel('이 누리집의 개인 링크로 받기').check();
  await page.getByRole('button', { name: '다음' }).click();
  expect(await page.locator('.consent-box').innerText()).toMatch(/수집 항목[\s\S]*보유·이용 기간[\s\S]*3년/);
  await page.getByRole('button', { name: '다음' }).click();
  expect(await page.locator('#consent-error').innerText()).toContain('동의해야');
  await page.getByLabel('위 내용을 읽었고, 개인정보 수집·이용에 동의합니다.').check();
  await page.getByRole('button', { name: '다음' }).click();
  expect(await step(page)).toContain('보내기 전에 확인해 주세요');
  expect(await page.locator('.answers').innerText()).toContain(situation.slice(0, 20));
  await page.getByRole('button', { name: '상담 신청 보내기' }).click();
  await page.waitForURL(/\/counselling\/request\/[A-Za-z0-9_-]{40,}\/\?new=1$/);
  return page.url().replace(/\?new=1$/, '');
}

describe('asking the centre', () => {
  it('works without JavaScript at 360px: steps, errors by their fields, review, 접수번호 and the private link', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false, viewport: phone });
    const link = await requestWithoutJavaScript(page, SITUATION);
    expect(await page.locator('.success-panel').innerText()).toMatch(/접수번호는 \d{4}-\d{6}입니다[\s\S]*이 링크를 저장하세요/);
    expect(await page.locator('.private-link').innerText()).toBe(link);
    expect(await page.locator('.status-steps [aria-current="step"]').innerText()).toBe('접수');
    await saveScreenshot(page, 'counselling-received-360');
    await close();
  }, FLOW_TIMEOUT);

  it('works with the keyboard alone at 360px, keeps a draft through a phone call, and sends after the proof of work; axe finds nothing on any step', async () => {
    const { page, errors, close } = await newPage({ viewport: phone });
    const checked: string[] = [];
    const check = async () => {
      checked.push(await step(page));
      expect(await axeViolations(page), checked.at(-1)).toEqual([]);
      expect(await noSidewaysScroll(page), checked.at(-1)).toBe(true);
    };
    await page.goto(`${base()}/counselling/request/`);
    await check();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Enter');
    // Through the header to the first answer.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'category')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 노동권
    await page.keyboard.press('Enter');
    await page.waitForSelector('#situation');
    await check();
    await page.locator('#situation').focus();
    await page.keyboard.type('점심시간 없이 일하는데 수당을 받지 못했습니다. 어디에 신고해야 하나요?');
    // A phone call: the person leaves and comes back to a fresh form, which offers to carry on.
    await page.goto(`${base()}/`);
    await page.goto(`${base()}/counselling/request/`);
    const resume = page.locator('[data-draft-resume]');
    await expect.poll(() => resume.isVisible()).toBe(true);
    await page.getByRole('button', { name: '이어서 쓰기' }).focus();
    await page.keyboard.press('Enter');
    // Carried on at the first question not yet answered; the situation typed before the call is kept.
    const form = page.locator('[data-counselling-form]');
    await form.locator('input[name="companySize"]').first().waitFor();
    expect(await form.locator('input[name="situation"]').inputValue()).toContain('수당을 받지 못했습니다');
    await check();
    await form.locator('input[name="companySize"]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await form.locator('input[name="answerMethod"]').first().waitFor();
    await form.locator('input[name="answerMethod"]').first().focus();
    await page.keyboard.press('ArrowDown'); // 이메일로 받기
    await page.keyboard.press('Enter');
    await page.waitForSelector('#email');
    await check();
    await page.locator('#email').focus();
    await page.keyboard.type('asker@example.test');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#consent');
    await check();
    await page.locator('#consent').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForSelector('altcha-widget');
    expect(await page.locator('.answers').innerText()).toContain('수당을 받지 못했습니다');
    await check();
    // The widget solves the proof of work in a worker from this site and fills its hidden field.
    await expect.poll(() => page.locator('input[name="altcha"]').inputValue().catch(() => ''), { timeout: 30_000 }).not.toBe('');
    await page.getByRole('button', { name: '상담 신청 보내기' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?new=1$/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('success-panel'))).toBe(true);
    // The stored request no longer needs the browser's draft.
    expect(await page.evaluate(() => localStorage.getItem('centre-counselling-draft'))).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(6);
    await saveScreenshot(page, 'counselling-sent-360');
    expect(errors).toEqual([]);
    await close();
  }, FLOW_TIMEOUT);
});

describe('staff and the private link', () => {
  let link: string;
  let receipt: string;

  beforeAll(async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    link = await requestWithoutJavaScript(page, SITUATION);
    receipt = (await page.locator('.success-panel strong').first().innerText()).trim();
    await close();
  }, FLOW_TIMEOUT);

  it('a staff member signs in, finds it among 새 요청, opens it (logged), assigns it, replies; the asker reads the answer and asks more', async () => {
    const { page, close } = await newPage();
    await signIn(page, 'manager@centre.test', PASSWORD);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: receipt }).click();
    // What the asker typed is text here: the script and the handler never run.
    expect(await page.getByTestId('situation').innerText()).toContain('<script>window.__xss');
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    await page.getByRole('button', { name: '배정' }).click();
    expect(await page.locator('[role="status"]').innerText()).toContain('배정했습니다');
    await page.locator('#body').fill('회사에 신청서를 보낸 날짜를 알려 주세요. 30일이 지났다면 고용노동부에 진정할 수 있습니다.');
    await page.getByRole('button', { name: '답변 보내기' }).click();
    expect(await page.locator('[role="status"]').innerText()).toContain('답변을 보냈습니다');
    await page.locator('#note').fill('다음 주에 다시 연락해 보기');
    await page.getByRole('button', { name: '메모 남기기' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'staff-request-1280');

    const asker = await newPage({ viewport: phone });
    await asker.page.goto(link);
    expect(await asker.page.locator('.status-steps [aria-current="step"]').innerText()).toBe('답변 완료');
    expect(await asker.page.locator('.thread').innerText()).toContain('30일이 지났다면 고용노동부에 진정할 수 있습니다');
    expect(await asker.page.locator('.thread').innerText()).not.toContain('다음 주에 다시 연락해 보기');
    await asker.page.locator('#body').fill('신청서는 11월 2일에 보냈습니다.');
    await asker.page.getByRole('button', { name: '추가 질문 보내기' }).click();
    expect(await asker.page.locator('[role="status"]').innerText()).toContain('추가 질문을 보냈습니다');
    expect(await asker.page.locator('.status-steps [aria-current="step"]').innerText()).toBe('배정');
    expect(await axeViolations(asker.page)).toEqual([]);
    await saveScreenshot(asker.page, 'counselling-private-link-360');
    await asker.close();

    await page.goto(`${base()}/staff/?view=${encodeURIComponent('답변 대기')}`);
    expect(await page.getByRole('link', { name: receipt }).count()).toBe(1);
    await page.goto(`${base()}/staff/audit/`);
    expect(await page.locator('tbody').innerText()).toMatch(/열람[\s\S]*counselling_request/);
    await close();
  }, FLOW_TIMEOUT);

  it('escapes a typed script in the mails too', async () => {
    const notices = serverMails();
    expect(notices.length).toBeGreaterThan(0);
    for (const mail of notices) {
      expect(mail.html ?? '').not.toContain('<script>window.__xss');
      expect(mail.html ?? '').not.toContain('onerror="window');
    }
  }, FLOW_TIMEOUT);

  it('one link reads its own request only; guessed links find nothing and are stopped after 20 tries', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    const other = await requestWithoutJavaScript(page, '다른 사람의 상담: 출산전후휴가 급여를 회사가 주지 않습니다.');
    await page.goto(link);
    expect(await page.locator('h1').innerText()).toContain(receipt);
    expect(await page.locator('.thread').innerText()).not.toContain('다른 사람의 상담');
    await page.goto(other);
    expect(await page.locator('.thread').innerText()).not.toContain('육아휴직을 신청했는데');
    await close();
    const guess = (n: number) => `${base()}/counselling/request/${'A'.repeat(40)}${String(n).padStart(3, '0')}/`;
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await fetch(guess(i), { headers: { 'x-forwarded-for': '198.51.100.20' } })).status);
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  }, FLOW_TIMEOUT);

  it('no staff page answers without a session, and a 상담원 gets neither the 접속기록 nor a request not assigned to them', async () => {
    for (const path of ['/staff/', '/staff/audit/', '/staff/account/', `/staff/counselling/00000000-0000-0000-0000-000000000000/`]) {
      const response = await fetch(`${base()}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toMatch(/^\/staff\/login\//);
      const post = await fetch(`${base()}${path}`, { method: 'POST', redirect: 'manual', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' });
      expect(post.status, `POST ${path}`).toBe(401);
    }
    // A staff action sent through a public on-demand page finds no staff member either.
    const reply = await fetch(`${base()}/counselling/request/?_action=staff.reply`, { method: 'POST', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' }, body: 'requestId=x&body=x' });
    expect(reply.status).toBe(401);

    const { page, close } = await newPage();
    await signIn(page, 'counsellor@centre.test', PASSWORD);
    expect(await page.getByRole('link', { name: receipt }).count()).toBe(0);
    const audit = await page.goto(`${base()}/staff/audit/`);
    expect(audit?.status()).toBe(403);
    const [row] = await queryRows<{ id: string }>(service.ctx.db, sql`select id from counselling_request where receipt_number = ${receipt}`);
    const opened = await page.goto(`${base()}/staff/counselling/${row.id}/`);
    expect(opened?.status()).toBe(404);
    await close();
  }, FLOW_TIMEOUT);

  it('a database dump holds none of what was typed', () => {
    const bin = readdirSync('/usr/lib/postgresql').sort().at(-1);
    const dump = execFileSync(`/usr/lib/postgresql/${bin}/bin/pg_dump`, ['--data-only', inject('serviceEnv').DATABASE_URL], { maxBuffer: 1 << 28 }).toString();
    expect(dump).toContain(receipt);
    for (const probe of ['육아휴직을 신청했는데', 'asker@example.test', '30일이 지났다면', '다음 주에 다시 연락해 보기', '11월 2일에 보냈습니다', link.split('/').at(-2)!]) {
      expect(dump.includes(probe), probe).toBe(false);
    }
  }, FLOW_TIMEOUT);

  it('closing starts the 3-year clock: after it, retention deletes the request and its link finds nothing', async () => {
    const { page, close } = await newPage();
    await signIn(page, 'manager@centre.test', PASSWORD);
    await page.getByRole('link', { name: '완료' }).click();
    await page.goto(`${base()}/staff/?view=${encodeURIComponent('답변 대기')}`);
    await page.getByRole('link', { name: receipt }).click();
    await page.getByRole('button', { name: '상담 종결' }).click();
    expect(await page.locator('.badge').innerText()).toBe('종결');
    await close();
    expect((await fetch(link)).status).toBe(200);
    // The counselling part of the daily run, three years on (the 접속기록's own retention is tested in tests/service).
    const later = await openServiceForTests(() => new Date(Date.now() + (3 * 366 + 1) * 24 * 60 * 60 * 1000));
    const removed = await deleteExpiredCounsellingRequests(later.ctx);
    await later.close();
    expect(removed).toBeGreaterThanOrEqual(1);
    expect((await fetch(link)).status).toBe(404);
  }, FLOW_TIMEOUT);
});

describe('limits', () => {
  it('a fourth request without JavaScript within the hour from one address is refused beside the form, the answers kept', async () => {
    const send = (n: number) =>
      fetch(`${base()}/counselling/request/?_action=counselling.step`, {
        method: 'POST', redirect: 'manual',
        headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.7' },
        body: new URLSearchParams({
          step: 'review', intent: 'submit', idempotencyKey: `limitTestKey${n}abcdefghijkl`, consentVersion: '2026-12-01', category: '노동권',
          situation: `같은 주소에서 여러 번 보내는 요청 ${n}`, companySize: '모름', answerMethod: 'link', consent: 'yes',
        }),
      });
    for (const n of [1, 2, 3]) expect((await send(n)).status).toBe(303);
    const refused = await send(4);
    expect(refused.status).toBe(200);
    const html = await refused.text();
    expect(html).toContain('너무 많이 보냈습니다');
    expect(html).toContain('같은 주소에서 여러 번 보내는 요청 4');
  }, FLOW_TIMEOUT);
});

describe('faults', () => {
  it('a server killed in the middle of a submission loses nothing it accepted, and the retry makes no duplicate', async () => {
    const port = await freePort();
    const env = { ...inject('serviceEnv'), PUBLIC_URL: `http://127.0.0.1:${port}` };
    const origin = `http://127.0.0.1:${port}`;
    const idempotencyKey = 'faultTestKey0123456789ab';
    const form = new URLSearchParams({
      step: 'review', intent: 'submit', idempotencyKey, consentVersion: '2026-12-01', category: '노동권',
      situation: '서버가 멈춰도 상담 신청이 한 번만 저장되는지 확인합니다.', companySize: '모름', answerMethod: 'link', consent: 'yes',
    });
    const send = (url: string) =>
      fetch(`${url}/counselling/request/?_action=counselling.step`, { method: 'POST', redirect: 'manual', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const count = async () => (await queryRows<{ n: number }>(service.ctx.db, sql`select count(*)::int as n from counselling_request`))[0].n;
    const before = await count();
    const first = await startServerProcess(env, port);
    const attempt = send(first.url).catch(() => null);
    // Killed while the request is in flight: the answer is lost, whatever happened to the data.
    await new Promise((resolve) => setTimeout(resolve, 15));
    first.kill();
    await attempt;
    const again = await startServerProcess(env, port);
    const retry = await send(again.url);
    const retryAgain = await send(again.url);
    await again.stop();
    expect(retry.status).toBe(303);
    expect(retryAgain.headers.get('location')).toBe(retry.headers.get('location'));
    expect(await count()).toBe(before + 1);
  }, FLOW_TIMEOUT);
});
