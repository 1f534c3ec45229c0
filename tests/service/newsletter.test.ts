// Newsletter subscriptions in the data layer, on PGlite and PostgreSQL: double opt-in with its consent record,
// expiry, one-click unsubscribe (RFC 8058 headers in every issue), re-subscribing, the test send before the
// throttled real send, bounces, the confirmed-list export, and no address in plain text.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditLog } from '../../src/server/audit/audit-log';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { queryRows } from '../../src/server/db/raw';
import { exportSubscribers } from '../../src/server/newsletter/export-subscribers';
import { sendTestIssue, startIssueSend, type NewsletterEdition } from '../../src/server/newsletter/newsletter-sending';
import { confirmSubscription, recordBounce, subscribe, subscribeInput, unsubscribe } from '../../src/server/newsletter/subscriptions';
import { subscriberEmailHash, unsubscribeToken } from '../../src/server/newsletter/subscriber-fields';
import { runRetention } from '../../src/server/retention';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';
import { makeStaff } from './support/staff-fixtures';

const consent = { version: '2026-01', text: '이메일 주소를 뉴스레터 발송에만 쓰고, 구독을 해지하면 바로 지웁니다.' };
const PLACEHOLDER = '$%unsubscribe%$';

describe.each(engines)('newsletter on %s', (engine) => {
  const clock = fakeClock('2026-11-02T01:00:00Z');
  let h: Harness;
  let staff: StaffUser;
  let ip = 0;
  beforeAll(async () => {
    h = await startHarness(engine, { clock, env: { NEWSLETTER_RATE_PER_MINUTE: '2' } });
    staff = await makeStaff(h.service, 'editor@centre.test', '상담원');
  });
  afterAll(() => h.close());

  const client = () => `10.2.0.${++ip}`;
  const signUp = (email: string) => subscribe(h.service.ctx, subscribeInput.parse({ email, consent: true }), consent, client());
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
    await confirmSubscription(h.service.ctx, token, client());
    await confirmSubscription(h.service.ctx, token, client());
    expect(await statusOf('reader@example.com')).toBe('구독');
  });

  it('a pending subscription expires after 7 days: the link no longer works and retention removes it', async () => {
    await signUp('late@example.com');
    const token = await confirmToken('late@example.com');
    clock.advance(7 * 24 * 3600_000 + 1000);
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
    await sendTestIssue(h.service.ctx, staff, edition);
    await h.drainJobs();
    expect(h.mails().filter((m) => m.to === staff.email).map((m) => m.subject)).toEqual(['[시험 발송] 서북권직장맘 소식 11월호']);
    await expect(startIssueSend(h.service.ctx, staff, { ...edition, subject: '바뀐 제목' })).rejects.toMatchObject({ code: 'conflict' });

    const before = h.mails().length;
    const started = await startIssueSend(h.service.ctx, staff, edition);
    expect(started.recipients).toBe(4); // reader, a, b, c (not pending, not bounced)
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

  it('an address already subscribed gets no new mail; the export lists confirmed addresses and is logged', async () => {
    const before = h.mails().length;
    await signUp('a@example.com');
    await h.drainJobs();
    expect(h.mails().length).toBe(before);
    const file = await exportSubscribers(h.service.ctx, staff, '192.0.2.9');
    const lines = file.body.toString('utf8').replace(/^\ufeff/, '').trim().split('\n');
    expect(lines[0]).toBe('email,confirmed_at');
    // Confirmed and not bounced: not reader and b (unsubscribed), bounce, pending or late.
    expect(lines.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(['a@example.com', 'again@example.com', 'c@example.com']);
    const admin = await makeStaff(h.service, 'news-admin@centre.test', '관리자');
    expect((await readAuditLog(h.service.ctx, admin, { recordType: 'newsletter_subscribers' })).map((r) => r.action)).toEqual(['export']);
  });
});
