/**
 * The plain-text version of the email edition (email.txt), for mailing services that send a text part
 * and readers whose mail app shows no HTML. Same content and footer as the HTML email.
 */
import { absoluteUrl } from '../urls';
import { markdownToPlainText } from './markdown';
import { newsletterIssueLine, newsletterWebUrl, type NewsletterEmailInput } from './email';

const RULE = '──────────────────────────────';

export function renderNewsletterText(input: NewsletterEmailInput): string {
  const { site, newsletter } = input;
  const parts: string[] = [
    newsletterIssueLine(site, newsletter),
    newsletter.title,
    newsletter.summary,
    `웹에서 보기: ${newsletterWebUrl(site.url, input.slug)}`,
  ];
  if (input.letter.trim()) parts.push(markdownToPlainText(input.letter, site.url));

  for (const section of input.sections) {
    const lines = [RULE, `■ ${section.title}`, ''];
    if (section.body.trim()) lines.push(markdownToPlainText(section.body, site.url), '');
    for (const card of section.cards) {
      lines.push(`[${card.label}] ${card.title}`, `  ${card.when}`, `  ${card.summary}`, `  ${absoluteUrl(card.href, site.url)}`, '');
    }
    parts.push(lines.join('\n').trimEnd());
  }

  parts.push(
    [
      RULE,
      site.name,
      `${site.address}${site.addressDetail ? ` ${site.addressDetail}` : ''}`,
      `전화 ${site.phone}${site.email ? ` · 이메일 ${site.email}` : ''}`,
      site.hours,
      '',
      site.newsletter.reason,
      `수신거부: ${site.newsletter.unsubscribePlaceholder}`,
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}
