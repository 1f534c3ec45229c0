// The shared machinery, on both engines: rate-limit counters (atomic, hashed keys, windows), the job queue (unique
// keys, no double claims, lock expiry, backoff), the worker's daily retention run, and migrations run twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { migrate } from '../../src/server/db/migrate';
import { queryRows } from '../../src/server/db/raw';
import { claimJobs, enqueueJob, failJob } from '../../src/server/jobs/queue';
import { hitRateLimit, peekRateLimit } from '../../src/server/rate-limit/rate-limit';
import { engines, fakeClock, startHarness, type Harness } from './support/service-harness';

describe.each(engines)('platform on %s', (engine) => {
  const clock = fakeClock('2026-05-01T01:00:00Z');
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { clock });
  });
  afterAll(() => h.close());

  it('migrations run again without effect', async () => {
    await migrate(h.database.handle);
    const [row] = await queryRows<{ n: number }>(h.service.ctx.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(row!.n).toBeGreaterThanOrEqual(2);
  });

  it('counts concurrent hits exactly, per window, and stores no address', async () => {
    const rule = { name: 'test', limit: 30, windowSeconds: 60 };
    const states = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(h.service.ctx, rule, '198.51.100.23')));
    expect(states.filter((state) => state.allowed)).toHaveLength(30);
    expect(states.map((state) => state.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect((await peekRateLimit(h.service.ctx, rule, '198.51.100.23')).allowed).toBe(false);
    expect((await peekRateLimit(h.service.ctx, rule, '198.51.100.24')).allowed).toBe(true);
    clock.advance(60_000);
    expect((await hitRateLimit(h.service.ctx, rule, '198.51.100.23')).count).toBe(1);
    const dump = JSON.stringify(await queryRows(h.service.ctx.db, sql`select * from rate_limit_counter`));
    expect(dump).not.toContain('198.51.100');
  });

  it('enqueues a unique key once, and no job is claimed twice', async () => {
    const ctx = h.service.ctx;
    expect(await enqueueJob(ctx, ctx.db, { kind: 'noop', payload: { n: 0 }, uniqueKey: 'once' })).toBe(true);
    expect(await enqueueJob(ctx, ctx.db, { kind: 'noop', payload: { n: 0 }, uniqueKey: 'once' })).toBe(false);
    for (let n = 1; n <= 20; n++) await enqueueJob(ctx, ctx.db, { kind: 'noop', payload: { n } });
    const batches = await Promise.all([1, 2, 3, 4].map((w) => claimJobs(ctx, { workerId: `w${w}`, limit: 8 })));
    const ids = batches.flat().map((job) => job.id);
    expect(ids).toHaveLength(21);
    expect(new Set(ids).size).toBe(21);
    expect(await claimJobs(ctx, { workerId: 'late', limit: 50 })).toEqual([]);
    // A worker that died: its lock runs out and the job is claimed again, then retried with backoff.
    clock.advance(121_000);
    const [again] = await claimJobs(ctx, { workerId: 'w5', limit: 1 });
    expect(again!.attempts).toBe(2);
    await failJob(ctx, again!, Object.assign(new Error('smtp said no to someone@example.com'), { code: 'EAUTH' }));
    const [row] = await queryRows<{ last_error: string; run_at: Date }>(ctx.db, sql`select last_error, run_at from job where id = ${again!.id}`);
    expect(row!.last_error).toBe('Error:EAUTH');
    expect(new Date(row!.run_at).getTime()).toBe(clock().getTime() + 60_000);
  });

  it('the worker queues one retention run per Seoul day, whichever instance asks', async () => {
    const ctx = h.service.ctx;
    clock.set('2026-06-01T14:00:00Z'); // 23:00 in Seoul
    await h.drainJobs();
    await h.drainJobs();
    clock.set('2026-06-01T15:30:00Z'); // 00:30 the next day in Seoul
    await h.drainJobs();
    const keys = await queryRows<{ unique_key: string }>(ctx.db, sql`select unique_key from job where kind = 'retention' order by unique_key`);
    expect(keys.map((k) => k.unique_key)).toEqual(['retention:2026-06-01', 'retention:2026-06-02']);
    expect(h.logs.filter((line) => line.startsWith('retention:'))).toHaveLength(2);
  });
});
