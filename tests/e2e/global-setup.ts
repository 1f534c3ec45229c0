/**
 * Builds the real site once (unless E2E_REUSE_DIST=1 and dist/ exists), serves it with `astro preview`
 * on a free port, and hands the address to every e2e test file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { E2E_TODAY } from './support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.E2E_REUSE_DIST === '1' && existsSync('dist/index.html'))) {
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_TODAY: E2E_TODAY } });
  }
  const { preview } = await import('astro');
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
