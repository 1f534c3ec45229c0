/**
 * A throw-away copy of the project for CMS tests: decap-server writes there, never into content/, and the
 * copy can be built to check what a published entry turns into. Removed again by `dispose()`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

const PROJECT_FILES = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'content', 'public', 'assets', 'scripts'];
/** Where Decap looks for decap-server when the page is on localhost (local_backend: true). */
export const DECAP_DEFAULT_PROXY = 'http://localhost:8081/api/v1';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CmsSandbox {
  dir: string;
  proxyUrl: string;
  /** Sends the admin page's calls to the default decap-server address to this sandbox's server. */
  routeAdmin(page: Page): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * `fs` (what `npm run cms` uses) writes files directly; `git` keeps drafts on branches like a Git host, so the
 * editorial workflow (초안 → 검토 중 → 발행 준비) can be driven. `git` mode makes the copy a Git repository on `main`.
 */
export async function startCmsSandbox(mode: 'fs' | 'git' = 'fs'): Promise<CmsSandbox> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'));
  for (const entry of PROJECT_FILES) cpSync(path.resolve(entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (mode === 'git') {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=CMS test', '-c', 'user.email=cms-test@localhost', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'sandbox');
  }

  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [path.resolve('node_modules/decap-server/dist/index.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: mode, GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proxyUrl = `http://127.0.0.1:${port}/api/v1`;
  await waitForServer(proxyUrl, server);

  return {
    dir,
    proxyUrl,
    async routeAdmin(page) {
      await page.route(DECAP_DEFAULT_PROXY, (route) => route.continue({ url: proxyUrl }));
    },
    async dispose() {
      server.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForServer(proxyUrl: string, server: ChildProcess) {
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; attempt < 100; attempt++) {
    if (server.exitCode !== null) throw new Error(`decap-server stopped: ${output}`);
    try {
      const response = await fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${proxyUrl}: ${output}`);
}

/**
 * One browser and one sandbox for a whole test file, started before its tests and removed after them.
 * Read them as `cms.browser` and `cms.sandbox` inside tests.
 */
export function useBrowserAndSandbox(): { browser: Browser; sandbox: CmsSandbox } {
  const shared = {} as { browser: Browser; sandbox: CmsSandbox };
  beforeAll(async () => {
    [shared.browser, shared.sandbox] = await Promise.all([launchChromium(), startCmsSandbox()]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.sandbox?.dispose();
  });
  return shared;
}
