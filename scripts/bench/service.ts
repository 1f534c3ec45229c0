/**
 * npm run bench:service: the service under load, on the embedded PGlite and on PostgreSQL.
 *
 * 1. Counselling submissions over HTTP on loopback, to the built server as production runs it
 *    (`node dist/server/entry.mjs`, TRUSTED_PROXIES=1, each request from its own address as nginx would pass it):
 *    1,000 requests in parallel batches; submissions per second and latency p50/p95. Then the same 1,000 again, as
 *    retries with the same idempotency keys. The database must hold exactly 1,000 requests, each key once.
 * 2. 500 sign-ups racing for 100 seats at once, through the sign-up data layer: exactly 100 confirmed, 400 waitlisted
 *    in positions 1–400, 500 rows, none lost or doubled.
 *
 * Needs `npm run build` first, and PostgreSQL as for the service tests (TEST_DATABASE_URL, or the throwaway cluster of
 * scripts/postgres-test-server.sh). Counts are checked (exit code 1 when one is wrong); times are reported, not judged.
 * Options: --total 1000 --batch 25 --engines pglite,postgres
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client';
import { queryRows } from '../../src/server/db/raw';
import { newSecretValues } from '../../src/server/crypto/secrets';
import { startService } from '../../src/server/service';
import { createSignup } from '../../src/server/signups/create-signup';
import { signupInput } from '../../src/server/signups/signup-input';
import type { SignupProgram } from '../../src/server/signups/signup-program';
import { COUNSELLING_REQUEST } from '../../src/lib/urls';
import { createThrowawayDatabase, postgresAdminUrl } from '../../tests/support/postgres';
import { freePort, serviceEnvironment, startServerProcess } from '../../tests/support/service-server';

const { values: options } = parseArgs({
  options: {
    total: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '25' },
    seats: { type: 'string', default: '100' },
    signups: { type: 'string', default: '500' },
    engines: { type: 'string', default: 'pglite,postgres' },
  },
});
const TOTAL = Number(options.total);
const BATCH = Number(options.batch);
const SEATS = Number(options.seats);
const SIGNUPS = Number(options.signups);
const engines = options.engines.split(',') as ('pglite' | 'postgres')[];

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'ok' : 'WRONG';
};

/** A database for one engine, and how to open it again from this process once the server has stopped. */
async function databaseFor(engine: 'pglite' | 'postgres') {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-pglite-'));
    return {
      serverEnv: { PGLITE_DIR: dir },
      open: () => openDatabase({ pgliteDir: dir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const database = await createThrowawayDatabase(postgresAdminUrl(), 'bench');
  return {
    serverEnv: { DATABASE_URL: database.url },
    open: () => openDatabase({ url: database.url, poolSize: 20 }),
    drop: () => database.drop(),
  };
}

/** The no-JavaScript form's last press: a complete request, as a browser sends it. */
function requestForm(key: string, n: number) {
  return new URLSearchParams({
    step: 'review',
    intent: 'submit',
    idempotencyKey: key,
    consentVersion: 'bench',
    category: '모성보호',
    situation: `벤치마크 요청 ${n}: 출산휴가를 신청했는데 회사가 대답하지 않습니다. 어떻게 해야 하나요?`,
    companySize: '30–299',
    answerMethod: 'link',
    consent: 'yes',
  });
}

/** Sends every form in batches of BATCH at once; the latency of each and the wall time of all. */
async function sendAll(base: string, keys: string[]) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  for (let from = 0; from < keys.length; from += BATCH) {
    await Promise.all(
      keys.slice(from, from + BATCH).map(async (key, i) => {
        const n = from + i;
        const sent = performance.now();
        const response = await fetch(`${base}${COUNSELLING_REQUEST}?_action=counselling.step`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            origin: base,
            'content-type': 'application/x-www-form-urlencoded',
            // Each visitor from an address of their own, so the per-address limit is not what is measured.
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
          body: requestForm(key, n),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { seconds, perSecond: keys.length / seconds, p50: at(0.5), p95: at(0.95), statuses };
}

async function storedRequests(handle: DatabaseHandle) {
  const [row] = await queryRows<{ rows: number; keys: number }>(
    handle.db,
    sql`select count(*)::int as rows, count(distinct idempotency_key_hash)::int as keys from counselling_request`,
  );
  return row!;
}

async function benchSubmissions(engine: 'pglite' | 'postgres') {
  const database = await databaseFor(engine);
  const port = await freePort();
  const env = { ...serviceEnvironment(undefined, port), ...database.serverEnv, TRUSTED_PROXIES: '1' };
  const server = await startServerProcess(env, port);
  const keys = Array.from({ length: TOTAL }, () => randomUUID());
  let first, retry;
  try {
    await sendAll(server.url, [randomUUID()]); // warm up: the first request compiles the route's code
    first = await sendAll(server.url, keys);
    retry = await sendAll(server.url, keys);
  } finally {
    await server.stop();
  }
  const handle = await database.open();
  const stored = await storedRequests(handle);
  await handle.close();
  await database.drop();
  const expected = TOTAL + 1;
  return {
    engine,
    first,
    retry,
    stored,
    verdict: check(stored.rows === expected && stored.keys === expected, `${engine}: ${stored.rows} rows / ${stored.keys} keys stored, expected ${expected}`),
  };
}

const program: SignupProgram = {
  slug: 'bench-race',
  status: '모집 중',
  questions: [],
  data: {
    title: '벤치마크 강좌',
    category: '런치노동법',
    start: '2026-12-20T12:00',
    end: '2026-12-20T13:00',
    allDay: false,
    location: { type: 'online', platform: 'ZOOM' },
    capacity: SEATS,
    audience: '누구나',
    fee: 0,
    summary: '좌석 경쟁 측정',
  },
};

async function benchSignupRace(engine: 'pglite' | 'postgres') {
  const database = await databaseFor(engine);
  const handle = await database.open();
  const mailDir = mkdtempSync(path.join(tmpdir(), 'bench-mail-'));
  const service = await startService({
    env: { ...newSecretValues('bench'), MAIL_DIR: mailDir, PUBLIC_URL: 'http://localhost:4321' },
    database: handle,
    clock: () => new Date('2026-12-01T03:00:00Z'),
    startWorker: false,
    log: { info: () => {}, warn: console.warn, error: console.error },
  });
  const forms = Array.from({ length: SIGNUPS }, (_, i) =>
    signupInput([]).parse({ idempotencyKey: randomUUID(), name: `참가자${i}`, email: `bench${i}@example.com`, answers: {}, consentVersion: 'bench', consent: true }),
  );
  const started = performance.now();
  const results = await Promise.all(forms.map((form) => createSignup(service.ctx, program, form)));
  const seconds = (performance.now() - started) / 1000;
  const confirmed = results.filter((r) => r.status === '확정').length;
  const positions = results.filter((r) => r.status === '대기').map((r) => r.position!).sort((a, b) => a - b);
  const [stored] = await queryRows<{ rows: number }>(handle.db, sql`select count(*)::int as rows from program_signup where program_slug = ${program.slug}`);
  await service.worker.stop();
  await handle.close();
  await database.drop();
  rmSync(mailDir, { recursive: true, force: true });
  const inOrder = positions.length === SIGNUPS - SEATS && positions.every((p, i) => p === i + 1);
  return {
    engine,
    seconds,
    confirmed,
    waitlisted: positions.length,
    stored: stored!.rows,
    verdict: check(confirmed === SEATS && inOrder && stored!.rows === SIGNUPS, `${engine}: ${confirmed} confirmed, ${positions.length} waitlisted, ${stored!.rows} stored`),
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`bench:service on ${cpus().length} cores, ${cpus()[0]?.model}, Node ${process.version}`);
console.log(`\n1. Counselling submissions over HTTP: ${TOTAL} in batches of ${BATCH}, then the same ${TOTAL} again as retries\n`);
console.log('| engine | submissions/s | p50 | p95 | retries/s | retry p95 | stored rows / distinct keys | |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const engine of engines) {
  const r = await benchSubmissions(engine);
  const statuses = [...r.first.statuses].map(([status, count]) => `${count}×${status}`).join(', ');
  console.log(
    `| ${engine} | ${r.first.perSecond.toFixed(1)} | ${ms(r.first.p50)} | ${ms(r.first.p95)} | ${r.retry.perSecond.toFixed(1)} | ${ms(r.retry.p95)} | ${r.stored.rows} / ${r.stored.keys} | ${r.verdict} (${statuses}) |`,
  );
}
console.log(`\n2. ${SIGNUPS} sign-ups racing for ${SEATS} seats at once\n`);
console.log('| engine | time | confirmed | waitlisted (positions 1…n) | rows | |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const engine of engines) {
  const r = await benchSignupRace(engine);
  console.log(`| ${engine} | ${r.seconds.toFixed(2)} s | ${r.confirmed} | ${r.waitlisted} | ${r.stored} | ${r.verdict} |`);
}
if (failures.length > 0) {
  console.error(`\nWrong counts:\n${failures.join('\n')}`);
  process.exit(1);
}
process.exit(0);
