// Personal data at rest, on both engines: a database dump (pg_dump, or PGlite's files) holds no plaintext of a
// request, a sign-up or a subscriber; key rotation re-encrypts everything; requests are deleted 3 years after
// closing (fake clock).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createCounsellingRequest } from '../../src/server/counselling/create-request';
import { readRequestByToken } from '../../src/server/counselling/requester';
import { addNote, closeRequest, replyToRequest } from '../../src/server/counselling/staff-actions';
import { rotateEncryptionKeys } from '../../src/server/crypto/rotate-keys';
import { newSecretValues } from '../../src/server/crypto/secrets';
import { queryRows } from '../../src/server/db/raw';
import { startService } from '../../src/server/service';
import { runRetention } from '../../src/server/retention';
import { subscribe, subscribeInput } from '../../src/server/newsletter/subscriptions';
import { createSignup } from '../../src/server/signups/create-signup';
import { requestInput } from './support/counselling-fixtures';
import { signupForm, signupProgram } from './support/signup-fixtures';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';
import { makeStaff } from './support/staff-fixtures';

const SECRET_SITUATION = '비밀상황-육아휴직-거절-홍길동';
const SECRET_EMAIL = 'plaintext-probe@example.com';
const SECRET_REPLY = '비밀답변-근로기준법';
const SECRET_NOTE = '비밀메모-전화함';
const SECRET_NAME = '비밀이름-김신청';
const SECRET_PHONE = '010-9876-5432';
const SECRET_ANSWER = '비밀답변-아이가-아파요';
const SECRET_SUBSCRIBER = 'subscriber-probe@example.com';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(engines)('data protection on %s', (engine) => {
  const pgliteDir = mkdtempSync(join(tmpdir(), 'pglite-dump-'));
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { pgliteDir: join(pgliteDir, 'data') });
  });
  afterAll(async () => {
    await h.close();
    rmSync(pgliteDir, { recursive: true, force: true });
  });

  it('a dump of the database contains none of what was typed', async () => {
    const ctx = h.service.ctx;
    const admin = await makeStaff(h.service, 'dump-admin@centre.test', '관리자');
    const r = await createCounsellingRequest(ctx, requestInput({ situation: SECRET_SITUATION, answerMethod: 'email', email: SECRET_EMAIL }));
    await replyToRequest(ctx, admin, r.requestId, SECRET_REPLY, '192.0.2.1');
    await addNote(ctx, admin, r.requestId, SECRET_NOTE, '192.0.2.1');
    const program = signupProgram('dump');
    const signup = await createSignup(ctx, program, signupForm(program, { name: SECRET_NAME, email: undefined, phone: SECRET_PHONE, answers: { 'child-age': 4, note: SECRET_ANSWER } }));
    await subscribe(ctx, subscribeInput.parse({ email: SECRET_SUBSCRIBER, consent: true }), { version: '1', text: '동의' }, '192.0.2.1');
    const probes = [SECRET_SITUATION, SECRET_EMAIL, SECRET_REPLY, SECRET_NOTE, r.token, SECRET_NAME, SECRET_PHONE, SECRET_ANSWER, SECRET_SUBSCRIBER, signup.token];
    let dump: Buffer;
    if (engine === 'postgres') {
      const bin = readdirSync('/usr/lib/postgresql').sort().at(-1);
      dump = execFileSync(`/usr/lib/postgresql/${bin}/bin/pg_dump`, ['--data-only', h.database.url!], { maxBuffer: 1 << 28 });
      expect(dump.toString()).toContain(r.receiptNumber);
    } else {
      await h.database.handle.close();
      dump = Buffer.concat(filesUnder(pgliteDir).map((file) => readFileSync(file)));
      expect(dump.includes(Buffer.from(r.receiptNumber))).toBe(true);
    }
    for (const probe of probes) expect(dump.includes(Buffer.from(probe)), probe).toBe(false);
  });
});

describe.each(engines)('key rotation and retention on %s', (engine) => {
  const clock = fakeClock('2021-11-02T10:00:00Z');
  const oldKeys = newSecretValues('k2021');
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { clock, env: oldKeys });
  });
  afterAll(() => h.close());

  it('re-encrypts every value with the new key, after which the old key can go', async () => {
    const admin = await makeStaff(h.service, 'rotate-admin@centre.test', '관리자');
    const r = await createCounsellingRequest(h.service.ctx, requestInput({ answerMethod: 'email', email: 'rotate@example.com' }));
    await replyToRequest(h.service.ctx, admin, r.requestId, '회전 전 답변', '192.0.2.1');
    const newKey = newSecretValues('k2026').DATA_ENCRYPTION_KEYS!;
    const both = { ...h.env, DATA_ENCRYPTION_KEYS: `${newKey},${oldKeys.DATA_ENCRYPTION_KEYS}` };
    const rotating = await startService({ env: both, database: h.database.handle, startWorker: false, clock, log: h.service.ctx.log });
    expect(await rotateEncryptionKeys(rotating.ctx)).toBeGreaterThanOrEqual(3);
    expect(await rotateEncryptionKeys(rotating.ctx)).toBe(0);
    const stale = await queryRows(h.service.ctx.db, sql`select id from counselling_request where situation not like 'v1:k2026:%'`);
    expect(stale).toEqual([]);
    const newOnly = await startService({ env: { ...h.env, DATA_ENCRYPTION_KEYS: newKey }, database: h.database.handle, startWorker: false, clock, log: h.service.ctx.log });
    const view = await readRequestByToken(newOnly.ctx, r.token, '10.0.0.1');
    expect(view.messages.map((m) => m.body)).toEqual(['회전 전 답변']);
  });

  it('deletes a request 3 years after it was closed, with its messages, and logs the count', async () => {
    const ctx = h.service.ctx;
    const admin = await makeStaff(h.service, 'retention-admin@centre.test', '관리자');
    clock.set('2021-11-02T10:00:00Z');
    const closed = await createCounsellingRequest(ctx, requestInput());
    await replyToRequest(ctx, admin, closed.requestId, '답변', '192.0.2.1');
    clock.set('2022-01-10T10:00:00Z');
    await closeRequest(ctx, admin, closed.requestId, '192.0.2.1');
    const open = await createCounsellingRequest(ctx, requestInput());
    const count = async (table: string) =>
      (await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from ${sql.identifier(table)} where request_id = ${closed.requestId}`))[0]!.n;
    expect(await count('counselling_message')).toBe(1);

    clock.set('2025-01-09T10:00:00Z');
    expect((await runRetention(ctx)).counsellingRequests).toBe(0);
    clock.set('2025-01-10T10:00:01Z');
    expect((await runRetention(ctx)).counsellingRequests).toBe(1);
    await expect(readRequestByToken(ctx, closed.token, '10.0.0.9')).rejects.toMatchObject({ code: 'not-found' });
    expect(await count('counselling_message')).toBe(0);
    expect((await readRequestByToken(ctx, open.token, '10.0.0.9')).status).toBe('접수');
    expect(h.logs.filter((line) => line.startsWith('retention: counsellingRequests=1 '))).toHaveLength(1);
  });
});
