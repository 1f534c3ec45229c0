/**
 * The benchmark's synthetic content tree: ten years of the centre's work, written in Korean reused
 * from the real content/ and varied deterministically (same seed, same corpus). The real files are
 * kept too, so the site's own links (to guide chapters, pages) still resolve; synthetic files fill
 * each collection up to its target size.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseIssueText } from '../../src/cards/issue-text';
import { parseMarkdownFile } from '../../src/loaders/content-errors';

export interface CorpusSize {
  cardNews: number;
  slidesPerIssue: number;
  newsletters: number;
  programs: number;
  guideChapters: number;
}

export const FULL: CorpusSize = { cardNews: 520, slidesPerIssue: 6, newsletters: 120, programs: 600, guideChapters: 30 };
/** Small, but with synthetic files of every kind on top of the real ones. */
export const QUICK: CorpusSize = { cardNews: 16, slidesPerIssue: 6, newsletters: 5, programs: 36, guideChapters: 10 };

type Data = Record<string, any>;
interface Source {
  name: string;
  data: Data;
  body: string;
}

/** A small seeded generator (mulberry32), so every run builds the same corpus. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return { next, pick };
}

function readCollection(root: string, dir: string): Source[] {
  const folder = path.join(root, 'content', dir);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { data, body } = parseMarkdownFile(readFileSync(path.join(folder, name), 'utf8'), name);
      return { name, data, body };
    });
}

/** Sentences of the real Markdown bodies, for varied text of realistic length. */
function sentencesOf(sources: Source[]): string[] {
  const text = sources.map((s) => s.body.replace(/[#*>`_[\]()|-]/g, ' ')).join('\n');
  return [...new Set(text.split(/(?<=[.다요])\s+|\n+/).map((s) => s.replace(/\s+/g, ' ').trim()))].filter((s) => s.length >= 15 && s.length <= 90 && /[가-힣]/.test(s));
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The date `weeks` weeks after 2017-01-02 (a Monday), as written in Korea. */
function weeksAfterStart(weeks: number): string {
  const date = new Date(Date.UTC(2017, 0, 2 + weeks * 7));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Slides as the issue text staff write (src/cards/issue-text.ts): `#` cover, `##` cards, kind words, lists. */
function issueText(slides: Data[]): string {
  return slides
    .map((slide) => {
      if (slide.kind === 'cover') return `# ${slide.title}\n\n${slide.subtitle ?? ''}`;
      if (slide.kind === 'list') return `## ${slide.heading}\n\n${(slide.items as string[]).map((item, n) => `${slide.ordered ? `${n + 1}.` : '-'} ${item}`).join('\n')}`;
      if (slide.kind === 'qa') return `## 질문: ${slide.question}\n\n${slide.answer}`;
      if (slide.kind === 'closing') return `## 마무리: ${slide.heading}\n\n${slide.body ?? ''}`;
      return `## ${slide.heading}\n\n${String(slide.body).split('\n').join('\n\n')}`;
    })
    .join('\n\n');
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function write(root: string, dir: string, slug: string, data: Data, body: string) {
  writeFileSync(path.join(root, 'content', dir, `${slug}.md`), `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`);
}

/** Writes the corpus under `target`/content and returns the slugs of the synthetic card-news issues. */
export function generateCorpus(projectRoot: string, target: string, size: CorpusSize): { cardNewsSlugs: string[] } {
  cpSync(path.join(projectRoot, 'content'), path.join(target, 'content'), { recursive: true });
  const { pick, next } = random(20170915);
  const real = {
    cardNews: readCollection(projectRoot, 'card-news'),
    newsletters: readCollection(projectRoot, 'newsletters'),
    programs: readCollection(projectRoot, 'programs'),
    guide: readCollection(projectRoot, 'guide'),
  };
  const sentences = sentencesOf([...real.cardNews, ...real.guide, ...real.programs, ...real.newsletters]);
  const slides = real.cardNews.flatMap((s) => parseIssueText(s.body).slides as Data[]);
  const slidesOf = (kind: string) => slides.filter((s) => s.kind === kind);
  const paragraph = (count: number) => Array.from({ length: count }, () => pick(sentences)).join(' ');
  const markdownBody = (sections: number) =>
    Array.from({ length: sections }, () => `## ${clip(pick(sentences), 28)}\n\n${paragraph(3)}\n\n- ${clip(pick(sentences), 40)}\n- ${clip(pick(sentences), 40)}\n\n${paragraph(2)}`).join('\n\n');

  // Card news: one issue a week for ten years; texts kept within the card templates' lengths.
  const cardNewsSlugs: string[] = [];
  for (let i = 0; i < size.cardNews - real.cardNews.length; i++) {
    const base = real.cardNews[i % real.cardNews.length].data;
    const date = weeksAfterStart(i);
    const slug = `${date}-bench-${i}`;
    const middle = Array.from({ length: size.slidesPerIssue - 2 }, (_, n) => {
      const kind = ['text', 'list', 'qa', 'text'][n % 4];
      if (kind === 'text') return { kind, heading: clip(pick(slidesOf('text')).heading, 16), body: clip(`${pick(sentences)} ${pick(sentences)}`, 100) };
      if (kind === 'list') return { kind, heading: clip(pick(slidesOf('list')).heading, 18), ordered: next() < 0.5, items: [0, 1, 2, 3].map(() => clip(pick(sentences), 22)) };
      return { kind, question: clip(pick(sentences).replace(/[.다]$/, '') + '?', 36), answer: clip(`${pick(sentences)} ${pick(sentences)}`, 100) };
    });
    const data = {
      title: `${clip(base.title, 24)} (${i + 1})`,
      date,
      category: base.category,
      tags: base.tags ?? [],
      summary: clip(`${pick(sentences)} ${pick(sentences)}`, 120),
    };
    const cards = [{ kind: 'cover', title: clip(pick(slidesOf('cover')).title, 20) + ` ${i + 1}`, subtitle: clip(pick(sentences), 24) }, ...middle, { ...pick(slidesOf('closing')) }];
    // Written as staff write an issue: the cards, then more text for the page only.
    write(target, 'card-news', slug, data, `${issueText(cards)}\n\n${markdownBody(2).replace(/^## /gm, '### ')}`);
    cardNewsSlugs.push(slug);
  }

  // Programmes: spread over ten years, a few a week.
  const programSlugs: string[] = [];
  for (let i = 0; i < size.programs - real.programs.length; i++) {
    const { data: base } = real.programs[i % real.programs.length];
    const day = weeksAfterStart(Math.floor((i * 520) / Math.max(1, size.programs)));
    const slug = `${day}-bench-program-${i}`;
    const data: Data = { ...base, title: `${clip(base.title, 30)} ${i + 1}회`, start: `${day}T12:00`, end: `${day}T13:00`, allDay: false, summary: clip(pick(sentences), 90) };
    delete data.registration;
    delete data.status;
    write(target, 'programs', slug, data, markdownBody(2));
    programSlugs.push(slug);
  }

  // Newsletters: one a month, each linking the month's issues and programmes.
  const numbers = real.newsletters.map((s) => Number(s.data.number));
  for (let i = 0; i < size.newsletters - real.newsletters.length; i++) {
    const { data: base } = real.newsletters[i % real.newsletters.length];
    const date = `${2017 + Math.floor(i / 12)}-${pad((i % 12) + 1)}-01`;
    const data: Data = {
      ...base,
      number: Math.max(0, ...numbers) + i + 1,
      date,
      title: `${date.slice(0, 7)} 소식 — ${clip(pick(sentences), 30)}`,
      summary: clip(paragraph(2), 140),
      sections: [
        { title: '이달의 소식', body: paragraph(4) },
        { title: '노동법 Q&A', body: `**Q. ${clip(pick(sentences), 50)}**\n\nA. ${paragraph(3)}` },
        { title: '이달의 카드뉴스', body: paragraph(1), cardNews: cardNewsSlugs.slice(i * 4, i * 4 + 4) },
        { title: '프로그램', body: paragraph(1), programs: programSlugs.slice(i * 5, i * 5 + 2) },
      ],
    };
    delete data.image;
    delete data.imageAlt;
    write(target, 'newsletters', `${date.slice(0, 7)}-bench`, data, paragraph(5));
  }

  // Guide chapters after the real ones.
  for (let i = 0; i < size.guideChapters - real.guide.length; i++) {
    const { data: base, body } = real.guide[i % real.guide.length];
    const data = { ...base, order: real.guide.length + i + 1, title: `${base.title} (사례 ${i + 1})` };
    write(target, 'guide', `bench-chapter-${i + 1}`, data, `${body}\n\n## 더 알아보기\n\n${paragraph(6)}`);
  }
  mkdirSync(path.join(target, 'content', 'pages'), { recursive: true });
  return { cardNewsSlugs };
}
