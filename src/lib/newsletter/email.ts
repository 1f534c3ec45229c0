/**
 * The email edition of a newsletter issue: MJML in, mail-client-safe HTML out (600px tables, inline CSS,
 * absolute URLs, alt on every image, preheader, "웹에서 보기", footer with contacts, reason and unsubscribe).
 *
 * API (browser-safe: this module imports no Node APIs and no MJML build itself):
 *   newsletterEmailMjml(input)            → the MJML source, a string.
 *   renderNewsletterEmail(input, compile) → Promise<string>, the email HTML.
 *     `compile` is MJML's compiler: on the server `import mjml2html from 'mjml'`,
 *     in the browser (CMS preview) `import mjml2html from 'mjml-browser'`. MJML errors throw.
 *   newsletterWebUrl(siteUrl, slug)       → the absolute address of the issue's web page.
 *   newsletterSubject(site, newsletter)   → the subject line the service sends it with.
 * `input.sections` comes from resolveNewsletterSections() in ./newsletter-references.
 * The built site also serves every issue's result at /newsletters/<slug>/email.html.
 */
import type { Newsletter } from '../../schemas/newsletter';
import type { SiteSettings } from '../../schemas/site';
import { absoluteUrl, HOME, newsletterPath } from '../urls';
import { emailText, markdownToEmailHtml } from './markdown';
import type { ResolvedSection } from './references';
import { formatKoreanDate } from '../dates/seoul-time';
import { escapeHtml } from '../html/escape';

export interface NewsletterEmailInput {
  site: Pick<SiteSettings, 'name' | 'shortName' | 'url' | 'phone' | 'email' | 'address' | 'addressDetail' | 'hours' | 'brand' | 'newsletter'>;
  /** File name without .md: the issue's address. */
  slug: string;
  newsletter: Pick<Newsletter, 'number' | 'date' | 'title' | 'summary' | 'image' | 'imageAlt'>;
  /** The opening letter (the Markdown body of the file). */
  letter: string;
  sections: readonly ResolvedSection[];
}

/** MJML's compiler, `mjml` on the server or `mjml-browser` in the browser. */
export type MjmlCompile = (
  mjml: string,
  options: { validationLevel: 'strict'; fonts: Record<string, string>; keepComments: boolean },
) => MjmlResult | Promise<MjmlResult>;
interface MjmlResult {
  html: string;
  errors: { formattedMessage?: string; message?: string }[];
}

/** The email body width every mail client gets, in px. */
export const EMAIL_WIDTH = 600;
const GUTTER = 24;


/** Korean breaks between words, not inside them (MJML's cells use word-break:break-word). */
const keepWords = (html: string) => `<div style="word-break:keep-all;">${html}</div>`;

export function newsletterWebUrl(siteUrl: string, slug: string): string {
  return absoluteUrl(newsletterPath(slug), siteUrl);
}

/** The mail's subject: [서북권직장맘지원센터 뉴스레터 제3호] 육아휴직, 이렇게 바뀝니다 */
export function newsletterSubject(site: Pick<SiteSettings, 'shortName'>, newsletter: Pick<Newsletter, 'number' | 'title'>): string {
  return `[${site.shortName} 뉴스레터 제${newsletter.number}호] ${newsletter.title}`;
}

/** 서북권직장맘지원센터 뉴스레터 제3호 · 2026년 11월 2일(월) */
export function newsletterIssueLine(site: Pick<SiteSettings, 'shortName'>, newsletter: Pick<Newsletter, 'number' | 'date'>): string {
  return `${site.shortName} 뉴스레터 제${newsletter.number}호 · ${formatKoreanDate(newsletter.date)}`;
}

function sectionMjml(section: ResolvedSection, input: NewsletterEmailInput): string {
  const { site } = input;
  const heading = `<h2 style="margin:0 0 12px;padding-top:16px;border-top:3px solid ${site.brand.primary};font-size:21px;line-height:1.4;font-weight:700;color:${site.brand.primaryDark};">${escapeHtml(section.title)}</h2>`;
  const body = section.body.trim() ? markdownToEmailHtml(section.body, site.url) : '';
  const cards = section.cards.map(
    (card) => `
    <mj-section background-color="#ffffff" padding="0 ${GUTTER}px 12px">
      <mj-column border="1px solid ${emailText.border}" border-radius="8px" background-color="${site.brand.background}" padding="14px 16px">
        <mj-text padding="0">${keepWords(`
          <p style="margin:0 0 4px;font-size:14px;font-weight:700;color:${site.brand.accent};">${escapeHtml(card.label)}</p>
          <p style="margin:0 0 4px;font-size:18px;font-weight:700;line-height:1.45;"><a href="${escapeHtml(absoluteUrl(card.href, site.url))}" style="color:${site.brand.primary};text-decoration:underline;">${escapeHtml(card.title)}</a></p>
          <p style="margin:0 0 6px;font-size:14px;color:${emailText.muted};">${escapeHtml(card.when)}</p>
          <p style="margin:0;font-size:15px;">${escapeHtml(card.summary)}</p>`)}
        </mj-text>
      </mj-column>
    </mj-section>`,
  );
  return `
    <mj-section background-color="#ffffff" padding="8px ${GUTTER}px 4px">
      <mj-column>
        <mj-text padding="0">${keepWords(heading + body)}</mj-text>
      </mj-column>
    </mj-section>${cards.join('')}`;
}

/** The MJML source of the email edition. */
export function newsletterEmailMjml(input: NewsletterEmailInput): string {
  const { site, newsletter } = input;
  const webUrl = newsletterWebUrl(site.url, input.slug);
  const siteHome = absoluteUrl(HOME, site.url);
  const contacts = [
    `${escapeHtml(site.address)}${site.addressDetail ? ` ${escapeHtml(site.addressDetail)}` : ''}`,
    `전화 ${escapeHtml(site.phone)}${site.email ? ` · 이메일 <a href="mailto:${escapeHtml(site.email)}" style="color:${emailText.muted};">${escapeHtml(site.email)}</a>` : ''}`,
    escapeHtml(site.hours),
  ];
  const hero = newsletter.image
    ? `<mj-image src="${escapeHtml(absoluteUrl(newsletter.image, site.url))}" alt="${escapeHtml(newsletter.imageAlt || newsletter.title)}" padding="0" />`
    : '';

  return `<mjml lang="ko">
  <mj-head>
    <mj-title>${escapeHtml(newsletter.title)}</mj-title>
    <mj-preview>${escapeHtml(newsletter.summary)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="'Apple SD Gothic Neo', 'Malgun Gothic', '맑은 고딕', Pretendard, sans-serif" />
      <mj-text font-size="${emailText.fontSize}" line-height="${emailText.lineHeight}" color="${emailText.color}" />
    </mj-attributes>
  </mj-head>
  <mj-body width="${EMAIL_WIDTH}px" background-color="${site.brand.background}">
    <mj-section padding="12px ${GUTTER}px">
      <mj-column>
        <mj-text padding="0" font-size="13px" color="${emailText.muted}" align="right"><a href="${escapeHtml(webUrl)}" style="color:${site.brand.primary};text-decoration:underline;">웹에서 보기</a></mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="${site.brand.primaryDark}" padding="28px ${GUTTER}px">
      <mj-column>
        <mj-text padding="0" color="#ffffff" font-size="14px">${escapeHtml(newsletterIssueLine(site, newsletter))}</mj-text>
        <mj-text padding="8px 0 0" color="#ffffff">${keepWords(`<h1 style="margin:0;font-size:26px;line-height:1.35;font-weight:800;">${escapeHtml(newsletter.title)}</h1>`)}</mj-text>
        <mj-text padding="8px 0 0" color="#ffffff" font-size="15px">${keepWords(escapeHtml(newsletter.summary))}</mj-text>
      </mj-column>
    </mj-section>
    ${hero ? `<mj-section background-color="#ffffff" padding="0"><mj-column>${hero}</mj-column></mj-section>` : ''}
    ${input.letter.trim() ? `<mj-section background-color="#ffffff" padding="24px ${GUTTER}px 8px"><mj-column><mj-text padding="0">${keepWords(markdownToEmailHtml(input.letter, site.url))}</mj-text></mj-column></mj-section>` : ''}
    ${input.sections.map((section) => sectionMjml(section, input)).join('\n')}
    <mj-section background-color="#ffffff" padding="12px ${GUTTER}px 28px">
      <mj-column>
        <mj-button href="${escapeHtml(webUrl)}" background-color="${site.brand.primary}" color="#ffffff" font-size="16px" font-weight="700" border-radius="8px" inner-padding="12px 24px">누리집에서 이번 호 보기</mj-button>
      </mj-column>
    </mj-section>
    <mj-section padding="24px ${GUTTER}px 32px">
      <mj-column>
        <mj-text padding="0" font-size="14px" color="${emailText.muted}" line-height="1.7"><div style="word-break:keep-all;">
          <p style="margin:0 0 8px;font-weight:700;color:${emailText.color};"><a href="${escapeHtml(siteHome)}" style="color:${emailText.color};text-decoration:none;">${escapeHtml(site.name)}</a></p>
          <p style="margin:0 0 12px;">${contacts.join('<br>')}</p>
          <p style="margin:0 0 12px;">${escapeHtml(site.newsletter.reason)}</p>
          <p style="margin:0;">더 받지 않으려면 <a href="${escapeHtml(site.newsletter.unsubscribePlaceholder)}" style="color:${emailText.muted};text-decoration:underline;">수신거부</a>를 눌러 주세요.</p>
        </div></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** The email HTML. Throws when MJML reports a problem, so a broken email never ships. */
export async function renderNewsletterEmail(input: NewsletterEmailInput, compile: MjmlCompile): Promise<string> {
  // fonts: {} stops MJML from linking web fonts; the email uses the reader's system Korean font.
  const result = await compile(newsletterEmailMjml(input), { validationLevel: 'strict', fonts: {}, keepComments: false });
  if (result.errors.length) {
    throw new Error(`뉴스레터 ${input.slug}의 이메일을 만들지 못했습니다: ${result.errors.map((e) => e.formattedMessage ?? e.message).join('; ')}`);
  }
  return result.html;
}
