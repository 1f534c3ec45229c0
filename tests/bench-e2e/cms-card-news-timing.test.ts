/**
 * The weekly card-news path, timed on the real CMS against a real decap-server (sandbox copy): open a new issue, fill
 * the form, paste the week's text, read what the preview flags (a card that does not fit, a list of one item), fix
 * both, and publish. Each step's seconds go to test-results/cms-card-news-timing.json and the console
 * (BENCHMARKS.md, "Publishing a week's card news"). The assertions are loose on purpose: this measures, it does not race.
 * A benchmark, not part of `npm test` (about two minutes with its sandbox): `npm run bench:cms`, after an e2e build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { fieldByLabel, openAdmin } from '../e2e/support/cms-admin';
import { useBrowserAndSandbox } from '../e2e/support/cms-sandbox';
import { E2E_TODAY } from '../e2e/support/site';

const cms = useBrowserAndSandbox();

const LONG = '육아휴직을 시작하려는 날의 30일 전까지 회사에 신청서를 내야 합니다. 회사는 신청을 받은 날부터 14일 안에 허용 여부를 알려야 하고, 정해진 사유가 아니면 거절할 수 없습니다. '.repeat(4);
const SHORT = '시작하려는 날의 **30일 전까지** 회사에 신청서를 내요. 회사는 14일 안에 답해야 해요.';
/** A week's text as staff paste it, with two mistakes the preview must flag. */
const weekText = (body: string, list: string) => `# 육아휴직, 이렇게 신청하세요
시작 30일 전에 신청서를 내요

## 언제 신청하나요?
${body}

## 준비할 것
${list}

## 숫자: 14일
회사가 허용 여부를 알려야 하는 기한이에요

## 질문: 회사가 답을 하지 않으면요?
14일 안에 답이 없으면 신청한 대로 쓸 수 있어요. 02-308-1220으로 상담하세요.

### 더 알아보기
신청서 양식은 [육아휴직 안내](/guide/parental-leave/)에서 볼 수 있습니다.

## 마무리: 혼자 고민하지 마세요
궁금한 점은 센터에 물어보세요.
`;

it('times a week: paste, see what is flagged, fix, publish', { timeout: 240_000 }, async () => {
  const steps: { step: string; seconds: number }[] = [];
  let last = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    steps.push({ step, seconds: Math.round((now - last) / 100) / 10 });
    last = now;
  };

  const { page, close, errors } = await openAdmin(cms.browser, cms.sandbox, inject('baseUrl'), '#/collections/cardNews/new');
  try {
    await (await fieldByLabel(page, '카드뉴스 글')).waitFor();
    lap('open a new issue in /admin');

    await (await fieldByLabel(page, '제목')).fill('육아휴직 신청 순서');
    await (await fieldByLabel(page, '발행일')).fill(E2E_TODAY);
    await (await fieldByLabel(page, '분류')).click({ force: true });
    await page.getByRole('option', { name: '육아지원', exact: true }).click();
    await (await fieldByLabel(page, '요약')).fill('육아휴직을 신청하는 순서와 회사가 답해야 하는 기한을 정리했습니다.');
    lap('fill title, date, category, summary');

    const body = await fieldByLabel(page, '카드뉴스 글');
    await body.fill(weekText(LONG, '- 신청서'));
    const preview = page.frameLocator('iframe').first();
    await expect.poll(() => preview.getByTestId('card-problem').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => preview.getByTestId('card-overflow').count(), { timeout: 30_000 }).toBe(1);
    lap('paste the week’s text; the preview draws the cards and flags two problems');
    expect(await preview.getByTestId('card-problem').innerText()).toContain('본문 3번째 카드(## 준비할 것)');
    expect(await preview.getByTestId('card-overflow').innerText()).toMatch(/2번째 카드\(text\).*약 \d+자 줄이거나/);

    await body.fill(weekText(SHORT, '- 육아휴직 신청서\n- 아이의 주민등록등본'));
    const warnings = async () => (await preview.getByTestId('card-problem').count()) + (await preview.getByTestId('card-overflow').count());
    await expect.poll(warnings, { timeout: 30_000 }).toBe(0);
    await expect.poll(() => preview.locator('[data-testid="card-preview"][data-status="ready"]').count(), { timeout: 30_000 }).toBe(6);
    lap('fix both; all six cards drawn with no warning');

    await page.getByRole('button', { name: '발행', exact: true }).click();
    await page.getByRole('menuitem', { name: '지금 발행' }).click();
    await page.waitForURL(/#\/collections\/cardNews\/entries\//);
    await expect.poll(() => page.getByText('변경사항 저장됨').count()).toBeGreaterThan(0);
    lap('publish (decap-server writes the file)');
    const slug = decodeURIComponent(page.url().split('/entries/')[1]);
    expect(readFileSync(path.join(cms.sandbox.dir, 'content/card-news', `${slug}.md`), 'utf8')).toContain('## 숫자: 14일');
    expect(errors).toEqual([]);
  } finally {
    await close();
  }

  const total = steps.reduce((sum, step) => sum + step.seconds, 0);
  console.log(['| step | seconds |', '| --- | ---: |', ...steps.map((s) => `| ${s.step} | ${s.seconds.toFixed(1)} |`), `| **total** | **${total.toFixed(1)}** |`].join('\n'));
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/cms-card-news-timing.json', JSON.stringify(steps, null, 2));
});
