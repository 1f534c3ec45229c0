/**
 * The W3C Nu HTML Checker (vnu-jar from npm, run with Java from Debian's packages) over a list of HTML files, for
 * KWCAG 2.2 8.1.1 (마크업 오류 방지). The jar's own Java downloader is never run (no downloads in tests).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every markup error in the files, as "<name>:<line> <message> «<extract>»", with `nameOf` naming each file. */
export function markupErrors(files: string[], nameOf: (file: string) => string): string[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`Java가 없어 HTML 검사를 할 수 없습니다 (apt-get install -y default-jre-headless): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => `${nameOf(decodeURIComponent(new URL(m.url).pathname))}:${m.lastLine ?? '?'} ${m.message} «${(m.extract ?? '').trim()}»`);
}
