// Faults: PostgreSQL restarts (scripts/postgres-test-server.sh restart) while counselling requests and programme
// sign-ups are being submitted. Each client retries with the same idempotency key until it gets an answer, as the
// forms do. No accepted submission is lost, none is stored twice, and the seats still add up.
// Runs alone (its own non-parallel Vitest project), because it stops the server every other test uses.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCounsellingRequest } from '../../src/server/counselling/create-request';
import { queryRows } from '../../src/server/db/raw';
import { createSignup } from '../../src/server/signups/create-signup';
import { requestInput } from '../service/support/counselling-fixtures';
import { startHarness, type Harness } from '../service/support/service-harness';
import { signupForm, signupProgram } from '../service/support/signup-fixtures';

const script = 'scripts/postgres-test-server.sh';
const ourServer = inject('postgresUrl') === execFileSync('bash', [script, 'url'], { encoding: 'utf8' }).trim();

/** A client that sends again (same input, so the same idempotency key) until it gets an answer, for at most 60 s. */
async function untilAnswered<T>(send: () => Promise<T>): Promise<{ result: T; attempts: number }> {
  const deadline = Date.now() + 60_000;
  for (let attempts = 1; ; attempts++) {
    try {
      return { result: await send(), attempts };
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

describe.runIf(ourServer)('PostgreSQL restarted during submissions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('postgres');
  });
  afterAll(() => h.close());

  it('loses no accepted submission and stores none twice', async () => {
    const ctx = h.service.ctx;
    const program = signupProgram('restart', { capacity: 30 });
    const requests = Array.from({ length: 40 }, () => requestInput());
    const signups = Array.from({ length: 40 }, (_, i) => signupForm(program, { email: `restart${i}@example.com` }));
    // Submissions arrive over about four seconds; the server restarts half a second in.
    const submitted = Promise.all([
      ...requests.map((input, i) => sleep(i * 100).then(() => untilAnswered(() => createCounsellingRequest(ctx, input)))),
      ...signups.map((input, i) => sleep(i * 100).then(() => untilAnswered(() => createSignup(ctx, program, input)))),
    ]);
    await sleep(500);
    await promisify(execFile)('bash', [script, 'restart']); // asynchronously: the clients keep sending meanwhile
    const answers = await submitted;
    expect(answers.some((answer) => answer.attempts > 1)).toBe(true); // the restart did cut some off

    const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(ctx.db, query))[0]!.n;
    const requestIds = answers.slice(0, 40).map((answer) => (answer.result as { requestId: string }).requestId);
    expect(new Set(requestIds).size).toBe(40);
    expect(await count(sql`select count(*)::int as n from counselling_request`)).toBe(40);
    expect(await count(sql`select count(*)::int as n from counselling_request where id::text in (${sql.join(requestIds.map((id) => sql`${id}`), sql`, `)})`)).toBe(40);
    expect(await count(sql`select count(*)::int as n from consultation_record`)).toBe(40);
    expect(await count(sql`select count(*)::int as n from program_signup`)).toBe(40);
    expect(await count(sql`select count(*)::int as n from program_signup where status = '확정'`)).toBe(30);
    expect(await count(sql`select count(*)::int as n from program_signup where status = '대기'`)).toBe(10);

    // Every client sends once more: the same answers, nothing new stored.
    const again = await Promise.all([
      ...requests.map((input) => createCounsellingRequest(ctx, input)),
      ...signups.map((input) => createSignup(ctx, program, input)),
    ]);
    expect(again.every((answer) => !answer.created)).toBe(true);
    expect(again.slice(0, 40).map((answer) => (answer as { requestId: string }).requestId)).toEqual(requestIds);
    expect(await count(sql`select count(*)::int as n from counselling_request`)).toBe(40);
    expect(await count(sql`select count(*)::int as n from program_signup`)).toBe(40);
  });
});
