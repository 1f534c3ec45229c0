/**
 * Builds the real site once (unless E2E_REUSE_DIST=1 and dist/ exists), then starts the real production server
 * (`node dist/server/entry.mjs`: the static pages and the service) on a free port, against a fresh database on the
 * test PostgreSQL server, and hands its address, environment and database to every e2e test file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { createThrowawayDatabase, postgresAdminUrl } from '../support/postgres';
import { freePort, serviceEnvironment, startServerProcess } from '../support/service-server';
import { E2E_TODAY } from './support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's environment (database, keys, mail folder), for tests that start a second instance or read data. */
    serviceEnv: Record<string, string>;
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.E2E_REUSE_DIST === '1' && existsSync('dist/server/entry.mjs'))) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_TODAY: E2E_TODAY } });
  }
  const adminUrl = postgresAdminUrl();
  const database = await createThrowawayDatabase(adminUrl, 'e2e');
  const port = await freePort();
  // As behind nginx: each browser context sends its own X-Forwarded-For, so the tests are different people to the
  // per-address limits (requests from the test process itself stay 127.0.0.1).
  const env = { ...serviceEnvironment(database.url, port), TRUSTED_PROXIES: '1' };
  const server = await startServerProcess(env, port);
  project.provide('baseUrl', server.url);
  project.provide('serviceEnv', env as Record<string, string>);
  project.provide('postgresAdminUrl', adminUrl);
  return async () => {
    await server.stop();
    await database.drop();
  };
}
