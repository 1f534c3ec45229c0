/**
 * `npm run cms`: edit content on this computer. Starts the site's dev server and decap-server together,
 * both on 127.0.0.1 only. Open http://localhost:4321/admin/ and log in: saved entries are written
 * straight into content/ (decap-server's file mode has no review workflow). Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = process.cwd();
const DECAP_PORT = '8081'; // Decap looks for its local server here (local_backend: true).

const children: ChildProcess[] = [
  spawn(process.execPath, [path.join(root, 'node_modules/decap-server/dist/index.js')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: DECAP_PORT, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root },
  }),
  spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  }),
];

console.log('\n관리 화면: http://localhost:4321/admin/ (로그인 버튼을 누르면 이 컴퓨터의 content/ 폴더를 고칩니다. 끝내려면 Ctrl-C)\n');

let stopping = false;
function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
// If either one stops (a port already in use, a crash), stop the other too, so nothing is left running.
for (const child of children) child.on('exit', (code) => stopAll(code ?? 1));
