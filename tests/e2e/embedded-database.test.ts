/**
 * The README's promise: `npm run preview` with no database configured serves the site and the service on the
 * embedded database (PGlite in a folder). Started here as the README starts it, on a free port and an empty folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, serviceEnvironment } from '../support/service-server';

const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-pglite-'));
let url: string;
let stop: () => void;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _none, ...env } = { ...process.env, ...serviceEnvironment(undefined, port) };
  const child = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...env, PGLITE_DIR: path.join(dataDir, 'pglite') },
    stdio: 'ignore',
    detached: true,
  });
  stop = () => process.kill(-child.pid!, 'SIGTERM');
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (await fetch(`${url}/counselling/request/`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('npm run preview did not answer within 90 s');
}, 120_000);

afterAll(() => {
  stop?.();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run preview without a database', () => {
  it('serves the static pages and stores a counselling request in the embedded database', async () => {
    expect((await fetch(`${url}/`)).status).toBe(200);
    const sent = await fetch(`${url}/counselling/request/?_action=counselling.step`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        step: 'review', intent: 'submit', idempotencyKey: 'embeddedDatabaseKey01234', consentVersion: '2026-12-01', category: '모성보호',
        situation: '내장 데이터베이스로도 상담 신청이 저장되는지 확인합니다.', companySize: '모름', answerMethod: 'link', consent: 'yes',
      }),
    });
    expect(sent.status).toBe(303);
    const link = new URL(sent.headers.get('location')!, url);
    const page = await (await fetch(link)).text();
    expect(page, link.href).toMatch(/접수번호는 <strong>\d{4}-\d{6}<\/strong>입니다/);
    expect(page).toContain('내장 데이터베이스로도 상담 신청이 저장되는지 확인합니다.');
    // Stored in the folder, not in memory.
    expect(readdirSync(path.join(dataDir, 'pglite')).length).toBeGreaterThan(0);
  }, 60_000);
});
