/** DOM for one search result on /search/. Builds nodes; never parses HTML into the page. */
import { markWords } from '../lib/search/korean-search';
import { formatKoreanDate } from '../lib/dates/seoul-time';
import type { SearchResult } from './search-engine';

/** Pagefind's excerpt as plain text, plus the words it marked. */
function readExcerpt(excerpt: string): { text: string; marked: string[] } {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const marked = [...doc.querySelectorAll('mark')].map((m) => m.textContent ?? '');
  return { text: doc.body.textContent ?? '', marked };
}

/** A text node or a <mark> for every piece, so the matched words are highlighted. */
export function highlighted(text: string, words: readonly string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of markWords(text, words)) {
    if (!piece.marked) fragment.append(piece.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      fragment.append(mark);
    }
  }
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function isDate(text: string | undefined): text is string {
  return !!text && /^\d{4}-\d{2}-\d{2}$/.test(text);
}

/** <li> with the title link, type, date, excerpt and the sections that matched. */
export function renderResult(result: SearchResult, highlights: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a');
  link.href = result.url;
  link.append(highlighted(result.title, highlights));
  heading.append(link);

  const meta = element('p', 'search-result-meta meta');
  if (result.type) meta.append(element('span', 'badge', result.type));
  if (isDate(result.date)) {
    const time = element('time', undefined, formatKoreanDate(result.date));
    time.dateTime = result.date;
    meta.append(' ', time);
  }

  const excerpt = readExcerpt(result.excerpt);
  const words = [...highlights, ...excerpt.marked];
  const text = element('p', 'search-result-excerpt');
  text.append(highlighted(excerpt.text, words));
  item.append(heading, meta, text);

  if (result.sections.length) {
    const sections = element('ul', 'search-result-sections');
    sections.setAttribute('aria-label', `${result.title}에서 찾은 부분`);
    for (const section of result.sections) {
      const li = element('li');
      const a = element('a');
      a.href = section.url;
      a.append(highlighted(section.title, words));
      const sectionExcerpt = readExcerpt(section.excerpt);
      const p = element('p', 'search-result-excerpt');
      p.append(highlighted(sectionExcerpt.text, [...words, ...sectionExcerpt.marked]));
      li.append(a, p);
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}
