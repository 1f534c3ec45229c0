/**
 * Newsletter sections embed card news and programmes by slug. This turns those slugs into the
 * cards the web page, the email and the plain text show, and stops the build when a slug points at nothing.
 */
import { cardNewsPath, programPath } from '../../lib/urls';
import type { Newsletter } from '../../schemas/newsletter';
import { ContentError, describePath } from '../../loaders/content-errors';
import { formatKoreanDate, formatKoreanRange } from '../dates/seoul-time';

/** What a newsletter needs to know about a published card-news issue. */
export interface CardNewsSummary {
  slug: string;
  title: string;
  date: string;
  summary: string;
  category: string;
}

/** What a newsletter needs to know about a programme. */
export interface ProgramSummary {
  slug: string;
  title: string;
  start: string;
  end: string;
  summary: string;
  category: string;
}

/** One embedded reference, ready to show as a linked card. */
export interface NewsletterCard {
  kind: 'cardNews' | 'program';
  slug: string;
  /** 카드뉴스 or 프로그램, plus the category: shown above the title. */
  label: string;
  title: string;
  /** The date line: publish date of card news, or when the programme takes place. */
  when: string;
  summary: string;
  /** Root-relative address of the page, e.g. /card-news/2026-11-parental-leave/ */
  href: string;
}

export interface ResolvedSection {
  title: string;
  /** Markdown. */
  body: string;
  cards: NewsletterCard[];
}

export interface ReferenceCatalog {
  cardNews: readonly CardNewsSummary[];
  programs: readonly ProgramSummary[];
}

const cardNewsCard = (c: CardNewsSummary): NewsletterCard => ({
  kind: 'cardNews',
  slug: c.slug,
  label: `카드뉴스 · ${c.category}`,
  title: c.title,
  when: formatKoreanDate(c.date),
  summary: c.summary,
  href: cardNewsPath(c.slug),
});

const programCard = (p: ProgramSummary): NewsletterCard => ({
  kind: 'program',
  slug: p.slug,
  label: `프로그램 · ${p.category}`,
  title: p.title,
  when: formatKoreanRange(p.start, p.end),
  summary: p.summary,
  href: programPath(p.slug),
});

/**
 * The sections with their references turned into cards, in the order staff listed them.
 * Throws one ContentError for `file` listing every missing slug (section and field named), so
 * a newsletter never links to a page that does not exist.
 */
export function resolveNewsletterSections(file: string, newsletter: Pick<Newsletter, 'sections'>, catalog: ReferenceCatalog): ResolvedSection[] {
  const cardNews = new Map(catalog.cardNews.map((c) => [c.slug, c]));
  const programs = new Map(catalog.programs.map((p) => [p.slug, p]));
  const problems: string[] = [];

  const sections = newsletter.sections.map((section, index) => {
    const cards: NewsletterCard[] = [];
    const where = (field: string, i: number) => `'${describePath(['sections', index, field, i])}' 필드 (섹션 '${section.title}')`;
    section.cardNews.forEach((slug, i) => {
      const found = cardNews.get(slug);
      if (found) cards.push(cardNewsCard(found));
      else problems.push(`${where('cardNews', i)}: 카드뉴스 '${slug}'이(가) 없거나 아직 초안입니다. content/card-news/${slug}.md의 파일 이름과 철자를 확인하세요.`);
    });
    section.programs.forEach((slug, i) => {
      const found = programs.get(slug);
      if (found) cards.push(programCard(found));
      else problems.push(`${where('programs', i)}: 프로그램 '${slug}'이(가) 없습니다. content/programs/${slug}.md의 파일 이름과 철자를 확인하세요.`);
    });
    return { title: section.title, body: section.body, cards };
  });

  if (problems.length) throw new ContentError(file, problems);
  return sections;
}
