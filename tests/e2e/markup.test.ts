/**
 * KWCAG 2.2 8.1.1 (마크업 오류 방지): every built page is valid HTML to the W3C Nu HTML Checker (vnu-jar from npm,
 * run with Java from Debian's packages). Newsletter email editions are files for a mailing service, not pages.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { isEmailEdition } from '../../src/build/built-pages';
import { builtHtmlFiles, urlPathOf } from './support/built-site';

// The jar ships inside the npm package; its own Java downloader is never run (no downloads in tests).
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

it('has no markup errors on any built page', () => {
  const files = builtHtmlFiles().filter((file) => !isEmailEdition(file));
  expect(files.length).toBeGreaterThan(100);
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Java가 없어 HTML 검사를 할 수 없습니다 (apt-get install -y default-jre-headless): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error')
    .map((m) => `${urlPathOf(decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? '?'} ${m.message} «${(m.extract ?? '').trim()}»`);
  expect(errors).toEqual([]);
}, 180_000);
