/**
 * Programme sign-ups, end to end in Chromium against the real server and PostgreSQL, on a real upcoming programme
 * from content (자녀 훈육 강좌: 20 seats, a child's age and two more questions): the form without JavaScript, the
 * seats filling up to the waitlist, a cancellation promoting the next person with a mail, staff attendance,
 * closing and reopening, downloads read back with exceljs, and the refusals (no session, guessed links).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/server/db/schema';
import type { Service } from '../../src/server/service';
import { countSeats } from '../../src/server/signups/signup-program';
import type { StoredMail } from '../../src/server/mail/mail-transport';
import { axeViolations } from './support/axe';
import { launchChromium, personPages, saveScreenshot } from './support/browser';
import { makeStaff, openServiceForTests, serverMails, signIn } from './support/service';

const SLUG = '2026-12-child-discipline-lecture';
const CAPACITY = 20;
const XSS = '<script>window.__xss = "script"</script><img src="/x.png" onerror="window.__xss = \'img\'">';
/** A name with markup, within the name's 50 characters. */
const NAME = '김보람 <img src="/x.png" onerror="window.__xss=1">';
const FORMULA = '=HYPERLINK("https://evil.example","눌러 보세요")';
const PASSWORD = 'staff password for e2e 1';
const FLOW_TIMEOUT = 240_000;

let browser: Browser;
let service: Service;
beforeAll(async () => {
  browser = await launchChromium();
  newPage = personPages(browser, '192.0.2');
  service = await openServiceForTests();
  await makeStaff(service, 'signups-manager@centre.test', '관리자', PASSWORD);
  await makeStaff(service, 'signups-counsellor@centre.test', '상담원', PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const base = () => inject('baseUrl');
const formUrl = () => `${base()}/programs/${SLUG}/signup/`;
const phone = { width: 360, height: 800 };

/** A browser of its own, at an address of its own. */
let newPage: ReturnType<typeof personPages>;

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

interface Person {
  name: string;
  email?: string;
  phone?: string;
  childAge: string;
  concern?: string;
}

/** Fills the form by its labels, goes to the review and sends; returns the private link. */
async function signUp(page: Page, person: Person, check?: (stage: string) => Promise<void>) {
  await page.goto(formUrl());
  await check?.('form');
  await page.getByLabel('이름', { exact: true }).fill(person.name);
  if (person.email) await page.getByLabel('이메일 주소 (선택)').fill(person.email);
  if (person.phone) await page.getByLabel('전화번호 (선택)').fill(person.phone);
  await page.getByLabel(/^자녀 나이/).fill(person.childAge);
  if (person.concern) await page.getByLabel(/^요즘 아이와 자주 부딪히는 상황/).fill(person.concern);
  await page.getByLabel('위 내용을 읽었고, 개인정보 수집·이용에 동의합니다.').check();
  await page.getByRole('button', { name: '다음' }).click();
  expect(await page.locator('.step-progress').innerText()).toContain('보내기 전에 확인');
  await check?.('review');
  await page.getByRole('button', { name: '신청 보내기' }).click();
  await page.waitForURL(/\/programs\/signup\/[A-Za-z0-9_-]{40,}\/\?new=1$/);
  return page.url().replace(/\?new=1$/, '');
}

/** A sign-up sent as the form sends it, straight to the action (to fill seats quickly through the real server). */
async function postSignup(n: number) {
  const response = await fetch(`${formUrl()}?_action=signups.step`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.60' },
    body: new URLSearchParams({
      program: SLUG, intent: 'submit', idempotencyKey: `seat-filler-key-${String(n).padStart(8, '0')}`, consentVersion: '2026-12-01',
      name: `참가자 ${n}`, phone: `010-0000-${String(n).padStart(4, '0')}`, 'answer-child-age': '6', consent: 'yes',
    }),
  });
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toMatch(/^\/programs\/signup\/[A-Za-z0-9_-]{40,}\/\?new=1$/);
}

/** The mails the server has written to `to` by now (its worker sends them shortly after the sign-up). */
async function mailsTo(to: string, count: number): Promise<StoredMail[]> {
  for (let i = 0; i < 120; i++) {
    const mails = serverMails().filter((mail) => mail.to === to);
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`fewer than ${count} mails to ${to}`);
}

const privateLinkIn = (mail: StoredMail) => /http:\/\/[^\s]+\/programs\/signup\/[A-Za-z0-9_-]{40,}\//.exec(mail.text ?? '')?.[0];

describe('signing up', () => {
  it('works without JavaScript at 360px: 신청하기 on the static page, errors beside their fields, review, 신청 완료 with the private link and the mail with the .ics', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false, viewport: phone });
    await page.goto(`${base()}/programs/${SLUG}/`);
    await page.getByRole('link', { name: '신청하기' }).click();
    await page.waitForURL(formUrl());
    expect(await page.locator('[data-seats]').innerText()).toMatch(/정원 20명 가운데 \d+자리가 남았습니다/);
    await page.getByRole('button', { name: '다음' }).click();
    expect(await page.locator('.error-summary').innerText()).toMatch(/이름[\s\S]*이메일/);
    expect(await page.locator('#consent-error').innerText()).toContain('동의');
    expect(await page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(2);
    await page.getByLabel('이름', { exact: true }).fill(NAME);
    await page.getByLabel('이메일 주소 (선택)').fill('boram@example.test');
    await page.getByLabel(/^자녀 나이/).fill('15');
    await page.getByLabel(/^요즘 아이와 자주 부딪히는 상황/).fill(`잠자리에 들 때 ${XSS}`);
    await page.getByLabel('위 내용을 읽었고, 개인정보 수집·이용에 동의합니다.').check();
    await page.getByRole('button', { name: '다음' }).click();
    expect(await page.locator('.error-summary').innerText()).toContain('3부터 12 사이의 숫자를 적어 주세요');
    expect(await page.getByLabel('이름', { exact: true }).inputValue()).toBe(NAME);
    await page.getByLabel(/^자녀 나이/).fill('5');
    await page.getByRole('button', { name: '다음' }).click();
    expect(await page.locator('.answers').last().innerText()).toContain(NAME);
    await page.getByRole('button', { name: '신청 보내기' }).click();
    await page.waitForURL(/\/programs\/signup\/[A-Za-z0-9_-]{40,}\/\?new=1$/);
    const link = page.url().replace(/\?new=1$/, '');
    expect(await page.locator('[data-signup-received] h2').innerText()).toBe('신청이 확정되었습니다');
    expect(await page.locator('.private-link').innerText()).toBe(link);
    expect(await page.locator('[data-signup-status]').innerText()).toBe('참가 확정');
    expect(await page.locator('.when-where').innerText()).toContain(NAME);
    expect(await page.locator('img[src="/x.png"]').count()).toBe(0);
    await saveScreenshot(page, 'signup-received-360');
    await close();

    const [mail] = await mailsTo('boram@example.test', 1);
    expect(mail.subject).toContain('신청 확정');
    expect(privateLinkIn(mail)).toBe(link);
    expect(mail.attachments?.[0]?.filename).toBe('program.ics');
    expect(String(mail.attachments?.[0]?.content)).toContain('BEGIN:VEVENT');
    expect(mail.html).not.toContain('<script>window.__xss');
    expect(mail.html).not.toContain('<img src="/x.png"');
    expect(mail.html).toContain('김보람 &lt;img');
  }, FLOW_TIMEOUT);

  it('takes the last seat, then the waitlist; a cancellation through the private link promotes the next person, who gets a mail', async () => {
    const { confirmed } = await countSeats(service.ctx.db, SLUG);
    for (let n = confirmed + 1; n < CAPACITY; n++) await postSignup(n);

    const last = await newPage();
    const axeAt = (page: Page) => async (stage: string) => {
      expect(await axeViolations(page), stage).toEqual([]);
      expect(await noSidewaysScroll(page), stage).toBe(true);
    };
    await last.page.goto(formUrl());
    expect(await last.page.locator('[data-seats]').innerText()).toBe('정원 20명 가운데 1자리가 남았습니다.');
    await saveScreenshot(last.page, 'signup-form-1280');
    const lastLink = await signUp(last.page, { name: '이마지막', email: 'last@example.test', childAge: '7' }, axeAt(last.page));
    expect(await last.page.locator('[data-signup-status]').innerText()).toBe('참가 확정');
    await axeAt(last.page)('private link');

    const waiting = await newPage({ viewport: phone });
    await waiting.page.goto(formUrl());
    expect(await waiting.page.locator('[data-seats]').innerText()).toBe('정원 20명이 모두 찼습니다. 지금 신청하면 대기 1번째가 됩니다.');
    await saveScreenshot(waiting.page, 'signup-form-full-360');
    const waitingLink = await signUp(waiting.page, { name: '박기다림', email: 'waiting@example.test', phone: '010-2222-3333', childAge: '9' }, axeAt(waiting.page));
    expect(await waiting.page.locator('[data-signup-received] h2').innerText()).toBe('대기 1번째로 신청했습니다');
    expect(await waiting.page.locator('[data-signup-status]').innerText()).toBe('대기 1번째');
    const [waitlistMail] = await mailsTo('waiting@example.test', 1);
    expect(waitlistMail.subject).toContain('대기 접수');
    expect(waitlistMail.text).toContain('대기 1번');

    // The person with the last seat cancels: a confirm step, then the POST.
    await last.page.goto(lastLink);
    await last.page.getByRole('link', { name: '신청 취소하기' }).click();
    expect(await last.page.locator('[data-cancel-confirm]').innerText()).toContain('자리는 대기 중인 다음 분께 넘어갑니다');
    await axeAt(last.page)('cancel confirm');
    await saveScreenshot(last.page, 'signup-cancel-confirm-1280');
    await last.page.getByRole('button', { name: '네, 취소합니다' }).click();
    await last.page.waitForURL(/\?cancelled=1$/);
    expect(await last.page.locator('[data-signup-status]').innerText()).toBe('취소함');
    expect(await last.page.getByRole('link', { name: '신청 취소하기' }).count()).toBe(0);
    await last.close();

    const mails = await mailsTo('waiting@example.test', 2);
    const promotion = mails.find((mail) => mail.subject.includes('대기에서 확정'));
    expect(promotion, 'the promotion mail').toBeDefined();
    expect(privateLinkIn(promotion!)).toBe(waitingLink);
    expect(promotion!.attachments?.[0]?.filename).toBe('program.ics');
    await waiting.page.goto(waitingLink);
    expect(await waiting.page.locator('[data-signup-status]').innerText()).toBe('참가 확정');
    await waiting.close();

    const seats = await countSeats(service.ctx.db, SLUG);
    expect(seats).toEqual({ confirmed: CAPACITY, waitlisted: 0 });
  }, FLOW_TIMEOUT);

  it('a guessed private link finds nothing, and guesses are stopped after the limit', async () => {
    const guess = (n: number) => `${base()}/programs/signup/${'B'.repeat(40)}${String(n).padStart(3, '0')}/`;
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await fetch(guess(i), { headers: { 'x-forwarded-for': '198.51.100.61' } })).status);
    expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('staff', () => {
  const staffPaths = [`/staff/programs/`, `/staff/programs/${SLUG}/`, `/staff/programs/${SLUG}/signups/csv/`, `/staff/programs/${SLUG}/signups/xlsx/`];

  it('no staff route of sign-ups answers without a session (303 to the sign-in for GET, 401 for a POST)', async () => {
    for (const path of staffPaths) {
      const response = await fetch(`${base()}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toMatch(/^\/staff\/login\//);
      const post = await fetch(`${base()}${path}`, { method: 'POST', redirect: 'manual', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' }, body: 'x=1' });
      expect(post.status, `POST ${path}`).toBe(401);
    }
    // Staff actions sent through a public on-demand page find no staff member either, and change nothing.
    for (const action of ['staffSignups.setClosed', 'staffSignups.attendance']) {
      const response = await fetch(`${formUrl()}?_action=${action}`, {
        method: 'POST', redirect: 'manual', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded' }, body: `program=${SLUG}&closed=yes`,
      });
      expect(response.status, action).toBe(401);
    }
    const { page, close } = await newPage({ javaScriptEnabled: false });
    await page.goto(formUrl());
    expect(await page.locator('[data-signup-closed]').count()).toBe(0);
    await close();
  });

  it('see the list with counts and a programme’s sign-ups (a typed script stays text), save attendance, and it is in the 접속기록', async () => {
    const { page, errors, close } = await newPage();
    const missing: string[] = [];
    page.on('response', (response) => response.status() === 404 && missing.push(response.url()));
    await signIn(page, 'signups-manager@centre.test', PASSWORD, '/staff/programs/');
    await page.getByRole('link', { name: '프로그램 신청' }).first().click();
    const row = page.locator('tr', { has: page.getByRole('link', { name: '일하는 부모를 위한 자녀 훈육 강좌' }) });
    expect(await row.innerText()).toMatch(/20명\s+20\s+0\s+1/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '일하는 부모를 위한 자녀 훈육 강좌' }).click();
    await page.waitForURL(`${base()}/staff/programs/${SLUG}/`);
    expect(await page.locator('[data-counts]').innerText()).toBe('확정 20명 · 대기 0명 · 취소 1명');
    expect(await page.locator('[data-signup-name]').first().innerText()).toBe(NAME);
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'staff-program-signups-1280');

    await page.getByLabel(/^출석 \(김보람 </).check();
    await page.getByLabel(/^출석 \(참가자 2,/).check();
    await page.getByRole('button', { name: '출석 저장' }).click();
    // Every confirmed sign-up was marked: two 출석, the other eighteen 결석.
    expect(await page.locator('[role="status"]').innerText()).toBe('출석 20건을 저장했습니다.');
    expect(await page.getByLabel(/^출석 \(김보람.*지금: 출석\)/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^출석 \(참가자 3,.*지금: 결석\)/).isChecked()).toBe(false);
    expect(errors, missing.join(', ')).toEqual([]);
    await close();

    const staffId = (await service.ctx.db.select({ id: auditLog.staffUserId }).from(auditLog).where(eq(auditLog.action, 'attendance')).limit(1))[0]?.id;
    expect(staffId).toBeDefined();
    const views = await service.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'view'), eq(auditLog.recordType, 'program_signups'), eq(auditLog.recordId, SLUG)));
    expect(views.length).toBeGreaterThanOrEqual(2);
    expect(views.every((view) => view.staffUserId === staffId)).toBe(true);
    const marks = await service.ctx.db.select().from(auditLog).where(eq(auditLog.action, 'attendance'));
    expect(marks).toHaveLength(20);
  }, FLOW_TIMEOUT);

  it('download CSV and XLSX that read back with exceljs: every sign-up, the answers, a formula neutralised; each download in the 접속기록', async () => {
    // A name that a spreadsheet would run as a formula, sent through the real form.
    const { page: person, close: closePerson } = await newPage({ javaScriptEnabled: false });
    await person.goto(formUrl());
    expect(await person.locator('[data-seats]').innerText()).toBe('정원 20명이 모두 찼습니다. 지금 신청하면 대기 1번째가 됩니다.');
    await signUp(person, { name: FORMULA, phone: '010-4444-5555', childAge: '4', concern: `+${XSS}` });
    expect(await person.locator('[data-signup-status]').innerText()).toBe('대기 1번째');
    await closePerson();

    const { page, context, close } = await newPage();
    await signIn(page, 'signups-counsellor@centre.test', PASSWORD, `/staff/programs/${SLUG}/`);
    const csvResponse = await context.request.get(`${base()}/staff/programs/${SLUG}/signups/csv/`);
    expect(csvResponse.status()).toBe(200);
    expect(csvResponse.headers()['content-disposition']).toBe(`attachment; filename="signups-${SLUG}.csv"`);
    const xlsxResponse = await context.request.get(`${base()}/staff/programs/${SLUG}/signups/xlsx/`);
    expect(xlsxResponse.status()).toBe(200);
    const [csvBody, xlsxBody] = [await csvResponse.body(), await xlsxResponse.body()];
    await close();

    const csv = new ExcelJS.Workbook();
    // Read back as plain strings (exceljs would otherwise turn numbers and date-like text into values).
    const csvSheet = await csv.csv.read(Readable.from([csvBody.toString('utf8').replace(/^\ufeff/, '')]), { map: (value: unknown) => value } as never);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(xlsxBody as unknown as ArrayBuffer);
    const xlsxSheet = xlsx.getWorksheet('신청자')!;
    for (const [format, sheet] of [['csv', csvSheet], ['xlsx', xlsxSheet]] as const) {
      const rows = sheet.getSheetValues().filter(Boolean).map((values) => Array.from((values as ExcelJS.CellValue[]).slice(1), (value) => String(value ?? '')));
      const [header, ...body] = rows;
      expect(header, format).toEqual(['순번', '상태', '이름', '이메일', '전화', '자녀 나이 (만 나이, 자녀가 여럿이면 가장 고민되는 아이)', '배우자와 함께 오시나요?', '요즘 아이와 자주 부딪히는 상황', '출석', '신청 시각']);
      expect(body, format).toHaveLength(CAPACITY + 2);
      const boram = body.find((cells) => cells[2] === NAME);
      expect(boram?.slice(1, 6), format).toEqual(['확정', NAME, 'boram@example.test', '', '5']);
      expect(boram?.[7], format).toBe(`잠자리에 들 때 ${XSS}`);
      expect(boram?.[8], format).toBe('출석');
      expect(body.filter((cells) => cells[1] === '취소'), format).toHaveLength(1);
      const formula = body.find((cells) => cells[1] === '대기')!;
      // CSV: a leading apostrophe; XLSX: a text cell, never a formula.
      expect(formula[2], format).toBe(format === 'csv' ? `'${FORMULA}` : FORMULA);
      expect(formula[7], format).toBe(format === 'csv' ? `'+${XSS}` : `+${XSS}`);
    }
    const formulaCell = xlsxSheet.getRow(CAPACITY + 3).getCell(3);
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);

    const exports = await service.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'export'), eq(auditLog.recordId, SLUG)));
    expect(exports).toHaveLength(2);
  }, FLOW_TIMEOUT);

  it('close registration: the form says so and refuses a sign-up sent anyway; reopen takes sign-ups again', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    await signIn(page, 'signups-manager@centre.test', PASSWORD, `/staff/programs/${SLUG}/`);
    await page.getByRole('button', { name: '신청 닫기' }).click();
    expect(await page.locator('[role="status"]').innerText()).toContain('신청을 닫았습니다');

    const { page: visitor, close: closeVisitor } = await newPage({ javaScriptEnabled: false });
    await visitor.goto(formUrl());
    expect(await visitor.locator('[data-signup-closed]').innerText()).toContain('센터가 신청을 마감했습니다');
    expect(await visitor.locator('form[data-signup-form]').count()).toBe(0);
    const before = await countSeats(service.ctx.db, SLUG);
    const sent = await fetch(`${formUrl()}?_action=signups.step`, {
      method: 'POST', headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.62' },
      body: new URLSearchParams({ program: SLUG, intent: 'submit', idempotencyKey: 'closed-programme-key-0001', consentVersion: '2026-12-01', name: '늦은 신청', phone: '010-1111-2222', 'answer-child-age': '6', consent: 'yes' }),
    });
    expect(await sent.text()).toContain('센터가 신청을 마감했습니다');
    expect(await countSeats(service.ctx.db, SLUG)).toEqual(before);

    await page.getByRole('button', { name: '신청 다시 열기' }).click();
    expect(await page.locator('[role="status"]').innerText()).toContain('다시 열었습니다');
    await visitor.goto(formUrl());
    expect(await visitor.locator('form[data-signup-form]').count()).toBe(1);
    await closeVisitor();
    await close();
  }, FLOW_TIMEOUT);
});
