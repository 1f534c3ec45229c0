// Counselling requests end to end in the data layer, on PGlite and PostgreSQL: taking a request (idempotent),
// the private link, the staff queue and its scopes, 접속기록 rows, mail, and what a crash leaves behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { readAuditLog } from '../../src/server/audit/audit-log';
import { createCounsellingRequest } from '../../src/server/counselling/create-request';
import { counsellingRequestInput } from '../../src/server/counselling/request-input';
import { addFollowUp, readRequestByToken, tokenRules } from '../../src/server/counselling/requester';
import { addNote, assignRequest, closeRequest, replyToRequest } from '../../src/server/counselling/staff-actions';
import { listQueue, openRequest } from '../../src/server/counselling/staff-queue';
import { newPrivateToken } from '../../src/server/crypto/private-token';
import { queryRows } from '../../src/server/db/raw';
import type { StaffUser } from '../../src/server/auth/staff-user';
import { requestInput } from './support/counselling-fixtures';
import { engines, startHarness, type Harness } from './support/service-harness';
import { makeStaff } from './support/staff-fixtures';

describe.each(engines)('counselling on %s', (engine) => {
  let h: Harness;
  let admin: StaffUser;
  let counsellor: StaffUser;
  let seesAll: StaffUser;
  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await makeStaff(h.service, 'admin@centre.test', '관리자');
    counsellor = await makeStaff(h.service, 'kim@centre.test', '상담원');
    seesAll = await makeStaff(h.service, 'lee@centre.test', '상담원', true);
  });
  afterAll(() => h.close());

  it('stores a request, returns a 접수번호 and a 256-bit token, and announces it without personal data', async () => {
    const input = requestInput({ answerMethod: 'email', email: 'mom@example.com' });
    const created = await createCounsellingRequest(h.service.ctx, input);
    expect(created.created).toBe(true);
    expect(created.receiptNumber).toMatch(/^20\d\d-\d{6}$/);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await h.drainJobs();
    const mails = h.mails();
    const notice = mails.find((mail) => mail.to === 'inbox@centre.test')!;
    expect(notice.subject).toContain(created.receiptNumber);
    expect(JSON.stringify(notice)).not.toContain('단축근무');
    expect(JSON.stringify(notice)).not.toContain('mom@example.com');
    const confirmation = mails.find((mail) => mail.to === 'mom@example.com')!;
    expect(confirmation.text).toContain(`/counselling/request/${created.token}/`);
  });

  it('keeps only the contact fields the answer method needs', () => {
    const link = counsellingRequestInput.parse({ ...requestInput(), answerMethod: 'link', email: 'x@example.com', phone: '010-1234-5678' });
    expect(link.email).toBeUndefined();
    expect(link.phone).toBeUndefined();
    const problems = counsellingRequestInput.safeParse({ ...requestInput(), answerMethod: 'callback', callbackWindow: '' });
    expect(problems.success).toBe(false);
    const paths = problems.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['phone', 'callbackWindow']));
  });

  it('a retry with the same idempotency key returns the same request and token, even sent at once', async () => {
    const input = requestInput();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => createCounsellingRequest(h.service.ctx, input)));
    expect(new Set(results.map((r) => r.requestId)).size).toBe(1);
    expect(new Set(results.map((r) => r.token)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const again = await createCounsellingRequest(h.service.ctx, input);
    expect(again).toMatchObject({ requestId: results[0]!.requestId, token: results[0]!.token, created: false });
  });

  it('a transaction that dies halfway stores nothing, and the retry stores exactly one request', async () => {
    const input = requestInput();
    // The mail enqueue (the last write of the transaction) fails, as a crash there would.
    await h.service.ctx.db.execute(
      sql.raw(`create function fail_job_insert() returns trigger language plpgsql as $$ begin raise exception 'crash'; end $$`),
    );
    await h.service.ctx.db.execute(sql.raw('create trigger crash_job before insert on job for each row execute function fail_job_insert()'));
    await expect(createCounsellingRequest(h.service.ctx, input)).rejects.toThrow();
    await h.service.ctx.db.execute(sql.raw('drop trigger crash_job on job'));
    await h.service.ctx.db.execute(sql.raw('drop function fail_job_insert()'));
    const count = async () =>
      (await queryRows<{ n: number }>(h.service.ctx.db, sql`select count(*)::int as n from counselling_request`))[0]!.n;
    const before = await count();
    const created = await createCounsellingRequest(h.service.ctx, input);
    const retried = await createCounsellingRequest(h.service.ctx, input);
    expect(created.created).toBe(true);
    expect(retried.requestId).toBe(created.requestId);
    expect(await count()).toBe(before + 1);
  });

  it.runIf(engine === 'postgres')('a connection killed in the middle of the transaction stores nothing; the retry stores one', async () => {
    const { db } = h.service.ctx;
    const input = requestInput();
    await db.execute(sql.raw(`create function slow_job_insert() returns trigger language plpgsql as $$ begin perform pg_sleep(10); return new; end $$`));
    await db.execute(sql.raw('create trigger slow_job before insert on job for each row execute function slow_job_insert()'));
    const pending = createCounsellingRequest(h.service.ctx, input);
    let killed = false;
    for (let i = 0; i < 100 && !killed; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const rows = await queryRows<{ killed: boolean }>(
        db,
        sql`select pg_terminate_backend(pid) as killed from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep'`,
      );
      killed = rows.some((row) => row.killed);
    }
    expect(killed).toBe(true);
    await expect(pending).rejects.toThrow();
    await db.execute(sql.raw('drop trigger slow_job on job'));
    await db.execute(sql.raw('drop function slow_job_insert()'));
    const stored = async () =>
      (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from counselling_request`))[0]!.n;
    const before = await stored();
    const retried = await createCounsellingRequest(h.service.ctx, input);
    expect(retried.created).toBe(true);
    expect(await createCounsellingRequest(h.service.ctx, input)).toMatchObject({ requestId: retried.requestId, created: false });
    expect(await stored()).toBe(before + 1);
  });

  it('a token reads its own request and nothing else; wrong and malformed tokens find nothing', async () => {
    const a = await createCounsellingRequest(h.service.ctx, requestInput({ situation: '요청 A의 상황을 적습니다. 육아휴직 복귀 문제.' }));
    const b = await createCounsellingRequest(h.service.ctx, requestInput({ situation: '요청 B의 상황을 적습니다. 임금 체불 문제.' }));
    const viewA = await readRequestByToken(h.service.ctx, a.token, '10.0.0.1');
    expect(viewA.receiptNumber).toBe(a.receiptNumber);
    expect(viewA.situation).toContain('요청 A');
    expect(JSON.stringify(viewA)).not.toContain('요청 B');
    expect((await readRequestByToken(h.service.ctx, b.token, '10.0.0.1')).situation).toContain('요청 B');
    await expect(readRequestByToken(h.service.ctx, newPrivateToken(), '10.0.0.1')).rejects.toMatchObject({ code: 'not-found' });
    await expect(readRequestByToken(h.service.ctx, "' or 1=1 --", '10.0.0.1')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('guessing tokens from one address is refused after the limit, even with a right token', async () => {
    const mine = await createCounsellingRequest(h.service.ctx, requestInput());
    for (let i = 0; i < tokenRules.miss.limit; i++)
      await expect(readRequestByToken(h.service.ctx, newPrivateToken(), '10.6.6.6')).rejects.toMatchObject({ code: 'not-found' });
    await expect(readRequestByToken(h.service.ctx, newPrivateToken(), '10.6.6.6')).rejects.toMatchObject({ code: 'rate-limited' });
    await expect(readRequestByToken(h.service.ctx, mine.token, '10.6.6.6')).rejects.toMatchObject({ code: 'rate-limited' });
    expect((await readRequestByToken(h.service.ctx, mine.token, '10.0.0.2')).receiptNumber).toBe(mine.receiptNumber);
  });

  it('goes 접수 → 배정 → 답변 완료, reopens on a follow-up, and closes', async () => {
    const ctx = h.service.ctx;
    const r = await createCounsellingRequest(ctx, requestInput({ category: '노동권' }));
    expect((await listQueue(ctx, admin, { view: '새 요청' })).map((item) => item.id)).toContain(r.requestId);
    await assignRequest(ctx, admin, r.requestId, counsellor.id, '192.0.2.1');
    expect((await readRequestByToken(ctx, r.token, '10.0.0.3')).status).toBe('배정');
    expect((await listQueue(ctx, counsellor, { view: '내 담당' })).map((item) => item.id)).toEqual([r.requestId]);
    expect((await listQueue(ctx, counsellor, { view: '답변 대기', category: '노동권' })).map((item) => item.id)).toEqual([r.requestId]);
    expect(await listQueue(ctx, counsellor, { view: '답변 대기', category: '보육' })).toEqual([]);
    await replyToRequest(ctx, counsellor, r.requestId, '근로기준법 제74조에 따라 거절할 수 없습니다.', '192.0.2.2');
    const afterReply = await readRequestByToken(ctx, r.token, '10.0.0.3');
    expect(afterReply.status).toBe('답변 완료');
    expect(afterReply.messages.map((m) => [m.author, m.body])).toEqual([['staff', '근로기준법 제74조에 따라 거절할 수 없습니다.']]);
    await addFollowUp(ctx, r.token, '회사에 서면으로 신청해야 하나요?', '10.0.0.3');
    expect((await readRequestByToken(ctx, r.token, '10.0.0.3')).status).toBe('배정');
    await addNote(ctx, counsellor, r.requestId, '내부 메모: 다음 주 전화 예정', '192.0.2.2');
    const detail = await openRequest(ctx, counsellor, r.requestId, '192.0.2.2');
    expect(detail.notes.map((n) => n.body)).toEqual(['내부 메모: 다음 주 전화 예정']);
    expect(JSON.stringify(await readRequestByToken(ctx, r.token, '10.0.0.3'))).not.toContain('내부 메모');
    await closeRequest(ctx, counsellor, r.requestId, '192.0.2.2');
    expect((await listQueue(ctx, counsellor, { view: '완료' })).map((item) => item.status)).toContain('종결');
    await expect(addFollowUp(ctx, r.token, '하나 더요', '10.0.0.3')).rejects.toMatchObject({ code: 'closed' });
    await expect(replyToRequest(ctx, counsellor, r.requestId, '늦은 답', '192.0.2.2')).rejects.toMatchObject({ code: 'closed' });
  });

  it('a 상담원 sees only assigned requests unless a 관리자 lets them see all; only allowed people assign', async () => {
    const ctx = h.service.ctx;
    const r = await createCounsellingRequest(ctx, requestInput());
    expect((await listQueue(ctx, counsellor, { view: '새 요청' })).map((i) => i.id)).not.toContain(r.requestId);
    expect((await listQueue(ctx, seesAll, { view: '새 요청' })).map((i) => i.id)).toContain(r.requestId);
    await expect(openRequest(ctx, counsellor, r.requestId, '192.0.2.3')).rejects.toMatchObject({ code: 'not-found' });
    await expect(assignRequest(ctx, counsellor, r.requestId, counsellor.id, '192.0.2.3')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assignRequest(ctx, seesAll, r.requestId, counsellor.id, '192.0.2.3')).rejects.toMatchObject({ code: 'forbidden' });
    await assignRequest(ctx, seesAll, r.requestId, seesAll.id, '192.0.2.3');
    await expect(replyToRequest(ctx, counsellor, r.requestId, '답', '192.0.2.3')).rejects.toMatchObject({ code: 'not-found' });
    await expect(openRequest(ctx, admin, 'not-a-uuid', '192.0.2.3')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('every staff read and change of personal data is in the 접속기록, which only a 관리자 reads', async () => {
    const ctx = h.service.ctx;
    const r = await createCounsellingRequest(ctx, requestInput());
    await openRequest(ctx, admin, r.requestId, '203.0.113.7');
    await assignRequest(ctx, admin, r.requestId, seesAll.id, '203.0.113.7');
    await replyToRequest(ctx, seesAll, r.requestId, '답변입니다.', '203.0.113.8');
    const rows = await readAuditLog(ctx, admin, { recordId: r.requestId });
    expect(rows.map((row) => [row.action, row.staffUserId, row.clientIp]).reverse()).toEqual([
      ['view', admin.id, '203.0.113.7'],
      ['assign', admin.id, '203.0.113.7'],
      ['reply', seesAll.id, '203.0.113.8'],
    ]);
    expect(rows.every((row) => row.recordType === 'counselling_request')).toBe(true);
    await expect(readAuditLog(ctx, seesAll)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a script typed by the requester stays text in the answer mail', async () => {
    const ctx = h.service.ctx;
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> 해고 통보를 받았습니다.';
    const r = await createCounsellingRequest(ctx, requestInput({ answerMethod: 'email', email: 'xss@example.com', situation: script }));
    await replyToRequest(ctx, admin, r.requestId, '답변: <b>굵게</b> 아님', '192.0.2.9');
    await h.drainJobs();
    const answer = h.mails().find((mail) => mail.to === 'xss@example.com' && mail.subject.includes('답변'))!;
    expect(answer.html).not.toContain('<script');
    expect(answer.html).not.toContain('<img');
    expect(answer.html).not.toContain('<b>');
    expect(answer.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(answer.text).toContain(script);
  });
});
