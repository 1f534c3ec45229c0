/**
 * The bad-content suite for every content type and every data file (the basic kinds are in
 * content-validation.test.ts). Each case takes a real, valid file from content/, breaks one field the
 * way staff might, and expects exactly one readable line naming the file and that field.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from './support/content-errors';
import type { z } from 'zod';
import { stringify } from 'yaml';
import { parseMarkdownFile, parseYaml } from '../../src/loaders/content-errors';
import { loadDataFile, loadMarkdownCollection } from '../../src/loaders/content-files';
import { dataFiles, markdownCollections } from '../../src/loaders/content-model';

type Data = Record<string, any>;
type CollectionName = keyof ReturnType<typeof markdownCollections>;
type DataFileName = keyof typeof dataFiles;

const realRoot = process.cwd();
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
  cpSync(path.join(realRoot, 'content/data'), path.join(root, 'content/data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));


/** Exactly one problem line, for this file and field, saying what to do. */
function expectOneProblem(message: string, file: string, field: string, hint: RegExp) {
  const lines = message.split('\n').slice(1);
  expect(lines, message).toHaveLength(1);
  expect(lines[0].startsWith(`${file}: '${field}' 필드`), lines[0]).toBe(true);
  expect(lines[0]).toMatch(hint);
}

/** Copies the first real file of a collection with its front matter changed, then loads it. */
function breakMarkdown(collection: CollectionName, change: (data: Data) => void) {
  const { dir } = markdownCollections(realRoot)[collection];
  const name = readdirSync(path.join(realRoot, dir)).filter((f) => f.endsWith('.md')).sort()[0];
  const file = `${dir}/${name}`;
  const { data, body } = parseMarkdownFile(readFileSync(path.join(realRoot, file), 'utf8'), file);
  change(data);
  mkdirSync(path.join(root, dir), { recursive: true });
  writeFileSync(path.join(root, file), `---\n${stringify(data)}---\n${body}`);
  const options: { dir: string; schema: z.ZodType } = markdownCollections(root)[collection];
  const message = errorOf(() => loadMarkdownCollection({ root, ...options, publicDir: path.join(realRoot, 'public') }));
  return { file, message };
}

/** Writes a real data file with one change, then loads it. */
function breakDataFile(name: DataFileName, change: (data: any) => void) {
  const { file, schema } = dataFiles[name];
  const data = parseYaml(readFileSync(path.join(realRoot, file), 'utf8'), file);
  change(data);
  writeFileSync(path.join(root, file), stringify(data));
  return { file, message: errorOf(() => loadDataFile(root, file, schema)) };
}

describe('card news', () => {
  it('a list card with a single item', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.slides[1] = { kind: 'list', heading: '신청 방법', items: ['회사에 신청서 내기'] }));
    expectOneProblem(message, file, 'slides › 2번째 › items', /2개 이상/);
  });

  it('a card kind that has no template', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.slides[1] = { kind: 'video', heading: '영상' }));
    expectOneProblem(message, file, 'slides › 2번째 › kind', /cover, text, list, qa, closing/);
  });

  it('a publish date with a time', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.date = '2026-09-01T10:00'));
    expectOneProblem(message, file, 'date', /시각 없이 날짜만/);
  });

  it('more than ten cards', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.slides = Array.from({ length: 11 }, () => ({ kind: 'cover', title: '표지' }))));
    expectOneProblem(message, file, 'slides', /10장까지/);
  });

  it('a correction dated before the issue', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.corrections = [{ date: '2026-08-01', text: '사용 기간이 바뀌었습니다.', link: '/guide/spouse-leave/' }]));
    expectOneProblem(message, file, 'corrections › 1번째 › date', /발행일\(2026-09-01\)보다 앞섭니다/);
  });

  it('a correction linking outside the site', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.corrections = [{ date: '2026-12-01', text: '사용 기간이 바뀌었습니다.', link: 'guide/spouse-leave/' }]));
    expectOneProblem(message, file, 'corrections › 1번째 › link', /'\/'로 시작하는 사이트 안 주소/);
  });

  it('a correction without its text', () => {
    const { file, message } = breakMarkdown('cardNews', (d) => (d.corrections = [{ date: '2026-12-01', link: '/guide/spouse-leave/' }]));
    expectOneProblem(message, file, 'corrections › 1번째 › text', /없습니다/);
  });
});

describe('newsletters', () => {
  it('an issue number written in words', () => {
    const { file, message } = breakMarkdown('newsletters', (d) => (d.number = '제1호'));
    expectOneProblem(message, file, 'number', /숫자로 쓰세요/);
  });

  it('no sections', () => {
    const { file, message } = breakMarkdown('newsletters', (d) => (d.sections = []));
    expectOneProblem(message, file, 'sections', /하나 이상/);
  });

  it('a cover image that is not an image', () => {
    const { file, message } = breakMarkdown('newsletters', (d) => (d.image = '/uploads/november.pdf'));
    expectOneProblem(message, file, 'image', /이미지 확장자/);
  });

  it('a correction date with a time', () => {
    const { file, message } = breakMarkdown('newsletters', (d) => (d.corrections = [{ date: '2026-12-01T10:00', text: '조항을 바로잡습니다.', link: '/guide/protection-remedies/' }]));
    expectOneProblem(message, file, 'corrections › 1번째 › date', /시각 없이 날짜만/);
  });

  it('corrections written as one sentence instead of a list', () => {
    const { file, message } = breakMarkdown('newsletters', (d) => (d.corrections = '2026년 12월 1일 정정'));
    expectOneProblem(message, file, 'corrections', /정정 안내 목록/);
  });

  it('a correction field that does not exist', () => {
    const { file, message } = breakMarkdown('newsletters', (d) => (d.corrections = [{ date: '2026-12-01', text: '조항을 바로잡습니다.', link: '/guide/protection-remedies/', url: '/x/' }]));
    expectOneProblem(message, file, 'corrections › 1번째', /알 수 없는 필드 'url'/);
  });
});

describe('guide chapters', () => {
  it('an order of 0', () => {
    const { file, message } = breakMarkdown('guide', (d) => (d.order = 0));
    expectOneProblem(message, file, 'order', /1부터/);
  });

  it('a source address without https://', () => {
    const { file, message } = breakMarkdown('guide', (d) => (d.sources[0].url = 'www.law.go.kr'));
    expectOneProblem(message, file, 'sources › 1번째 › url', /https:\/\/로 시작하는 전체 주소/);
  });

  it('a review date in the 13th month', () => {
    const { file, message } = breakMarkdown('guide', (d) => (d.reviewedAt = '2026-13-01'));
    expectOneProblem(message, file, 'reviewedAt', /13/);
  });

  it('no legal basis', () => {
    const { file, message } = breakMarkdown('guide', (d) => (d.legalBasis = []));
    expectOneProblem(message, file, 'legalBasis', /하나 이상/);
  });
});

describe('programmes', () => {
  it('a place type that does not exist', () => {
    const { file, message } = breakMarkdown('programs', (d) => (d.location = { type: 'zoom', platform: 'ZOOM' }));
    expectOneProblem(message, file, 'location › type', /'online' 또는 'place'/);
  });

  it('a registration deadline before it opens', () => {
    const { file, message } = breakMarkdown('programs', (d) => (d.registration = { opensAt: '2021-01-10T09:00', deadline: '2021-01-05T18:00' }));
    expectOneProblem(message, file, 'registration › deadline', /앞섭니다/);
  });

  it('a status the dates decide', () => {
    const { file, message } = breakMarkdown('programs', (d) => (d.status = '모집 중'));
    expectOneProblem(message, file, 'status', /'마감' 또는 '취소'/);
  });

  it('a negative fee', () => {
    const { file, message } = breakMarkdown('programs', (d) => (d.fee = -1000));
    expectOneProblem(message, file, 'fee', /0원 이상/);
  });

  it('a capacity of 0', () => {
    const { file, message } = breakMarkdown('programs', (d) => (d.capacity = 0));
    expectOneProblem(message, file, 'capacity', /1명 이상/);
  });
});

describe('free pages', () => {
  it('no update date', () => {
    const { file, message } = breakMarkdown('pages', (d) => delete d.updatedAt);
    expectOneProblem(message, file, 'updatedAt', /없습니다/);
  });

  it('an empty description', () => {
    const { file, message } = breakMarkdown('pages', (d) => (d.description = '  '));
    expectOneProblem(message, file, 'description', /비어 있습니다/);
  });
});

describe('data files', () => {
  it('site.yaml: a brand colour by name', () => {
    const { file, message } = breakDataFile('site', (d) => (d.brand.primary = 'blue'));
    expectOneProblem(message, file, 'brand › primary', /#1a4d8f처럼/);
  });

  it('site.yaml: a counselling channel without its detail', () => {
    const { file, message } = breakDataFile('site', (d) => delete d.counsellingChannels[0].detail);
    expectOneProblem(message, file, 'counsellingChannels › 1번째 › detail', /없습니다/);
  });

  it('program-categories.yaml: the same category twice', () => {
    const { file, message } = breakDataFile('programCategories', (d) => d.push({ ...d[0] }));
    expect(message).toContain(`${file}: '`);
    expect(message.split('\n').slice(1).every((line) => /두 번 나옵니다/.test(line))).toBe(true);
  });

  it('card-news-categories.yaml: a slug with capitals and spaces', () => {
    const { file, message } = breakDataFile('cardNewsCategories', (d) => (d[0].slug = 'Maternity Protection'));
    expectOneProblem(message, file, '1번째 › slug', /영문 소문자/);
  });

  it('performance-2021.yaml: a chart kind the site cannot draw', () => {
    const { file, message } = breakDataFile('performance2021', (d) => (d.charts[0].kind = 'pie'));
    expectOneProblem(message, file, 'charts › 1번째 › kind', /'bar', 'column'/);
  });

  it('glossary.yaml: a link outside the site', () => {
    const { file, message } = breakDataFile('glossary', (d) => (d[0].link = 'guide/parental-leave/'));
    expectOneProblem(message, file, '1번째 › link', /'\/'로 시작하는/);
  });

  it('benefit-rules.yaml: a unit the calculators do not know', () => {
    const { file, message } = breakDataFile('benefitRules', (d) => (d.rules[0].unit = '달러'));
    expectOneProblem(message, file, 'rules › 1번째 › unit', /단위\(unit\)는/);
  });

  it('benefit-rules.yaml: a rule id with a typo', () => {
    const { file, message } = breakDataFile('benefitRules', (d) => (d.rules[0].id = 'pregnancyReducedHour.earlyUntilWeek'));
    expectOneProblem(message, file, 'rules › 1번째 › id', /규칙 id가 아닙니다/);
  });

  it('leave-letters.yaml: a placeholder the letter does not have', () => {
    const { file, message } = breakDataFile('leaveLetters', (d) => (d.letters[1].coveringLetter += '\n{휴가시작일}부터 쉽니다.'));
    expectOneProblem(message, file, 'letters › 2번째 › coveringLetter', /\{휴가시작일\}은\(는\) 이 서식에서 쓸 수 없는 자리표시입니다. 쓸 수 있는 것: .*\{휴직시작일\}/);
  });

  it('leave-letters.yaml: a form row with a misspelt placeholder', () => {
    const { file, message } = breakDataFile('leaveLetters', (d) => (d.letters[2].fields[5].value = '{단축 시작일}'));
    expectOneProblem(message, file, 'letters › 3번째 › fields › 6번째 › value', /\{단축 시작일\}은\(는\) 이 서식에서 쓸 수 없는/);
  });

  it('leave-letters.yaml: a letter deleted', () => {
    const { file, message } = breakDataFile('leaveLetters', (d) => d.letters.splice(0, 1));
    expectOneProblem(message, file, 'letters', /서식 maternityLeave이\(가\) 0개 있습니다/);
  });
});

describe('coverage', () => {
  it('has cases for every collection and every data file in the content model', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    for (const name of Object.keys(markdownCollections(realRoot))) expect(source, name).toContain(`breakMarkdown('${name}'`);
    for (const name of Object.keys(dataFiles)) expect(source, name).toContain(`breakDataFile('${name}'`);
  });
});
