// Newsletter subscriptions in the data layer, on PGlite and PostgreSQL: double opt-in with its consent record,
// expiry, links that only read on GET, one-click unsubscribe (RFC 8058 headers in every issue), re-subscribing,
// the test send before the throttled real send (관리자 only), progress, sending again only on purpose, bounces
// (recorded, and refused by a real SMTP conversation), the confirmed-list export, and no address in plain text.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditLog } from '../../src/server/audit/audit-log';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { queryRows } from '../../src/server/db/raw';
import { exportSubscribers } from '../../src/server/newsletter/export-subscribers';
import { countRecipients, sendTestIssue, startIssueSend, type NewsletterEdition } from '../../src/server/newsletter/newsletter-sending';
import { readSendProgress } from '../../src/server/newsletter/send-progress';
import {
  confirmSubscription,
  countSubscribers,
  readConfirmLink,
  readUnsubscribeLink,
  recordBounce,
  subscribe,
  subscribeInput,
  unsubscribe,
} from '../../src/server/newsletter/subscriptions';
import { subscriberEmailHash, unsubscribeToken } from '../../src/server/newsletter/subscriber-fields';
import { runRetention } from '../../src/server/retention';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';
import { startTestSmtpServer, type TestSmtpServer } from './support/smtp-server';
import { makeStaff } from './support/staff-fixtures';

const consent = { version: '2026-01', text: '이메일 주소를 뉴스레터 발송에만 쓰고, 구독을 해지하면 바로 지웁니다.' };
const PLACEHOLDER = '$%unsubscribe%$';

describe.each(engines)('newsletter on %s', (engine) => {
  const clock = fakeClock('2026-11-02T01:00:00Z');
  let h: Harness;
  let staff: StaffUser;
  let counsellor: StaffUser;
  let ip = 0;
  beforeAll(async () => {
    h = await startHarness(engine, { clock, env: { NEWSLETTER_RATE_PER_MINUTE: '2' } });
    staff = await makeStaff(h.service, 'editor@centre.test', '관리자');
    counsellor = await makeStaff(h.service, 'counsellor@centre.test', '상담원');
  });
  afterAll(() => h.close());

  const client = () => `10.2.0.${++ip}`;
  const signUp = (email: string) => subscribe(h.service.ctx, subscribeInput.parse({ email, consent: true }), consent);
  /** The token of the newest confirmation mail to an address. */
  async function confirmToken(email: string): Promise<string> {
    await h.drainJobs();
    const mail = h.mails().filter((m) => m.to === email).at(-1)!;
    return /\/newsletters\/confirm\/([A-Za-z0-9_-]{43})\//.exec(mail.text)![1]!;
  }
  const statusOf = async (email: string) => {
    const rows = await queryRows<{ status: string }>(h.service.ctx.db, sql`select status from newsletter_subscriber where email_hash = ${hashOf(email)}`);
    return rows[0]?.status;
  };
  const hashOf = (email: string) => subscriberEmailHash(h.service.ctx, email);

  it('subscribing stores a pending record with its consent; only the link subscribes', async () => {
    await signUp('  Reader@Example.com ');
    expect(await statusOf('reader@example.com')).toBe('확인 대기');
    const [record] = await queryRows<Record<string, unknown>>(h.service.ctx.db, sql`select * from newsletter_subscriber where email_hash = ${hashOf('reader@example.com')}`);
    expect(record).toMatchObject({ consent_version: '2026-01', consent_text_hash: createHash('sha256').update(consent.text).digest('hex') });
    expect(JSON.stringify(record)).not.toContain('example.com');
    const token = await confirmToken('Reader@Example.com');
    // Opening the link (a GET, or a mail scanner checking it) only reads.
    expect(await readConfirmLink(h.service.ctx, token, client())).toBe('pending');
    expect(await statusOf('reader@example.com')).toBe('확인 대기');
    await confirmSubscription(h.service.ctx, token, client());
    await confirmSubscription(h.service.ctx, token, client());
    expect(await statusOf('reader@example.com')).toBe('구독');
    expect(await readConfirmLink(h.service.ctx, token, client())).toBe('confirmed');
  });

  it('an empty or malformed address and a missing consent are refused with a message for each field', () => {
    const result = subscribeInput.safeParse({ email: '  ', consent: false });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['email', '이메일 주소를 입력하세요.'],
      ['consent', '개인정보 수집·이용에 동의해야 구독을 신청할 수 있습니다.'],
    ]);
    expect(subscribeInput.safeParse({ email: '<script>alert(1)</script>@example.com', consent: true }).error?.issues[0]?.message).toContain('이메일 주소를 확인해 주세요');
  });

  it('a guessed or malformed link finds nothing, and guessing stops after 20 misses from one address', async () => {
    const guesser = '10.9.9.9';
    await expect(readConfirmLink(h.service.ctx, 'A'.repeat(43), guesser)).rejects.toMatchObject({ code: 'not-found' });
    await expect(readUnsubscribeLink(h.service.ctx, 'not-a-token', guesser)).rejects.toMatchObject({ code: 'not-found' });
    for (let i = 2; i < 20; i++) await expect(unsubscribe(h.service.ctx, `${'B'.repeat(40)}${String(i).padStart(3, '0')}`, guesser)).rejects.toMatchObject({ code: 'not-found' });
    await expect(confirmSubscription(h.service.ctx, 'C'.repeat(43), guesser)).rejects.toMatchObject({ code: 'rate-limited' });
  });

  it('a pending subscription expires after 7 days: the link no longer works and retention removes it', async () => {
    await signUp('late@example.com');
    const token = await confirmToken('late@example.com');
    clock.advance(7 * 24 * 3600_000 + 1000);
    await expect(readConfirmLink(h.service.ctx, token, client())).rejects.toMatchObject({ code: 'closed' });
    await expect(confirmSubscription(h.service.ctx, token, client())).rejects.toMatchObject({ code: 'closed' });
    expect((await runRetention(h.service.ctx)).pendingSubscribers).toBe(1);
    expect(await statusOf('late@example.com')).toBeUndefined();
  });

  it('test send first, then a throttled send to confirmed subscribers only, each with one-click unsubscribe', async () => {
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com', 'bounce@example.com']) {
      await signUp(email);
      await confirmSubscription(h.service.ctx, await confirmToken(email), client());
      clock.advance(1000);
    }
    await signUp('pending@example.com');
    expect(await recordBounce(h.service.ctx, 'Bounce@example.com')).toBe(true);
    const edition: NewsletterEdition = {
      issueSlug: '2026-11',
      subject: '서북권직장맘 소식 11월호',
      html: `<p>소식</p><a href="${PLACEHOLDER}">수신거부</a>`,
      text: `소식\n수신거부: ${PLACEHOLDER}`,
      unsubscribePlaceholder: PLACEHOLDER,
    };
    await expect(startIssueSend(h.service.ctx, staff, edition)).rejects.toMatchObject({ code: 'conflict' });
    await expect(sendTestIssue(h.service.ctx, staff, { ...edition, text: '수신거부 링크 없음' })).rejects.toMatchObject({ code: 'invalid' });
    // A 상담원 sends nothing, not even a test.
    await expect(sendTestIssue(h.service.ctx, counsellor, edition)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await readSendProgress(h.service.ctx, '2026-11')).toBeNull();
    await sendTestIssue(h.service.ctx, staff, edition);
    await expect(startIssueSend(h.service.ctx, counsellor, edition)).rejects.toMatchObject({ code: 'forbidden' });
    await h.drainJobs();
    expect(h.mails().filter((m) => m.to === staff.email).map((m) => m.subject)).toEqual(['[시험 발송] 서북권직장맘 소식 11월호']);
    await expect(startIssueSend(h.service.ctx, staff, { ...edition, subject: '바뀐 제목' })).rejects.toMatchObject({ code: 'conflict' });

    const before = h.mails().length;
    expect(await countRecipients(h.service.ctx)).toBe(4);
    const started = await startIssueSend(h.service.ctx, staff, edition);
    expect(started.recipients).toBe(4); // reader, a, b, c (not pending, not bounced)
    expect(await readSendProgress(h.service.ctx, '2026-11')).toMatchObject({ round: 1, recipients: 4, queued: 4, delivered: 0, testSentByName: 'editor', startedByName: 'editor' });
    expect(started.lastDueAt.getTime() - clock().getTime()).toBe(60_000); // 2 a minute
    await expect(startIssueSend(h.service.ctx, staff, edition)).rejects.toMatchObject({ code: 'conflict' });
    await h.drainJobs();
    const firstMinute = h.mails().slice(before);
    expect(firstMinute.map((m) => m.to)).toEqual(['Reader@Example.com', 'a@example.com']); // as typed // 2 a minute, in order
    const url = firstMinute[0]!.headers!['List-Unsubscribe']!.slice(1, -1);
    expect(firstMinute[0]!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(firstMinute[0]!.html).toContain(`href="${url}"`);
    expect(firstMinute[0]!.text).toContain(url);
    await unsubscribe(h.service.ctx, /unsubscribe\/([^/]+)\//.exec(url)![1]!, client());
    expect(await statusOf('reader@example.com')).toBe('해지');
    // b unsubscribes (through their own link) before their turn comes: they get nothing.
    const [b] = await queryRows<{ id: string; confirmed_at: string }>(h.service.ctx.db, sql`select id, confirmed_at from newsletter_subscriber where email_hash = ${hashOf('b@example.com')}`);
    await unsubscribe(h.service.ctx, unsubscribeToken(h.service.ctx, { id: b!.id, confirmedAt: new Date(b!.confirmed_at) }), client());
    clock.advance(61_000);
    await h.drainJobs();
    expect(h.mails().slice(before).map((m) => m.to)).toEqual(['Reader@Example.com', 'a@example.com', 'c@example.com']);
    expect(await readSendProgress(h.service.ctx, '2026-11')).toMatchObject({ round: 1, queued: 0, delivered: 3, skipped: 1, bounced: 0, failed: 0 });
  });

  it('an issue goes out once; sending it again must be asked for, and waits until the last round has finished', async () => {
    const edition: NewsletterEdition = { issueSlug: '2026-11', subject: '서북권직장맘 소식 11월호', html: `<p>소식</p><a href="${PLACEHOLDER}">수신거부</a>`, text: `소식\n수신거부: ${PLACEHOLDER}`, unsubscribePlaceholder: PLACEHOLDER };
    await expect(startIssueSend(h.service.ctx, staff, edition)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('이미 발송한 호') });
    await expect(sendTestIssue(h.service.ctx, staff, { ...edition, subject: '정정: 11월호' })).rejects.toMatchObject({ code: 'conflict' });
    const corrected = { ...edition, subject: '[정정] 서북권직장맘 소식 11월호' };
    await sendTestIssue(h.service.ctx, staff, corrected, { force: true });
    await h.drainJobs();
    expect(h.mails().at(-1)).toMatchObject({ to: staff.email, subject: '[시험 발송] [정정] 서북권직장맘 소식 11월호' });
    const before = h.mails().length;
    const again = await startIssueSend(h.service.ctx, staff, corrected, { force: true });
    expect(again.recipients).toBe(2); // a, c: reader and b unsubscribed
    expect(await readSendProgress(h.service.ctx, '2026-11')).toMatchObject({ round: 2, queued: 2, delivered: 0, skipped: 0 });
    // While round 2 is queued, nothing may change its edition or start another.
    await expect(sendTestIssue(h.service.ctx, staff, corrected, { force: true })).rejects.toMatchObject({ message: expect.stringContaining('아직 끝나지 않았습니다') });
    await expect(startIssueSend(h.service.ctx, staff, corrected, { force: true })).rejects.toMatchObject({ message: expect.stringContaining('아직 끝나지 않았습니다') });
    await h.drainJobs();
    expect(h.mails().slice(before).map((m) => [m.to, m.subject])).toEqual([
      ['a@example.com', '[정정] 서북권직장맘 소식 11월호'],
      ['c@example.com', '[정정] 서북권직장맘 소식 11월호'],
    ]);
    expect(await readSendProgress(h.service.ctx, '2026-11')).toMatchObject({ round: 2, queued: 0, delivered: 2 });
  });

  it('the unsubscribe link only reads on GET; the page and the mail client POST end it', async () => {
    await signUp('reads@example.com');
    await confirmSubscription(h.service.ctx, await confirmToken('reads@example.com'), client());
    const [row] = await queryRows<{ id: string; confirmed_at: string }>(h.service.ctx.db, sql`select id, confirmed_at from newsletter_subscriber where email_hash = ${hashOf('reads@example.com')}`);
    const token = unsubscribeToken(h.service.ctx, { id: row!.id, confirmedAt: new Date(row!.confirmed_at) });
    expect(await readUnsubscribeLink(h.service.ctx, token, client())).toBe('subscribed');
    expect(await statusOf('reads@example.com')).toBe('구독');
    await unsubscribe(h.service.ctx, token, client());
    expect(await readUnsubscribeLink(h.service.ctx, token, client())).toBe('unsubscribed');
  });

  it('unsubscribing erases the address; coming back needs a new opt-in', async () => {
    await signUp('again@example.com');
    await confirmSubscription(h.service.ctx, await confirmToken('again@example.com'), client());
    const edition: NewsletterEdition = { issueSlug: '2026-12', subject: '12월호', html: `<a href="${PLACEHOLDER}">x</a>`, text: PLACEHOLDER, unsubscribePlaceholder: PLACEHOLDER };
    await sendTestIssue(h.service.ctx, staff, edition);
    await startIssueSend(h.service.ctx, staff, edition);
    clock.advance(10 * 60_000);
    await h.drainJobs();
    const mail = h.mails().filter((m) => m.to === 'again@example.com' && m.subject === '12월호')[0]!;
    const token = /unsubscribe\/([^/]+)\//.exec(mail.headers!['List-Unsubscribe']!)![1]!;
    await unsubscribe(h.service.ctx, token, client());
    await unsubscribe(h.service.ctx, token, client());
    const [row] = await queryRows<{ status: string; email: string | null }>(h.service.ctx.db, sql`select status, email from newsletter_subscriber where email_hash = ${hashOf('again@example.com')}`);
    expect(row).toEqual({ status: '해지', email: null });
    await signUp('again@example.com');
    expect(await statusOf('again@example.com')).toBe('확인 대기');
    await confirmSubscription(h.service.ctx, await confirmToken('again@example.com'), client());
    expect(await statusOf('again@example.com')).toBe('구독');
    await expect(unsubscribe(h.service.ctx, token, client())).rejects.toMatchObject({ code: 'not-found' });
  });

  it('an address already subscribed gets no new mail; the export lists confirmed addresses, for a 관리자 only, and is logged', async () => {
    const before = h.mails().length;
    await signUp('a@example.com');
    await h.drainJobs();
    expect(h.mails().length).toBe(before);
    await expect(exportSubscribers(h.service.ctx, counsellor, 'csv', '192.0.2.8')).rejects.toMatchObject({ code: 'forbidden' });
    const file = await exportSubscribers(h.service.ctx, staff, 'csv', '192.0.2.9');
    const lines = file.body.toString('utf8').replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('email,confirmed_at');
    // Confirmed and not bounced: not reader and b (unsubscribed), bounce, pending or late.
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(['a@example.com', 'again@example.com', 'c@example.com']);
    const workbook = await exportSubscribers(h.service.ctx, staff, 'xlsx', '192.0.2.9');
    expect(workbook.filename).toBe('newsletter-subscribers.xlsx');
    expect(workbook.body.subarray(0, 2).toString()).toBe('PK');
    expect((await readAuditLog(h.service.ctx, staff, { recordType: 'newsletter_subscribers' })).map((r) => [r.action, r.clientIp])).toEqual([
      ['export', '192.0.2.9'],
      ['export', '192.0.2.9'],
    ]);
  });

  it('counts subscribers by state, numbers only', async () => {
    // reader, b, again→re-subscribed… as left by the tests above: a, again, c subscribed; bounce bounced; pending waiting.
    expect(await countSubscribers(h.service.ctx)).toEqual({ pending: 1, confirmed: 3, unsubscribed: 3, bounced: 1 });
  });

  it('a bounced address may opt in again; confirming clears the bounce', async () => {
    await signUp('bounce@example.com');
    expect(await statusOf('bounce@example.com')).toBe('확인 대기');
    await confirmSubscription(h.service.ctx, await confirmToken('bounce@example.com'), client());
    const [row] = await queryRows<{ status: string; bounced_at: string | null }>(h.service.ctx.db, sql`select status, bounced_at from newsletter_subscriber where email_hash = ${hashOf('bounce@example.com')}`);
    expect(row).toEqual({ status: '구독', bounced_at: null });
  });
});

describe.each(engines)('newsletter through SMTP on %s', (engine) => {
  const clock = fakeClock('2026-11-02T01:00:00Z');
  let h: Harness;
  let smtp: TestSmtpServer;
  let admin: StaffUser;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    h = await startHarness(engine, { clock, env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) } });
    admin = await makeStaff(h.service, 'sender@centre.test', '관리자');
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  /** Subscribed and confirmed, reading the confirmation mail off the SMTP server. */
  async function subscribed(email: string) {
    await subscribe(h.service.ctx, subscribeInput.parse({ email, consent: true }), consent);
    await h.drainJobs();
    const mail = smtp.accepted.filter((m) => m.to.includes(email)).at(-1)!;
    const token = /\/newsletters\/confirm\/([A-Za-z0-9_-]{43})\//.exec(mail.data.replace(/=\r\n/g, ''))![1]!;
    await confirmSubscription(h.service.ctx, token, '10.3.0.1');
  }

  it('a mailbox the recipient server refuses for good is marked bounced and skipped from then on; a refusal for now is tried again', async () => {
    for (const email of ['fine@example.com', 'gone@example.com', 'full@example.com']) await subscribed(email);
    smtp.refuse.set('gone@example.com', '550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown');
    smtp.refuse.set('full@example.com', '452 4.2.2 <full@example.com>: Mailbox full, try again later');
    const edition: NewsletterEdition = { issueSlug: '2026-11', subject: '11월호', html: `<a href="${PLACEHOLDER}">수신거부</a>`, text: PLACEHOLDER, unsubscribePlaceholder: PLACEHOLDER };
    await sendTestIssue(h.service.ctx, admin, edition);
    await startIssueSend(h.service.ctx, admin, edition);
    await h.drainJobs();
    // Issue mails (and the test send) are the ones with the one-click header.
    const issueTo = () => smtp.accepted.filter((m) => /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m.test(m.data)).flatMap((m) => m.to);
    expect(issueTo()).toContain('fine@example.com');
    expect(issueTo()).not.toContain('gone@example.com');
    expect(await readSendProgress(h.service.ctx, '2026-11')).toMatchObject({ delivered: 1, bounced: 1, queued: 1, failed: 0 });
    expect(await countSubscribers(h.service.ctx)).toMatchObject({ confirmed: 2, bounced: 1 });
    expect(await countRecipients(h.service.ctx)).toBe(2);
    // The full mailbox has room again by the retry.
    smtp.refuse.delete('full@example.com');
    clock.advance(31_000);
    await h.drainJobs();
    expect(issueTo()).toContain('full@example.com');
    expect(await readSendProgress(h.service.ctx, '2026-11')).toMatchObject({ delivered: 2, bounced: 1, queued: 0 });
    // The log says what happened without the address.
    expect(h.logs.join('\n')).not.toContain('full@example.com');
    expect(h.logs.join('\n')).not.toContain('gone@example.com');
  });
});
