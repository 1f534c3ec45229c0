/**
 * `npm run check:content` on a copy of the content with one card whose text is too long: it names the file, the card
 * and how many characters to cut, as the build would, and fails.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = mkdtempSync(path.join(tmpdir(), 'check-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('reports card text that does not fit: file, card, how much to cut', { timeout: 120_000 }, () => {
  cpSync('content/data', path.join(root, 'content/data'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  symlinkSync(path.resolve('assets'), path.join(root, 'assets'), 'dir');
  mkdirSync(path.join(root, 'content/card-news'), { recursive: true });
  const tooLong = '회사는 육아휴직을 이유로 해고하거나 불리하게 대우할 수 없고, 복귀 뒤에는 같은 업무나 같은 수준의 임금을 받는 자리로 돌려보내야 합니다. '.repeat(6);
  writeFileSync(
    path.join(root, 'content/card-news/2026-12-01-too-long.md'),
    `---\ntitle: 너무 긴 카드\ndate: 2026-12-01\ncategory: 육아지원\nsummary: 요약\n---\n\n# 표지\n\n## 긴 카드\n\n${tooLong}\n\n## 마무리: 끝\n`,
  );
  let output = '';
  let status = 0;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/check-content.ts')], { cwd: root, stdio: 'pipe', env: { ...process.env, CI: '1' } });
  } catch (error) {
    const failed = error as { status: number; stderr: Buffer; stdout: Buffer };
    status = failed.status;
    output = `${failed.stdout}${failed.stderr}`;
  }
  expect(status).toBe(1);
  expect(output).toMatch(/content\/card-news\/2026-12-01-too-long\.md: 2번째 카드\(text\)의 글이 카드에 들어가지 않습니다 .*본문을\(를\) 약 \d+자 줄이거나/);
});
