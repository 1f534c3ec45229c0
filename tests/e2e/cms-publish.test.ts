/**
 * The staff round trip in the real Decap UI against a real decap-server working on a sandbox copy of the
 * project: create a card-news issue with three Korean slides and a programme with a date and time, check the
 * card preview, publish, read the files on disk, build the sandbox and find the pages and card images,
 * then edit and delete both. Screenshots go to test-results/screenshots/ (and, with
 * UPDATE_DOCS_SCREENSHOTS=1, to docs/images/ for the staff guide).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, saveScreenshot } from './support/browser';
import { fieldByLabel, openAdmin } from './support/cms-admin';
import { startCmsSandbox, type CmsSandbox } from './support/cms-sandbox';
import { typeWithIme } from './support/korean-ime';
import { E2E_TODAY } from './support/site';
import { staticDirOf } from '../../src/build/built-pages';

const CARD = {
  title: '육아휴직, 이렇게 신청하세요',
  summary: '육아휴직 신청 순서와 회사가 지켜야 할 기한을 세 장으로 정리했습니다.',
  cover: '육아휴직 신청 안내',
  heading: '30일 전에 신청서를 내세요',
  text: '휴직을 시작하려는 날의 30일 전까지 회사에 신청서를 제출합니다.',
  closing: '궁금한 점은 센터에 물어보세요',
  body: '육아 휴직을 신청하려면 시작일 30일 전까지 회사에 신청서를 냅니다.',
};
const PROGRAM = {
  title: '12월 런치노동법: 육아기 근로시간 단축',
  start: '2026-12-10T12:00',
  end: '2026-12-10T13:00',
  audience: '임신·육아 중인 직장맘과 직장대디',
  summary: '점심시간에 온라인으로 듣는 노동법 강의입니다.',
  body: '육아기 근로시간 단축의 조건과 급여를 알려 드립니다.',
};

let browser: Browser;
let sandbox: CmsSandbox;
const found: { cardSlug?: string; programSlug?: string } = {};

beforeAll(async () => {
  [browser, sandbox] = await Promise.all([launchChromium(), startCmsSandbox()]);
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.dispose();
});

async function shot(page: Page, name: string) {
  await saveScreenshot(page, `cms-${name}`);
  if (process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    mkdirSync('docs/images', { recursive: true });
    copyFileSync(`test-results/screenshots/cms-${name}.png`, `docs/images/cms-${name}.png`);
  }
}

async function typeInto(page: Page, label: string, text: string, nth = 0) {
  const field = await fieldByLabel(page, label, nth);
  await field.fill('');
  await field.click();
  await typeWithIme(page, text);
  await expect.poll(() => field.inputValue()).toBe(text);
}

async function pick(page: Page, label: string, option: string) {
  const field = await fieldByLabel(page, label);
  await field.click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addSlide(page: Page, kind: string, screenshot?: string) {
  await page.getByRole('button', { name: '카드 추가' }).click();
  if (screenshot) await shot(page, screenshot);
  await page.getByRole('menuitem', { name: kind }).click();
}

async function publish(page: Page, collection: string) {
  await page.getByRole('button', { name: '발행', exact: true }).click();
  await page.getByRole('menuitem', { name: '지금 발행' }).click();
  await page.waitForURL(new RegExp(`#/collections/${collection}/entries/`));
  await expect.poll(() => page.getByText('변경사항 저장됨').count()).toBeGreaterThan(0);
  return decodeURIComponent(page.url().split('/entries/')[1]);
}

async function deleteEntry(page: Page) {
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: /삭제/ }).first().click();
  const confirm = page.getByRole('button', { name: /^(삭제|확인)$/ });
  if (await confirm.count()) await confirm.first().click();
  await page.waitForURL(/#\/collections\/[^/]+$/);
}

const fileOf = (folder: string, slug: string) => path.join(sandbox.dir, 'content', folder, `${slug}.md`);

describe('publishing from /admin', () => {
  it('creates a card-news issue with three Korean slides, shows the card images and publishes it', async () => {
    const { page, close, errors } = await openAdmin(browser, sandbox, inject('baseUrl'), '#/collections/cardNews');
    try {
      await shot(page, '01-collection');
      await page.locator('a[href$="/collections/cardNews/new"]').click();
      await typeInto(page, '제목', CARD.title);
      await (await fieldByLabel(page, '발행일')).fill(E2E_TODAY);
      await pick(page, '분류', '육아지원');
      await typeInto(page, '요약', CARD.summary);
      await addSlide(page, '표지', '02-slide-kinds');
      await typeInto(page, '표지 제목', CARD.cover);
      await addSlide(page, '글 카드');
      await typeInto(page, '제목', CARD.heading, 1);
      await typeInto(page, '본문', CARD.text);
      await addSlide(page, '마무리 카드');
      await typeInto(page, '마무리 제목', CARD.closing);
      await typeInto(page, '전체 글 (텍스트판)', CARD.body);

      const preview = page.frameLocator('iframe').first();
      await expect.poll(() => preview.locator('[data-testid="card-preview"][data-status="ready"] img').count(), { timeout: 30_000 }).toBe(3);
      const size = await preview.locator('[data-testid="card-preview"] img').first().evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight, img.src.slice(0, 5)]);
      expect(size).toEqual([1080, 1350, 'blob:']);
      await shot(page, '03-card-news-editor');

      found.cardSlug = await publish(page, 'cardNews');
      await shot(page, '04-published');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }

    const file = readFileSync(fileOf('card-news', found.cardSlug!), 'utf8');
    for (const text of Object.values(CARD)) expect(file).toContain(text);
    expect(file).toMatch(/^date: '?2026-11-24'?$/m);
    expect(file).toMatch(/^category: 육아지원$/m);
    expect(file.match(/kind: (cover|text|closing)/g)).toEqual(['kind: cover', 'kind: text', 'kind: closing']);
  }, 180_000);

  it('creates a programme whose KST start and end are written exactly as typed', async () => {
    const { page, close } = await openAdmin(browser, sandbox, inject('baseUrl'), '#/collections/programs/new');
    try {
      await typeInto(page, '제목', PROGRAM.title);
      await pick(page, '분류', '런치노동법');
      await (await fieldByLabel(page, '시작')).fill(PROGRAM.start);
      await (await fieldByLabel(page, '끝')).fill(PROGRAM.end);
      await pick(page, '방식', 'online');
      await typeInto(page, '온라인 플랫폼', 'ZOOM');
      await typeInto(page, '대상', PROGRAM.audience);
      await typeInto(page, '요약', PROGRAM.summary);
      await typeInto(page, '소개', PROGRAM.body);
      await expect.poll(() => page.frameLocator('iframe').first().getByTestId('program-when').innerText()).toContain('12:00–13:00');
      await shot(page, '05-program-editor');
      found.programSlug = await publish(page, 'programs');
    } finally {
      await close();
    }
    const file = readFileSync(fileOf('programs', found.programSlug!), 'utf8');
    expect(file).toMatch(/^start: '?2026-12-10T12:00'?$/m);
    expect(file).toMatch(/^end: '?2026-12-10T13:00'?$/m);
    for (const text of [PROGRAM.title, PROGRAM.audience, PROGRAM.summary, PROGRAM.body]) expect(file).toContain(text);
  }, 180_000);

  it('builds both into pages, with one image per card', () => {
    execFileSync('npm', ['run', 'build'], { cwd: sandbox.dir, env: { ...process.env, SITE_TODAY: E2E_TODAY }, stdio: 'pipe' });
    const dist = staticDirOf(path.join(sandbox.dir, 'dist'));
    const cardPage = readFileSync(path.join(dist, 'card-news', found.cardSlug!, 'index.html'), 'utf8');
    expect(cardPage).toContain(CARD.title);
    const images = readdirSync(path.join(dist, 'card-news', found.cardSlug!)).filter((name) => name.endsWith('.png'));
    expect(images.sort()).toEqual([1, 2, 3].map((n) => `${found.cardSlug}-0${n}.png`));
    const programPage = readFileSync(path.join(dist, 'programs', found.programSlug!, 'index.html'), 'utf8');
    expect(programPage).toContain(PROGRAM.title);
    expect(programPage).toContain('12:00');
  }, 300_000);

  it('edits the programme in a browser on New York time: the KST time does not move', async () => {
    const { page, close } = await openAdmin(browser, sandbox, inject('baseUrl'), `#/collections/programs/entries/${found.programSlug}`, { timezoneId: 'America/New_York' });
    try {
      await expect.poll(async () => (await fieldByLabel(page, '시작')).inputValue()).toBe(PROGRAM.start);
      await typeInto(page, '대상', `${PROGRAM.audience} 누구나`);
      await publish(page, 'programs');
    } finally {
      await close();
    }
    const file = readFileSync(fileOf('programs', found.programSlug!), 'utf8');
    expect(file).toContain(`${PROGRAM.audience} 누구나`);
    expect(file).toMatch(/^start: '?2026-12-10T12:00'?$/m);
    expect(file).toMatch(/^end: '?2026-12-10T13:00'?$/m);
  });

  it('edits the card-news issue, then deletes both entries', async () => {
    const { page, close } = await openAdmin(browser, sandbox, inject('baseUrl'), `#/collections/cardNews/entries/${found.cardSlug}`);
    try {
      await typeInto(page, '제목', '육아휴직 신청 순서');
      await publish(page, 'cardNews');
      expect(readFileSync(fileOf('card-news', found.cardSlug!), 'utf8')).toMatch(/^title: 육아휴직 신청 순서$/m);
      await deleteEntry(page);
    } finally {
      await close();
    }
    expect(existsSync(fileOf('card-news', found.cardSlug!))).toBe(false);

    const program = await openAdmin(browser, sandbox, inject('baseUrl'), `#/collections/programs/entries/${found.programSlug}`);
    try {
      await deleteEntry(program.page);
    } finally {
      await program.close();
    }
    expect(existsSync(fileOf('programs', found.programSlug!))).toBe(false);
  }, 120_000);
});
