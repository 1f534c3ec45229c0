/**
 * Newsletter subscriptions end to end in Chromium against the real server (node dist/server/entry.mjs) and PostgreSQL:
 * the box on a static page without JavaScript and with the keyboard alone, the confirmation mail the server wrote and
 * its one-button page, the same answer for a known address, a typed script, the limits; a 관리자's test send and send
 * of an issue (the built email edition, one-click unsubscribe headers), the unsubscribe page and the RFC 8058 POST
 * without an Origin, the origin check around it; and the refusals: no session, the wrong role, guessed and expired
 * links, a database dump.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { parse } from 'yaml';
import { escapeHtml } from '../../src/lib/html/escape';
import { consentText } from '../../src/lib/newsletter/subscribe-consent';
import { queryRows } from '../../src/server/db/raw';
import type { StoredMail } from '../../src/server/mail/mail-transport';
import { countRecipients } from '../../src/server/newsletter/newsletter-sending';
import { subscriberEmailHash } from '../../src/server/newsletter/subscriber-fields';
import type { Service } from '../../src/server/service';
import { axeViolations } from './support/axe';
import { launchChromium, personPages, saveScreenshot } from './support/browser';
import { DIST } from './support/built-site';
import { makeStaff, openServiceForTests, serverMails, signIn } from './support/service';

const site = parse(readFileSync('content/data/site.yaml', 'utf8'));
const PASSWORD = 'newsletter staff password 1';
const CONSENT = '개인정보 수집·이용에 동의합니다 (필수)';
const ISSUE = { slug: '2026-11', number: 3, title: '11월호 — 겨울 프로그램 신청을 받습니다' };
const FLOW_TIMEOUT = 180_000;
const phone = { width: 360, height: 800 };

let browser: Browser;
let service: Service;
beforeAll(async () => {
  browser = await launchChromium();
  person = personPages(browser, '198.18.0');
  service = await openServiceForTests();
  await makeStaff(service, 'news-manager@centre.test', '관리자', PASSWORD);
  await makeStaff(service, 'news-counsellor@centre.test', '상담원', PASSWORD);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

const base = () => inject('baseUrl');
/** A browser of its own at an address of its own (a benchmarking range, apart from the other test files'). */
let person: ReturnType<typeof personPages>;

interface SubscriberRow {
  status: string;
  email: string | null;
  consent_version: string;
  consent_text_hash: string;
  confirm_expires_at: string | null;
}
async function subscriberRow(email: string): Promise<SubscriberRow | undefined> {
  const rows = await queryRows<SubscriberRow>(
    service.ctx.db,
    sql`select status, email, consent_version, consent_text_hash, confirm_expires_at from newsletter_subscriber where email_hash = ${subscriberEmailHash(service.ctx, email)}`,
  );
  return rows[0];
}

/** The newest mail the server wrote to `to` that `matches`, waiting for the worker to send it. */
async function mailTo(to: string, matches: (mail: StoredMail) => boolean = () => true): Promise<StoredMail> {
  // vi.waitFor rather than expect.poll: the send tests' beforeAll subscribes readers too.
  return vi.waitFor(
    () => {
      const found = serverMails().filter((mail) => mail.to === to && matches(mail)).at(-1);
      if (!found) throw new Error(`no mail to ${to} yet`);
      return found;
    },
    { timeout: 30_000, interval: 500 },
  );
}
const isConfirmation = (mail: StoredMail) => mail.subject.includes('뉴스레터 구독을 확인해 주세요');
const confirmLinkIn = (mail: StoredMail) => /https?:\/\/[^\s]+\/newsletters\/confirm\/[A-Za-z0-9_-]{43}\//.exec(mail.text)![0];

/** A form POST as a browser without JavaScript sends it (same origin), from `address`. */
const formPost = (path: string, body: Record<string, string>, address: string, headers: Record<string, string> = {}) =>
  fetch(`${base()}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address, ...headers },
    body: new URLSearchParams(body),
  });
const SUBSCRIBE_ACTION = '/newsletters/subscribe/?_action=newsletter.subscribe';
const subscribeBody = (email: string) => ({ email, consent: 'yes', consentVersion: site.newsletter.consent.version, website: '' });

/** Subscribes and confirms through the server as a browser without JavaScript would. */
async function subscribeAndConfirm(email: string, address: string) {
  expect((await formPost(SUBSCRIBE_ACTION, subscribeBody(email), address)).status).toBe(303);
  const link = new URL(confirmLinkIn(await mailTo(email, isConfirmation)));
  const confirmed = await formPost(`${link.pathname}?_action=newsletter.confirm`, { token: link.pathname.split('/').at(-2)! }, address);
  expect(confirmed.status).toBe(303);
  expect((await subscriberRow(email))?.status).toBe('구독');
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('subscribing: double opt-in', () => {
  it('works from the footer of a static page without JavaScript at 360px: errors beside the fields with the typing kept, then one answer; the link in the mail shows one button, and only pressing it subscribes', async () => {
    const email = 'reader.nojs@example.test';
    const { page, close } = await person({ javaScriptEnabled: false, viewport: phone });
    await page.goto(`${base()}/guide/`);
    const footer = page.locator('.site-footer');
    expect(await footer.locator('form').getAttribute('action')).toBe(SUBSCRIBE_ACTION);
    await footer.getByLabel('이메일 주소').fill('mom@example');
    await footer.getByRole('button', { name: '구독 신청' }).click();
    await page.waitForURL(/\/newsletters\/subscribe\/\?_action=newsletter\.subscribe$/);
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toContain('고쳐야 할 것이 2가지');
    expect(summary).toContain('동의해야 구독을 신청할 수 있습니다');
    expect(summary).toContain('이메일 주소를 확인해 주세요');
    const field = page.locator('#subscribe-email');
    expect(await field.inputValue()).toBe('mom@example');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await field.getAttribute('aria-describedby')}`).innerText()).toContain('이메일 주소를 확인해 주세요');
    expect(await page.locator('.error-summary a').first().getAttribute('href')).toBe('#subscribe-agree');
    expect(await page.locator('.site-footer form').count()).toBe(0); // the page is the box; the footer leaves it out
    expect(await noSidewaysScroll(page)).toBe(true);
    await saveScreenshot(page, 'newsletter-subscribe-errors-360');

    await page.getByLabel(CONSENT).check();
    await field.fill(email);
    await page.getByRole('button', { name: '구독 신청' }).click();
    await page.waitForURL(/\/newsletters\/subscribe\/\?sent=1$/);
    expect(await page.locator('h1').innerText()).toBe('확인 메일을 보냈습니다');
    await saveScreenshot(page, 'newsletter-subscribe-sent-360');

    // Stored as pending, with the consent record: when, which words (version and SHA-256), and the address only as ciphertext.
    const stored = (await subscriberRow(email))!;
    expect(stored.status).toBe('확인 대기');
    expect(stored.consent_version).toBe(site.newsletter.consent.version);
    expect(stored.consent_text_hash).toBe(createHash('sha256').update(consentText(site.newsletter.consent)).digest('hex'));
    expect(stored.email).not.toContain('example.test');

    const mail = await mailTo(email, isConfirmation);
    const link = confirmLinkIn(mail);
    expect(mail.html).toContain(`href="${escapeHtml(link)}"`);
    // Opening the link (as a mail scanner would) changes nothing.
    expect((await fetch(link)).status).toBe(200);
    await page.goto(link);
    expect(await page.locator('h1').innerText()).toBe('뉴스레터 구독 확인');
    expect((await subscriberRow(email))?.status).toBe('확인 대기');
    await saveScreenshot(page, 'newsletter-confirm-360');
    await page.getByRole('button', { name: '구독 확인' }).click();
    await page.waitForURL(/\?done=1$/);
    expect(await page.locator('h1').innerText()).toBe('구독을 확인했습니다');
    expect((await subscriberRow(email))?.status).toBe('구독');
    expect(await noSidewaysScroll(page)).toBe(true);
    await saveScreenshot(page, 'newsletter-confirmed-360');
    await close();
  }, FLOW_TIMEOUT);

  it('works with the keyboard alone at 1280px from /newsletters/, and axe finds nothing on the box, the answer and the confirmation', async () => {
    const email = 'reader.keyboard@example.test';
    const { page, errors, close } = await person();
    await page.goto(`${base()}/newsletters/`);
    expect(await page.locator('script[src], script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'newsletter-subscribe-box-1280');
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.id === 'page-subscribe-agree')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-subscribe-email');
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?sent=1$/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-subscribe-sent'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'newsletter-subscribe-sent-1280');

    await page.goto(confirmLinkIn(await mailTo(email, isConfirmation)));
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.textContent === '구독 확인')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?done=1$/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-subscription-confirmed'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'newsletter-confirmed-1280');
    expect(errors).toEqual([]);
    await close();
  }, FLOW_TIMEOUT);

  it('gives a subscribed address the same answer, sends it nothing, and never says which it was', async () => {
    const known = 'reader.nojs@example.test';
    const fresh = 'reader.fresh@example.test';
    const answerFor = async (email: string) => {
      const response = await formPost(SUBSCRIBE_ACTION, subscribeBody(email), '198.18.1.1');
      expect(response.status).toBe(303);
      const location = response.headers.get('location')!;
      return { location, page: (await (await fetch(`${base()}${location}`)).text()).replace(/<meta http-equiv[^>]*>/g, '') };
    };
    const mailsBefore = serverMails().filter((mail) => mail.to === known).length;
    const again = await answerFor(known);
    const other = await answerFor(fresh);
    expect(again).toEqual(other);
    // The new address's mail has gone out; none went to the known one.
    await mailTo(fresh, isConfirmation);
    expect(serverMails().filter((mail) => mail.to === known).length).toBe(mailsBefore);
    expect((await subscriberRow(known))?.status).toBe('구독');
  }, FLOW_TIMEOUT);

  it('shows a script typed into the box as text, and stores and mails nothing', async () => {
    const typed = '"><script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">@example.test';
    const { page, close } = await person();
    await page.goto(`${base()}/newsletters/subscribe/`);
    await page.getByLabel(CONSENT).check();
    await page.locator('#subscribe-email').fill(typed);
    await page.getByRole('button', { name: '구독 신청' }).click();
    await page.waitForURL(/_action=newsletter\.subscribe/);
    expect(await page.locator('#subscribe-email').inputValue()).toBe(typed);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#subscribe-agree').isChecked()).toBe(true);
    expect(serverMails().some((mail) => mail.to.includes('__xss'))).toBe(false);
    await close();
  }, FLOW_TIMEOUT);

  it('refuses a filled honeypot, and more than 10 requests an hour from one address, beside the form with the typing kept', async () => {
    const bot = await formPost(SUBSCRIBE_ACTION, { ...subscribeBody('bot@example.test'), website: 'https://spam.example' }, '198.18.2.1');
    expect(bot.status).toBe(200);
    expect(await bot.text()).toContain('보내지 못했습니다');
    expect(await subscriberRow('bot@example.test')).toBeUndefined();
    for (let n = 1; n <= 10; n++) expect((await formPost(SUBSCRIBE_ACTION, subscribeBody(`many${n}@example.test`), '198.18.2.2')).status).toBe(303);
    const refused = await formPost(SUBSCRIBE_ACTION, subscribeBody('many11@example.test'), '198.18.2.2');
    expect(refused.status).toBe(200);
    const html = await refused.text();
    expect(html).toContain('너무 많이 신청했습니다');
    expect(html).toContain('value="many11@example.test"');
    expect(await subscriberRow('many11@example.test')).toBeUndefined();
  }, FLOW_TIMEOUT);
});

describe('links in the mails', () => {
  it('a guessed link answers 404 with the way to subscribe again, and guessing stops after 20 tries', async () => {
    const guess = (kind: string, n: number) => `${base()}/newsletters/${kind}/${'G'.repeat(40)}${String(n).padStart(3, '0')}/`;
    const first = await fetch(guess('confirm', 0), { headers: { 'x-forwarded-for': '198.18.3.1' } });
    expect(first.status).toBe(404);
    const html = await first.text();
    expect(html).toContain('구독 신청을 찾을 수 없습니다');
    expect(html).toContain('href="/newsletters/subscribe/"');
    const statuses: number[] = [];
    for (let i = 1; i < 22; i++) statuses.push((await fetch(guess(i % 2 ? 'unsubscribe' : 'confirm', i), { headers: { 'x-forwarded-for': '198.18.3.1' } })).status);
    expect(statuses.slice(0, 19).every((status) => status === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('an expired confirmation link says so, with the way to subscribe again, and subscribes no one', async () => {
    const email = 'reader.late@example.test';
    expect((await formPost(SUBSCRIBE_ACTION, subscribeBody(email), '198.18.3.2')).status).toBe(303);
    const link = confirmLinkIn(await mailTo(email, isConfirmation));
    // Eight days on, as far as this subscription is concerned.
    await service.ctx.db.execute(sql`update newsletter_subscriber set confirm_expires_at = now() - interval '1 day' where email_hash = ${subscriberEmailHash(service.ctx, email)}`);
    const { page, close } = await person({ viewport: phone });
    const response = await page.goto(link);
    expect(response?.status()).toBe(409);
    expect(await page.locator('h1').innerText()).toBe('확인 기한이 지났습니다');
    expect(await page.getByRole('link', { name: '구독 다시 신청하기' }).getAttribute('href')).toBe('/newsletters/subscribe/');
    expect(await axeViolations(page)).toEqual([]);
    await close();
    const pressed = await formPost(`${new URL(link).pathname}?_action=newsletter.confirm`, { token: new URL(link).pathname.split('/').at(-2)! }, '198.18.3.2');
    expect(pressed.status).toBe(409);
    expect((await subscriberRow(email))?.status).toBe('확인 대기');
  }, FLOW_TIMEOUT);
});

describe('sending an issue, and unsubscribing', () => {
  const readers = ['reader.one@example.test', 'reader.two@example.test'];
  const builtEdition = () => readFileSync(path.join(DIST, 'newsletters', ISSUE.slug, 'email.html'), 'utf8');
  const builtText = () => readFileSync(path.join(DIST, 'newsletters', ISSUE.slug, 'email.txt'), 'utf8');
  const withLink = (edition: string, url: string) => edition.replaceAll(site.newsletter.unsubscribePlaceholder, url);
  const isIssue = (mail: StoredMail) => mail.subject === `[${site.shortName} 뉴스레터 제${ISSUE.number}호] ${ISSUE.title}`;

  beforeAll(async () => {
    for (const [index, email] of readers.entries()) await subscribeAndConfirm(email, `198.18.4.${index + 1}`);
  }, FLOW_TIMEOUT);

  it('no newsletter staff page answers without a session', async () => {
    for (const path of ['/staff/newsletter/', `/staff/newsletter/issues/${ISSUE.slug}/`, '/staff/newsletter/export/']) {
      const response = await fetch(`${base()}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toMatch(/^\/staff\/login\//);
      const post = await formPost(path, { format: 'csv', slug: ISSUE.slug }, '198.18.5.1');
      expect(post.status, `POST ${path}`).toBe(401);
    }
    // The staff actions, sent through a public on-demand page, find no staff member either.
    for (const action of ['staffNewsletter.testSend', 'staffNewsletter.send']) {
      const response = await formPost(`/newsletters/subscribe/?_action=${action}`, { slug: ISSUE.slug, force: 'yes' }, '198.18.5.1');
      expect(response.status, action).toBe(401);
    }
  });

  it('a 관리자 sees the numbers and that mail goes to a folder, test-sends the built edition to themselves, confirms, and watches it go out; a second send needs the box ticked', async () => {
    const { page, errors, close } = await person();
    await signIn(page, 'news-manager@centre.test', PASSWORD, '/staff/newsletter/');
    expect(await page.locator('[data-no-smtp]').innerText()).toContain('실제로 보내지 않습니다');
    expect(Number((await page.locator('[data-count="confirmed"]').innerText()).replace(/\D/g, ''))).toBe(await countRecipients(service.ctx));
    expect(await page.locator('tbody').innerText()).toContain(ISSUE.title);
    expect(await axeViolations(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBe(true);
    await saveScreenshot(page, 'staff-newsletter-1280');

    await page.getByRole('link', { name: ISSUE.title }).click();
    expect(await page.getByText('시험 발송을 먼저 하세요').count()).toBe(1);
    await page.getByRole('button', { name: '나에게 시험 발송' }).click();
    expect(await page.locator('[role="status"]').innerText()).toContain('시험 발송했습니다');
    const test = await mailTo('news-manager@centre.test', (mail) => mail.subject.startsWith('[시험 발송]'));
    expect(test.subject).toBe(`[시험 발송] [${site.shortName} 뉴스레터 제${ISSUE.number}호] ${ISSUE.title}`);
    // The very edition the build wrote, with the test's stand-in link where each reader's own will be.
    const testLink = /<(http[^>]+)>/.exec(test.headers!['List-Unsubscribe']!)![1]!;
    expect(test.html).toBe(withLink(builtEdition(), escapeHtml(testLink)));
    expect(test.text).toBe(withLink(builtText(), testLink));

    await page.getByRole('link', { name: '구독자에게 발송…' }).click();
    const recipients = await countRecipients(service.ctx);
    expect(recipients).toBeGreaterThanOrEqual(readers.length);
    expect(await page.locator('[data-send-confirm]').innerText()).toContain(`구독 중인 ${recipients}명에게 보냅니다`);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'staff-newsletter-confirm-1280');
    await page.getByRole('button', { name: `${recipients}명에게 보내기` }).click();
    expect(await page.locator('[role="status"]').innerText()).toContain(`구독자 ${recipients}명에게 보내기 시작했습니다`);

    for (const reader of readers) {
      const mail = await mailTo(reader, isIssue);
      const url = /^<(https?:\/\/[^>]+)>$/.exec(mail.headers!['List-Unsubscribe']!)![1]!;
      expect(url).toMatch(new RegExp(`^${base()}/newsletters/unsubscribe/[A-Za-z0-9_-]{43}/$`));
      expect(mail.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(mail.html).toBe(withLink(builtEdition(), escapeHtml(url)));
      expect(mail.text).toContain(`수신거부: ${url}`);
    }
    await expect
      .poll(async () => {
        await page.reload();
        return page.locator('[data-progress="delivered"]').innerText();
      }, { timeout: 30_000, interval: 1000 })
      .toBe(String(recipients));
    expect(await page.locator('[data-progress="queued"]').innerText()).toBe('0');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'staff-newsletter-sent-1280');

    // Sending again without ticking the box is refused, and queues nothing.
    const sentBefore = serverMails().filter(isIssue).length;
    const again = await page.request.post(`${base()}/staff/newsletter/issues/${ISSUE.slug}/?_action=staffNewsletter.send`, { form: { slug: ISSUE.slug }, headers: { origin: base() } });
    expect(await again.text()).toContain('이미 발송한 호입니다');
    expect(await page.locator('#force').getAttribute('required')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(serverMails().filter(isIssue).length).toBe(sentBefore);
    expect(errors).toEqual([]);
    await close();
  }, FLOW_TIMEOUT);

  it('the link in the mail opens a page whose one button unsubscribes and erases the address; opening it changes nothing', async () => {
    const mail = await mailTo(readers[0]!, isIssue);
    const href = /href="([^"]*\/newsletters\/unsubscribe\/[^"]+)"/.exec(mail.html)![1]!.replaceAll('&amp;', '&');
    const { page, close } = await person({ javaScriptEnabled: false, viewport: phone });
    await page.goto(href);
    expect(await page.locator('h1').innerText()).toBe('뉴스레터 수신거부');
    expect((await subscriberRow(readers[0]!))?.status).toBe('구독');
    await saveScreenshot(page, 'newsletter-unsubscribe-360');
    await page.getByRole('button', { name: '구독 해지' }).click();
    expect(await page.locator('h1').innerText()).toBe('구독을 해지했습니다');
    expect(await subscriberRow(readers[0]!)).toMatchObject({ status: '해지', email: null });
    await saveScreenshot(page, 'newsletter-unsubscribed-360');
    await close();
    const { page: checked, close: closeChecked } = await person();
    await checked.goto(href);
    expect(await checked.locator('h1').innerText()).toBe('구독을 해지했습니다');
    expect(await axeViolations(checked)).toEqual([]);
    await closeChecked();
  }, FLOW_TIMEOUT);

  it("the mail app's one-click POST (RFC 8058) unsubscribes without an Origin; the origin check lets that route alone through", async () => {
    const mail = await mailTo(readers[1]!, isIssue);
    const url = mail.headers!['List-Unsubscribe']!.slice(1, -1);
    const path = new URL(url).pathname;
    // As a mail provider's server sends it: multipart, no Origin, no cookies.
    const oneClick = new FormData();
    oneClick.set('List-Unsubscribe', 'One-Click');
    const response = await fetch(url, { method: 'POST', body: oneClick, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await subscriberRow(readers[1]!)).toMatchObject({ status: '해지', email: null });
    const repeated = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(repeated.status).toBe(200);

    const crossSite = (target: string, origin?: string) =>
      fetch(`${base()}${target}`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(origin ? { origin } : {}) },
        body: new URLSearchParams(subscribeBody('cross.site@example.test')),
      });
    for (const [target, origin] of [
      [SUBSCRIBE_ACTION, undefined],
      [SUBSCRIBE_ACTION, 'https://elsewhere.example'],
      [`${path}?_action=newsletter.subscribe`, undefined],
      [`${path.replace('/unsubscribe/', '/confirm/')}?_action=newsletter.confirm`, undefined],
      ['/counselling/request/?_action=counselling.step', 'https://elsewhere.example'],
      ['/staff/login/', undefined],
    ] as const) {
      expect((await crossSite(target, origin)).status, `${target} from ${origin ?? 'no origin'}`).toBe(403);
    }
    // A longer path is no route of the server's: the static 404, and nothing runs.
    expect((await crossSite(`${path}extra/`)).status).toBe(404);
    expect(await subscriberRow('cross.site@example.test')).toBeUndefined();
  });

  it('a 상담원 sees the numbers, but cannot test-send, send or export', async () => {
    const { page, close } = await person();
    await signIn(page, 'news-counsellor@centre.test', PASSWORD, '/staff/newsletter/');
    expect(await page.locator('[data-count="confirmed"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: '명단 내려받기' }).count()).toBe(0);
    await page.goto(`${base()}/staff/newsletter/issues/${ISSUE.slug}/`);
    expect(await page.locator('main button').count()).toBe(0);
    const mailsBefore = serverMails().length;
    for (const action of ['testSend', 'send']) {
      const refused = await page.request.post(`${base()}/staff/newsletter/issues/${ISSUE.slug}/?_action=staffNewsletter.${action}`, { form: { slug: ISSUE.slug, force: 'yes' }, headers: { origin: base() } });
      expect(await refused.text(), action).toContain('관리자만 보낼 수 있습니다');
    }
    const exported = await page.request.post(`${base()}/staff/newsletter/export/`, { form: { format: 'csv' }, headers: { origin: base() } });
    expect(exported.status()).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(serverMails().length).toBe(mailsBefore);
    await close();
  }, FLOW_TIMEOUT);

  it('a 관리자 exports the confirmed list as CSV and XLSX for a mailing service, and the export is in the 접속기록', async () => {
    const { page, close } = await person();
    await signIn(page, 'news-manager@centre.test', PASSWORD, '/staff/newsletter/');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '명단 내려받기' }).click();
    const csv = readFileSync((await (await download).path())!, 'utf8').replace(/^\ufeff/, '');
    const addresses = csv.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(csv.split('\n')[0]).toBe('email,confirmed_at');
    expect(addresses).toContain('reader.nojs@example.test');
    expect(addresses).not.toContain(readers[0]);
    expect(addresses).not.toContain('reader.late@example.test');
    const xlsx = await page.request.post(`${base()}/staff/newsletter/export/`, { form: { format: 'xlsx' }, headers: { origin: base() } });
    expect(xlsx.headers()['content-disposition']).toBe('attachment; filename="newsletter-subscribers.xlsx"');
    expect(xlsx.headers()['cache-control']).toBe('no-store');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
    await page.goto(`${base()}/staff/audit/`);
    expect(await page.locator('tbody').innerText()).toMatch(/내려받기\s+newsletter_subscribers confirmed/);
    await close();
  }, FLOW_TIMEOUT);

  it('a database dump holds no subscriber address and no link token', () => {
    const bin = readdirSync('/usr/lib/postgresql').sort().at(-1);
    const dump = execFileSync(`/usr/lib/postgresql/${bin}/bin/pg_dump`, ['--data-only', inject('serviceEnv').DATABASE_URL], { maxBuffer: 1 << 28 }).toString();
    expect(dump).toContain('newsletter_subscriber');
    const tokens = serverMails().flatMap((mail) => [...mail.text.matchAll(/\/newsletters\/(?:confirm|unsubscribe)\/([A-Za-z0-9_-]{43})\//g)].map((match) => match[1]!));
    expect(tokens.length).toBeGreaterThan(3);
    for (const probe of ['reader.nojs@example.test', 'reader.keyboard@example.test', 'reader.late@example.test', ...readers, ...tokens]) {
      expect(dump.includes(probe), probe).toBe(false);
    }
  });
});
