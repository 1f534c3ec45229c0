// The production server (`node dist/server/entry.mjs`, what `npm run preview` and a deployment run) as a child
// process, for the e2e tests and the service benchmark: started with its own database, keys and mail folder, and
// killable mid-request for the fault tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newSecretValues } from '../../src/server/crypto/secrets';
import type { StoredMail } from '../../src/server/mail/mail-transport';

export const SERVER_ENTRY = path.resolve('dist/server/entry.mjs');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The environment of one service deployment: its database, fresh keys, a mail folder and its public address. */
export function serviceEnvironment(databaseUrl: string | undefined, port: number): NodeJS.ProcessEnv {
  return {
    ...newSecretValues('e2e'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    MAIL_DIR: mkdtempSync(path.join(tmpdir(), 'e2e-mail-')),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    COUNSELLING_INBOX: 'counselling@centre.test',
    MAIL_FROM: 'no-reply@centre.test',
  };
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Ends the process at once (SIGKILL), as a crash would. */
  kill(): void;
  stop(): Promise<void>;
}

/** Starts the built server on `port` and waits until it answers. */
export async function startServerProcess(env: NodeJS.ProcessEnv, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output.join('')}`);
    try {
      // The first service request migrates the database and starts the worker, so wait for a service page.
      if ((await fetch(`${url}/counselling/request/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not answer within 60 s:\n${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    child,
    kill: () => void child.kill('SIGKILL'),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The mails the service wrote into its folder (no SMTP in tests), oldest first. */
export function mailsIn(mailDir: string): StoredMail[] {
  return readdirSync(mailDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(mailDir, file), 'utf8')) as StoredMail);
}
