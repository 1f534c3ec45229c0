// One fresh, migrated database per test file on each engine (PGlite in memory; a new database on the PostgreSQL
// test server), and a started service around it with test keys, a fake clock, a mail folder and captured logs.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createThrowawayDatabase } from '../../support/postgres';
import { openDatabase, type DatabaseHandle } from '../../../src/server/db/client';
import { newSecretValues } from '../../../src/server/crypto/secrets';
import { startService, type Service } from '../../../src/server/service';
import type { StoredMail } from '../../../src/server/mail/mail-transport';

export const engines = ['pglite', 'postgres'] as const;
export type Engine = (typeof engines)[number];

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The PostgreSQL URL of this test's own database (postgres engine only). */
  url?: string;
  drop(): Promise<void>;
}

export async function openTestDatabase(engine: Engine, pgliteDir = 'memory://'): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const handle = await openDatabase({ pgliteDir });
    return { handle, drop: async () => void (handle.engine === 'pglite' && handle.pglite.closed ? undefined : await handle.close()) };
  }
  const database = await createThrowawayDatabase(inject('postgresUrl'), 'svc');
  const handle = await openDatabase({ url: database.url, poolSize: 20 });
  return {
    handle,
    url: database.url,
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}

/** A clock the test moves by hand. */
export function fakeClock(start: string | Date) {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set: (instant: string | Date) => void (now = new Date(instant)),
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  });
}

export interface Harness {
  service: Service;
  database: TestDatabase;
  mailDir: string;
  logs: string[];
  env: NodeJS.ProcessEnv;
  mails(): StoredMail[];
  /** Runs the worker until no job is due (sends queued mail into mailDir). */
  drainJobs(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  clock?: () => Date;
  env?: NodeJS.ProcessEnv;
  /** PGlite on disk instead of in memory. */
  pgliteDir?: string;
}

export async function startHarness(engine: Engine, options: HarnessOptions = {}): Promise<Harness> {
  const database = await openTestDatabase(engine, options.pgliteDir);
  const mailDir = mkdtempSync(join(tmpdir(), 'service-mail-'));
  const logs: string[] = [];
  const env: NodeJS.ProcessEnv = {
    ...newSecretValues('test'),
    MAIL_DIR: mailDir,
    PUBLIC_URL: 'http://localhost:4321',
    COUNSELLING_INBOX: 'inbox@centre.test',
    ...options.env,
  };
  const service = await startService({
    env,
    database: database.handle,
    clock: options.clock,
    startWorker: false,
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m), error: (m) => logs.push(m) },
  });
  return {
    service,
    database,
    mailDir,
    logs,
    env,
    mails: () =>
      readdirSync(mailDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => JSON.parse(readFileSync(join(mailDir, file), 'utf8')) as StoredMail),
    async drainJobs() {
      while ((await service.worker.runOnce()) > 0);
    },
    async close() {
      await service.worker.stop();
      await database.drop();
      rmSync(mailDir, { recursive: true, force: true });
    },
  };
}
