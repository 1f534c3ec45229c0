/**
 * KWCAG 2.2 8.1.1 (마크업 오류 방지): every built page, and every kind of page the server renders on demand, is
 * valid HTML to the W3C Nu HTML Checker. Newsletter email editions are files for a mailing service, not pages.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { isEmailEdition } from '../../src/build/built-pages';
import { queryRows } from '../../src/server/db/raw';
import type { StoredMail } from '../../src/server/mail/mail-transport';
import { subscriberEmailHash, unsubscribeToken } from '../../src/server/newsletter/subscriber-fields';
import type { Service } from '../../src/server/service';
import { builtHtmlFiles, urlPathOf } from './support/built-site';
import { makeStaff, openServiceForTests, serverMails } from './support/service';
import { markupErrors } from './support/vnu';

it('has no markup errors on any built page', () => {
  const files = builtHtmlFiles().filter((file) => !isEmailEdition(file));
  expect(files.length).toBeGreaterThan(100);
  expect(markupErrors(files, urlPathOf)).toEqual([]);
}, 180_000);

const siteSettings = parse(readFileSync('content/data/site.yaml', 'utf8'));
let service: Service;
beforeAll(async () => {
  service = await openServiceForTests();
  await makeStaff(service, 'markup@centre.test', '관리자', 'markup test password 1');
});
afterAll(() => service?.close());

const base = () => inject('baseUrl');
const formPost = (body: Record<string, string>, cookie = '') => ({
  method: 'POST',
  redirect: 'manual' as const,
  headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.40', cookie },
  body: new URLSearchParams(body),
});

/** One of each kind of on-demand page, fetched as a browser without JavaScript would get it. */
async function servicePages(): Promise<Record<string, string>> {
  const pages: Record<string, string> = {};
  const get = async (name: string, url: string, init?: RequestInit) => {
    const response = await fetch(url.startsWith('http') ? url : `${base()}${url}`, init);
    pages[name] = await response.text();
    return response;
  };
  const request = { idempotencyKey: 'markupTestKey0123456789a', consentVersion: '2026-12-01', category: '모성보호', situation: '마크업 검사용 상담입니다.', companySize: '모름', answerMethod: 'link', consent: 'yes' };
  const action = '/counselling/request/?_action=counselling.step';
  await get('counselling form', '/counselling/request/');
  await get('counselling form with errors', action, formPost({ step: 'category', intent: 'next', idempotencyKey: request.idempotencyKey }));
  await get('counselling review', action, formPost({ ...request, step: 'consent', intent: 'next' }));
  const created = await fetch(`${base()}${action}`, formPost({ ...request, step: 'review', intent: 'submit' }));
  await get('private link, just sent', new URL(created.headers.get('location')!, base()).href);
  await get('private link, not found', '/counselling/request/NotARealTokenNotARealTokenNotARealToken00/');
  await get('staff login', '/staff/login/');
  await get('staff login, wrong password', '/staff/login/', formPost({ stage: 'password', email: 'markup@centre.test', password: 'wrong' }));
  await get('staff set password', '/staff/set-password/?token=not-a-token');
  const signedIn = await fetch(`${base()}/staff/login/`, formPost({ stage: 'password', email: 'markup@centre.test', password: 'markup test password 1' }));
  const cookie = signedIn.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
  const staff = { headers: { cookie } };
  const queue = await (await fetch(`${base()}/staff/`, staff)).text();
  pages['staff queue'] = queue;
  const requestPath = /href="(\/staff\/counselling\/[^"]+)"/.exec(queue)?.[1];
  expect(requestPath, 'a request in the queue').toBeDefined();
  await get('staff request', requestPath!, staff);
  await get('staff audit log', '/staff/audit/', staff);
  await get('staff account', '/staff/account/', staff);
  await newsletterPages(get, cookie);
  await get('staff records', '/staff/records/', staff);
  const recordPath = /href="(\/staff\/records\/[0-9a-f-]{36}\/)"/.exec(pages['staff records']!)?.[1];
  expect(recordPath, "the online request's record on the list").toBeDefined();
  await get('staff record', recordPath!, staff);
  await get('staff record form with errors', '/staff/records/?_action=records.record', formPost({ consultedOn: '2999-01-01', memo: 'x@y.kr' }, cookie));
  await get('staff report years', '/staff/report/', staff);
  await get('staff report', '/staff/report/2026/', staff);
  await get('staff report publish step', '/staff/report/2026/publish/', staff);
  await get('public report, not published', '/report/2019/');
  const publishing = await fetch(`${base()}/staff/report/2026/publish/?_action=records.publish`, formPost({ year: '2026' }, cookie));
  expect(publishing.status, 'publishing 2026').toBe(303);
  await get('public report, published', '/report/2026/');
  // Programme sign-ups, on a programme the sign-up e2e leaves alone.
  const program = '2026-12-lunch-labour-law';
  const signup = { program, idempotencyKey: 'markupSignupKey0123456789', consentVersion: '2026-12-01', name: '마크업 검사', phone: '010-0000-0000', consent: 'yes' };
  const signupAction = `/programs/${program}/signup/?_action=signups.step`;
  await get('signup form', `/programs/${program}/signup/`);
  await get('signup form with errors', signupAction, formPost({ program, intent: 'review', idempotencyKey: signup.idempotencyKey, consentVersion: signup.consentVersion }));
  await get('signup review', signupAction, formPost({ ...signup, intent: 'review' }));
  const signedUp = await fetch(`${base()}${signupAction}`, formPost({ ...signup, intent: 'submit' }));
  const signupLink = new URL(signedUp.headers.get('location')!, base());
  await get('signup private link, just sent', signupLink.href);
  await get('signup private link, cancel confirm', `${signupLink.pathname}?cancel=1`);
  await get('signup private link, not found', '/programs/signup/NotARealTokenNotARealTokenNotARealToken00/');
  await get('staff programmes', '/staff/programs/', staff);
  await get('staff programme sign-ups', `/staff/programs/${program}/`, staff);
  return pages;
}

/** The newsletter's on-demand pages: the box's answers, the links in the mails (each state), the staff desk. */
async function newsletterPages(get: (name: string, url: string, init?: RequestInit) => Promise<Response>, cookie: string): Promise<void> {
  const subscribe = '/newsletters/subscribe/?_action=newsletter.subscribe';
  const email = 'markup.reader@example.test';
  await get('newsletter subscribe', '/newsletters/subscribe/');
  await get('newsletter subscribe with errors', subscribe, formPost({ email: 'not an address', consentVersion: 'old' }));
  const sent = await fetch(`${base()}${subscribe}`, formPost({ email, consent: 'yes', consentVersion: siteSettings.newsletter.consent.version, website: '' }));
  await get('newsletter confirmation mail sent', sent.headers.get('location')!);
  let mail: StoredMail | undefined;
  await expect.poll(() => (mail = serverMails().find((m) => m.to === email)), { timeout: 30_000 }).toBeDefined();
  const confirmPath = new URL(/https?:\/\/\S+\/newsletters\/confirm\/\S+?\//.exec(mail!.text)![0]).pathname;
  await get('newsletter confirm', confirmPath);
  await fetch(`${base()}${confirmPath}?_action=newsletter.confirm`, formPost({ token: confirmPath.split('/').at(-2)! }));
  await get('newsletter confirmed', `${confirmPath}?done=1`);
  await get('newsletter confirm, not found', '/newsletters/confirm/NotARealTokenNotARealTokenNotARealToken000/');
  const [row] = await queryRows<{ id: string; confirmed_at: string }>(service.ctx.db, sql`select id, confirmed_at from newsletter_subscriber where email_hash = ${subscriberEmailHash(service.ctx, email)}`);
  const unsubscribePath = `/newsletters/unsubscribe/${unsubscribeToken(service.ctx, { id: row!.id, confirmedAt: new Date(row!.confirmed_at) })}/`;
  await get('newsletter unsubscribe', unsubscribePath);
  await get('newsletter unsubscribed', unsubscribePath, formPost({ 'List-Unsubscribe': 'One-Click' }));
  await get('newsletter unsubscribe, not found', '/newsletters/unsubscribe/NotARealTokenNotARealTokenNotARealToken000/');
  const staff = { headers: { cookie } };
  await get('staff newsletter', '/staff/newsletter/', staff);
  await get('staff newsletter issue', '/staff/newsletter/issues/2026-10/', staff);
  await fetch(`${base()}/staff/newsletter/issues/2026-10/?_action=staffNewsletter.testSend`, formPost({ slug: '2026-10' }, cookie));
  await get('staff newsletter issue, confirm step', '/staff/newsletter/issues/2026-10/?confirm=1', staff);
}

it('has no markup errors on the pages the server renders', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'service-markup-'));
  const names = new Map<string, string>();
  const pages = await servicePages();
  for (const [index, [name, html]] of Object.entries(pages).entries()) {
    expect(html, name).toMatch(/^<!DOCTYPE html>/i);
    const file = path.join(dir, `${index}.html`);
    writeFileSync(file, html);
    names.set(file, name);
  }
  expect(markupErrors([...names.keys()], (file) => names.get(file) ?? file)).toEqual([]);
}, 180_000);
