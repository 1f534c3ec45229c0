/**
 * Bad content must stop with one readable sentence naming the file and the field.
 * Each case writes a small content tree to a temp folder and loads it like the build does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from './support/content-errors';
import type { z } from 'zod';
import { loadDataFile, loadMarkdownCollection } from '../../src/loaders/content-files';
import { dataFiles, markdownCollections } from '../../src/loaders/content-model';

let root: string;

function write(file: string, text: string) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

const categories = `- name: 런치노동법\n  slug: lunch-labour-law\n- name: 자녀돌봄\n  slug: childcare\n`;
const cardCategories = `- name: 모성보호\n  slug: maternity-protection\n`;

const goodProgram = {
  title: '알자! 런치노동법 10월',
  category: '런치노동법',
  start: '2021-10-21T12:00',
  end: '2021-10-21T13:00',
  location: '\n  type: online\n  platform: ZOOM',
  audience: '직장맘·직장대디',
  summary: '점심시간에 듣는 노동법 강의',
};

function programFile(overrides: Record<string, string | undefined> = {}) {
  const fields = { ...goodProgram, ...overrides };
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n본문\n`;
}

const goodCardNews = (body: string) => `---
title: 출산전후휴가 알아보기
date: 2026-09-01
category: 모성보호
summary: 출산전후휴가의 기간과 급여
---

${body}
`;


function collections() {
  return markdownCollections(root);
}
const loadPrograms = () => loadMarkdownCollection({ root, ...collections().programs });
const loadCardNews = () => loadMarkdownCollection({ root, ...collections().cardNews });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'content-'));
  write('content/data/program-categories.yaml', categories);
  write('content/data/card-news-categories.yaml', cardCategories);
  mkdirSync(path.join(root, 'public'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('good content loads', () => {
  it('keeps dates as written and derives the slug from the file name', () => {
    write('content/programs/2021-10-lunch.md', programFile());
    const [program] = loadPrograms();
    expect(program.slug).toBe('2021-10-lunch');
    expect(program.file).toBe('content/programs/2021-10-lunch.md');
    expect(program.data.start).toBe('2021-10-21T12:00');
    expect(program.data.fee).toBe(0);
    expect(program.body.trim()).toBe('본문');
  });
});

describe('bad content is refused with the file and the field', () => {
  it('1. a missing title', () => {
    write('content/programs/a.md', programFile({ title: undefined }));
    const message = errorOf(loadPrograms);
    expect(message).toContain('content/programs/a.md');
    expect(message).toMatch(/'title' 필드가 없습니다/);
  });

  it('2. an impossible date (2021-02-30), written unquoted as staff would', () => {
    write('content/programs/a.md', programFile({ start: '2021-02-30T12:00', end: '2021-03-01T13:00' }));
    const message = errorOf(loadPrograms);
    expect(message).toContain('content/programs/a.md');
    expect(message).toContain("'start' 필드");
    expect(message).toContain('2021년 2월에는 30일이 없습니다');
  });

  it('3. an end before the start', () => {
    write('content/programs/a.md', programFile({ start: '2021-10-21T12:00', end: '2021-10-21T11:00' }));
    const message = errorOf(loadPrograms);
    expect(message).toContain("content/programs/a.md: 'end' 필드");
    expect(message).toContain('앞섭니다');
  });

  it('4. an unknown category, listing the ones that exist', () => {
    write('content/programs/a.md', programFile({ category: '요가' }));
    const message = errorOf(loadPrograms);
    expect(message).toContain("'category' 필드: 알 수 없는 분류 '요가'");
    expect(message).toContain('런치노동법, 자녀돌봄');
    expect(message).toContain('content/data/program-categories.yaml');
  });

  it('5. an issue without cards', () => {
    write('content/card-news/a.md', goodCardNews(''));
    const message = errorOf(loadCardNews);
    expect(message).toContain("content/card-news/a.md: '본문' 필드");
    expect(message).toContain('카드가 하나도 없습니다');
  });

  it('6. broken YAML, with the line number', () => {
    write('content/programs/a.md', `---\ntitle: "따옴표가 안 닫힘\ncategory: 런치노동법\n---\n`);
    const message = errorOf(loadPrograms);
    expect(message).toContain('content/programs/a.md: YAML 문법 오류');
    expect(message).toMatch(/\d+번째 줄/);
  });

  it('7. a wrong type', () => {
    write('content/programs/a.md', programFile({ capacity: '많음' }));
    const message = errorOf(loadPrograms);
    expect(message).toContain("'capacity' 필드");
    expect(message).toContain('정원(capacity)은 숫자로 쓰세요');
  });

  it('8. a duplicate slug in two folders', () => {
    write('content/programs/2021/lunch.md', programFile());
    write('content/programs/2022/lunch.md', programFile());
    const message = errorOf(loadPrograms);
    expect(message).toContain("content/programs/2022/lunch.md: 주소(slug) 'lunch'가 content/programs/2021/lunch.md와 겹칩니다");
  });

  it('9. a missing image file', () => {
    write('content/programs/a.md', programFile({ image: '/uploads/poster.jpg' }));
    const message = errorOf(loadPrograms);
    expect(message).toContain("content/programs/a.md: 'image' 필드: 파일 /uploads/poster.jpg이(가) public/uploads/poster.jpg에 없습니다");
  });

  it('9b. an existing image file is accepted', () => {
    write('public/uploads/poster.jpg', 'jpeg');
    write('content/programs/a.md', programFile({ image: '/uploads/poster.jpg' }));
    expect(loadPrograms()).toHaveLength(1);
  });

  it('10. a URL without a scheme', () => {
    write('content/programs/a.md', programFile({ registration: '\n  url: www.example.org/apply' }));
    const message = errorOf(loadPrograms);
    expect(message).toContain("'registration › url' 필드");
    expect(message).toContain('https://로 시작하는 전체 주소');
  });

  it('11. a card without its text, named by its number and heading', () => {
    write('content/card-news/a.md', goodCardNews('# 표지\n\n## 기본은 90일\n\n## 마무리: 끝'));
    const message = errorOf(loadCardNews);
    expect(message).toContain("content/card-news/a.md: '본문 2번째 카드(## 기본은 90일)' 필드");
    expect(message).toContain('본문');
  });

  it('11b. cards written the old way, in the front matter', () => {
    write('content/card-news/a.md', goodCardNews('# 표지').replace('summary:', 'slides:\n  - kind: cover\n    title: 표지\nsummary:'));
    expect(errorOf(loadCardNews)).toContain("알 수 없는 필드 'slides'");
  });

  it('12. a file name that cannot be an address', () => {
    write('content/programs/런치 노동법.md', programFile());
    expect(errorOf(loadPrograms)).toContain('영문 소문자, 숫자, 하이픈만');
  });

  it('13. a bad data file (site settings with a malformed phone number)', () => {
    write('content/data/site.yaml', 'name: 센터\nphone: 023081220\n');
    const message = errorOf(() => loadDataFile(root, dataFiles.site.file, dataFiles.site.schema));
    expect(message).toContain("content/data/site.yaml: 'phone' 필드");
    expect(message).toContain('02-308-1220처럼');
  });

  it('reports every bad file at once, one line each, and loads nothing', () => {
    write('content/programs/a.md', programFile({ title: undefined }));
    write('content/programs/b.md', programFile({ category: '요가' }));
    write('content/programs/c.md', programFile());
    const message = errorOf(loadPrograms);
    expect(message).toContain('content/programs/a.md');
    expect(message).toContain('content/programs/b.md');
    expect(message).not.toContain('content/programs/c.md');
    expect(message.split('\n')[0]).toContain('문제가 2건');
  });
});

describe('the real content tree', () => {
  it('passes validation', () => {
    const realRoot = process.cwd();
    for (const { file, schema } of Object.values(dataFiles)) expect(() => loadDataFile(realRoot, file, schema)).not.toThrow();
    const collections: { dir: string; schema: z.ZodType }[] = Object.values(markdownCollections(realRoot));
    for (const collection of collections) {
      expect(() => loadMarkdownCollection({ root: realRoot, ...collection })).not.toThrow();
    }
  });
});
