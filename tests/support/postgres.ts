// The test PostgreSQL server and throwaway databases on it, for the service tests, the e2e tests and the service
// benchmark: TEST_DATABASE_URL when set (CI starts one), else the private cluster of scripts/postgres-test-server.sh.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export function postgresAdminUrl(): string {
  return process.env.TEST_DATABASE_URL || execFileSync('bash', ['scripts/postgres-test-server.sh', 'start'], { encoding: 'utf8' }).trim();
}

export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

async function onAdmin(adminUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A new, empty database on the test server; `drop()` removes it even with connections still open. */
export async function createThrowawayDatabase(adminUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onAdmin(adminUrl, `drop database if exists ${name} with (force)`) };
}
