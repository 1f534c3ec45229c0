/**
 * A card-news issue is written once, as Markdown (docs/staff-guide.md, 「카드뉴스 글 쓰는 법」):
 *
 *   # 표지 제목            → the cover; the paragraph under it is the subtitle
 *   ## 제목                → a text card (paragraphs) or a list card (`- 항목`, or `1. 항목` for numbered steps)
 *   ## 질문: …             → a question-and-answer card; the paragraph under it is the answer
 *   ## 숫자: 18개월         → a big-number card; the paragraph under it is the caption
 *   ## 마무리: …           → the closing card, with the centre's phone and hours drawn in
 *   ### 소제목             → from here to the next `##`: text for the web page only, not drawn on the card
 *
 * `**굵게**` marks emphasis. The cards are parsed from this text, and the page's text version is the same text
 * (issuePageMarkdown), so nothing is typed twice. Pure code: the build and the CMS preview parse alike.
 */
import { slideSchema, type Slide } from '../schemas/card-news';

export interface IssueTextProblem {
  /** 1-based card number, or 0 for the text as a whole. */
  card: number;
  message: string;
}

export interface ParsedIssueText {
  slides: Slide[];
  problems: IssueTextProblem[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;
/** `## 질문: …` and the like: the word before the colon picks the card kind. */
const KIND_PREFIX = /^(질문|숫자|마무리)\s*[:：]\s*(.*)$/;
const kindOfPrefix = { 질문: 'qa', 숫자: 'number', 마무리: 'closing' } as const;

interface Section {
  level: 1 | 2;
  heading: string;
  lines: string[];
}

/** The card sections of the text, each with its own lines up to its first `###` (the rest is for the page only). */
function cardSections(body: string): { sections: Section[]; problems: IssueTextProblem[] } {
  const sections: Section[] = [];
  const problems: IssueTextProblem[] = [];
  let pageOnly = false;
  for (const line of body.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading && heading[1].length <= 2) {
      const level = heading[1].length as 1 | 2;
      if (level === 1 && sections.length) problems.push({ card: sections.length + 1, message: `표지(# 제목)는 맨 처음에 한 번만 씁니다. '# ${heading[2]}'을(를) '## ${heading[2]}'로 바꾸세요.` });
      sections.push({ level, heading: heading[2], lines: [] });
      pageOnly = false;
    } else if (heading) {
      pageOnly = true;
    } else if (!sections.length) {
      if (line.trim()) problems.push({ card: 0, message: `첫 줄은 '# 표지 제목'이어야 합니다. '${line.trim().slice(0, 20)}' 앞에 표지 제목을 쓰세요.` });
    } else if (!pageOnly) {
      sections.at(-1)!.lines.push(line);
    }
  }
  if (sections[0] && sections[0].level !== 1) problems.push({ card: 1, message: `첫 카드는 표지입니다. '## ${sections[0].heading}'을(를) '# ${sections[0].heading}'로 바꾸세요.` });
  return { sections, problems };
}

/** Paragraphs (a blank line between them; a single line break is a space, as on the web page) and list items. */
function blocks(lines: string[]): { paragraphs: string[]; items: string[]; ordered: boolean } {
  const paragraphs: string[] = [];
  const items: string[] = [];
  let ordered = false;
  let open = false;
  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (!items.length) ordered = Boolean(item[2]);
      items.push(item[3].trim());
      open = false;
    } else if (!line.trim()) {
      open = false;
    } else if (open) {
      paragraphs[paragraphs.length - 1] += ` ${line.trim()}`;
    } else {
      paragraphs.push(line.trim());
      open = true;
    }
  }
  return { paragraphs, items, ordered };
}

/** One section as a slide (unchecked: the zod schema says what is missing). */
function slideOf(section: Section): Record<string, unknown> | string {
  const { paragraphs, items, ordered } = blocks(section.lines);
  const text = paragraphs.join('\n');
  if (section.lines.some((line) => /\]\(|<[a-z]/i.test(line))) return '카드 글에는 링크나 HTML을 쓸 수 없습니다. 링크는 ### 소제목 아래(누리집 글에만)에 쓰세요.';
  if (section.level === 1) return items.length ? '표지에는 목록을 쓸 수 없습니다.' : { kind: 'cover', title: section.heading, ...(text ? { subtitle: text } : {}) };
  const prefix = KIND_PREFIX.exec(section.heading);
  const kind = prefix ? kindOfPrefix[prefix[1] as keyof typeof kindOfPrefix] : items.length ? 'list' : 'text';
  if (kind !== 'list' && items.length) return `'${prefix?.[1]}' 카드에는 목록(- 항목)을 쓸 수 없습니다. 문장으로 쓰거나 목록 카드로 나누세요.`;
  if (kind === 'list' && paragraphs.length) return `목록 카드에는 목록(- 항목)만 씁니다. '${paragraphs[0].slice(0, 20)}'을(를) 지우거나 ### 소제목 아래로 옮기세요.`;
  const title = prefix ? prefix[2] : section.heading;
  switch (kind) {
    case 'qa':
      return { kind, question: title, answer: text };
    case 'number':
      return { kind, value: title, caption: text };
    case 'closing':
      return { kind, heading: title, ...(text ? { body: text } : {}) };
    case 'list':
      return { kind, heading: title, ordered, items };
    default:
      return { kind, heading: title, body: text };
  }
}

/** The cards of an issue's text, and one problem per card that cannot be drawn. */
export function parseIssueText(body: string): ParsedIssueText {
  const { sections, problems } = cardSections(body);
  const slides: Slide[] = [];
  sections.forEach((section, index) => {
    const card = index + 1;
    const candidate = slideOf(section);
    if (typeof candidate === 'string') return void problems.push({ card, message: candidate });
    const result = slideSchema.safeParse(candidate);
    if (result.success) slides.push(result.data);
    else problems.push(...result.error.issues.map((issue) => ({ card, message: issue.message })));
  });
  if (!sections.length) problems.push({ card: 0, message: '카드가 하나도 없습니다. 첫 줄에 # 표지 제목을 쓰고, 카드마다 ## 제목을 쓰세요.' });
  if (sections.length > 10) problems.push({ card: 11, message: `카드는 10장까지입니다(지금 ${sections.length}장). ## 카드를 줄이거나 두 호로 나누세요.` });
  return { slides, problems };
}

/** How a card is named to staff: its number and its heading as they typed it. */
export function describeCard(body: string, card: number): string {
  if (card === 0) return '본문';
  const heading = cardSections(body).sections[card - 1];
  return heading ? `본문 ${card}번째 카드(${'#'.repeat(heading.level)} ${heading.heading})` : `본문 ${card}번째 카드`;
}

export interface IssueContact {
  name: string;
  phone: string;
  hours: string;
}

/**
 * The page's text version: the same text, with headings placed under the page's 「글로 읽기」 (h2), the kind
 * words dropped from headings, and the closing card's phone and hours written out as the card draws them.
 */
export function issuePageMarkdown(body: string, contact: IssueContact): string {
  const out: string[] = [];
  let closing = false;
  const endClosing = () => {
    if (closing) out.push('', `상담 문의: ${contact.name} [${contact.phone}](tel:${contact.phone.replace(/\D/g, '')}) (${contact.hours})`, '');
    closing = false;
  };
  for (const line of body.split('\n')) {
    const heading = HEADING.exec(line);
    if (!heading) {
      out.push(line);
      continue;
    }
    const level = heading[1].length;
    if (level <= 2) endClosing();
    else if (closing) endClosing();
    const prefix = level === 2 ? KIND_PREFIX.exec(heading[2]) : null;
    closing = prefix?.[1] === '마무리';
    // The cover and every card are h3 under 「글로 읽기」 (h2); a page-only ### becomes h4, and so on.
    out.push(`${'#'.repeat(level <= 2 ? 3 : Math.min(6, level + 1))} ${prefix ? prefix[2] : heading[2]}`);
  }
  endClosing();
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
