/**
 * Every path of the site, in one place: pages, feeds, calendars, images and downloads. Pages, components,
 * feeds, the card renderer and the dev server build their links here, so a URL convention is written once
 * and a page can be moved by changing one line. Pure: the browser (islands, CMS previews) uses it too.
 */

const pad = (n: number) => String(n).padStart(2, '0');

export const HOME = '/';

/** Free pages from content/pages/<slug>.md. */
export const pagePath = (slug: string) => `/${slug}/`;
export const ABOUT = pagePath('about');
export const SERVICES = pagePath('services');
export const COUNSELLING = pagePath('counselling');
export const PRIVACY = pagePath('privacy');
export const NO_EMAIL_COLLECTION = pagePath('no-email-collection');
/** The centre's address and map on the about page. */
export const DIRECTIONS = `${ABOUT}#찾아오시는-길`;

// ── The maternity-protection guide ──
export const GUIDE = '/guide/';
export const guideChapterPath = (slug: string) => `${GUIDE}${slug}/`;
export const GUIDE_PRINT = `${GUIDE}print/`;
export const GUIDE_RULES = `${GUIDE}rules/`;
/** The row of one rule entry on the rules page; calculator results link here. */
export const ruleAnchor = (rule: { id: string; effectiveFrom: string }) => `rule-${rule.id}-${rule.effectiveFrom}`;
export const ruleEntryPath = (rule: { id: string; effectiveFrom: string }) => `${GUIDE_RULES}#${ruleAnchor(rule)}`;
export const CALCULATORS = `${GUIDE}calculators/`;
export const calculatorPath = (name: 'parental-leave' | 'reduced-hours' | 'maternity-leave' | 'spouse-leave') => `${CALCULATORS}${name}/`;
export const MY_TIMELINE = `${GUIDE}my-timeline/`;
export const PLANNER = `${GUIDE}planner/`;
export const PLANNER_LETTERS = `${PLANNER}letters/`;

// ── Programmes and their calendars ──
export const PROGRAMS = '/programs/';
export const programPath = (slug: string) => `${PROGRAMS}${slug}/`;
/** One programme as an .ics file, for "캘린더에 추가". */
export const programIcsPath = (slug: string) => `${PROGRAMS}${slug}.ics`;
export const programCategoryPath = (categorySlug: string) => `${PROGRAMS}category/${categorySlug}/`;
export const programArchivePath = (year: number | string) => `${PROGRAMS}archive/${year}/`;
/** The month calendar: by year and month, or of the month a written date (`2026-12-17`, `2026-12-17T12:00`) falls in. */
export const programMonthPath = (year: number, month: number) => `${PROGRAMS}${year}/${pad(month)}/`;
export const programMonthOf = (date: string) => programMonthPath(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

// ── Card news and their images ──
export const CARD_NEWS = '/card-news/';
export const cardNewsPath = (slug: string) => `${CARD_NEWS}${slug}/`;
/** `/card-news/<slug>/<slug>-01.png`: the file name alone tells staff which issue and card it is. */
export const slideImagePath = (slug: string, number: number) => `${cardNewsPath(slug)}${slug}-${pad(number)}.png`;
/** Every card of one issue in one ZIP, for posting to SNS. */
export const issueZipPath = (slug: string) => `${cardNewsPath(slug)}${slug}-cards.zip`;

const SLIDE_RE = /^\/card-news\/([a-z0-9]+(?:-[a-z0-9]+)*)\/\1-(\d{2})\.png$/;
const ZIP_RE = /^\/card-news\/([a-z0-9]+(?:-[a-z0-9]+)*)\/\1-cards\.zip$/;

/** Reads a URL made by slideImagePath / issueZipPath back; null for any other URL. */
export function parseCardImagePath(pathname: string): { slug: string; number: number } | { slug: string; zip: true } | null {
  const slide = SLIDE_RE.exec(pathname);
  if (slide) return { slug: slide[1], number: Number(slide[2]) };
  const zip = ZIP_RE.exec(pathname);
  return zip ? { slug: zip[1], zip: true } : null;
}

/** The generated OG image of a page: `/` → `/og/index.png`, `/guide/leave/` → `/og/guide/leave.png`. */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${trimmed || 'index'}.png`;
}

/** The page an OG image belongs to (inverse of ogImagePath); null if the URL is not an OG image. */
export function pagePathForOgImage(imagePath: string): string | null {
  const match = /^\/og\/(.+)\.png$/.exec(imagePath);
  if (!match) return null;
  return match[1] === 'index' ? '/' : `/${match[1]}/`;
}

// ── Newsletters ──
export const NEWSLETTERS = '/newsletters/';
export const newsletterPath = (slug: string) => `${NEWSLETTERS}${slug}/`;
/** The email edition to paste into a mailing service, and its plain-text twin. */
export const newsletterEmailHtmlPath = (slug: string) => `${newsletterPath(slug)}email.html`;
export const newsletterEmailTextPath = (slug: string) => `${newsletterPath(slug)}email.txt`;

// ── Feeds ──
export const feedPaths = {
  cardNews: '/feeds/card-news.xml',
  newsletters: '/feeds/newsletters.xml',
  programs: '/feeds/programs.xml',
  /** Every programme, to subscribe to in a calendar app. */
  programsIcs: '/feeds/programs.ics',
  programCategoryIcs: (categorySlug: string) => `/feeds/programs/${categorySlug}.ics`,
};

// ── The service (rendered on demand by the Node server) ──
/** The counselling request form, in steps. */
export const COUNSELLING_REQUEST = `${COUNSELLING}request/`;
/** A request's private page: the token is the only personal thing ever allowed in a URL. */
export const counsellingRequestPath = (token: string) => `${COUNSELLING_REQUEST}${token}/`;
/** A sign-up's private page: its status and the cancel button. */
export const signupPath = (token: string) => `${PROGRAMS}signup/${token}/`;
/** Opening it (then pressing the button the page shows) confirms a newsletter subscription. */
export const newsletterConfirmPath = (token: string) => `${NEWSLETTERS}confirm/${token}/`;
/** One-click unsubscribe: a POST here (RFC 8058) unsubscribes; a GET shows a page with the button. */
export const newsletterUnsubscribePath = (token: string) => `${NEWSLETTERS}unsubscribe/${token}/`;
/** Better Auth's endpoints and the ALTCHA challenge. */
export const AUTH_API = '/api/auth';
export const ALTCHA_CHALLENGE = '/api/altcha/challenge/';

// ── Staff pages (on demand, sign-in required, never indexed) ──
export const STAFF = '/staff/';
export const STAFF_LOGIN = `${STAFF}login/`;
export const STAFF_LOGOUT = `${STAFF}logout/`;
export const STAFF_SET_PASSWORD = `${STAFF}set-password/`;
export const STAFF_ACCOUNT = `${STAFF}account/`;
export const STAFF_AUDIT = `${STAFF}audit/`;
export const staffCounsellingPath = (requestId: string) => `${STAFF}counselling/${requestId}/`;
/** The counselling queue: one of its four views, optionally one category. */
export function staffQueuePath(view?: string, category?: string): string {
  const query = new URLSearchParams();
  if (view) query.set('view', view);
  if (category) query.set('category', category);
  const text = query.toString();
  return text ? `${STAFF}?${text}` : STAFF;
}
export const isStaffPath = (pathname: string) => pathname === STAFF.slice(0, -1) || pathname.startsWith(STAFF);

// ── Search, glossary, report, admin ──
export const SEARCH = '/search/';
export const searchPath = (query: string) => `${SEARCH}?q=${encodeURIComponent(query)}`;
export const GLOSSARY = '/glossary/';
/** The glossary as JSON for the search page's query expansion. */
export const GLOSSARY_JSON = '/glossary.json';
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
export const reportPath = (year: number | string) => `/report/${year}/`;
export const ADMIN = '/admin/';
/** The separately built Decap CMS bundle, by its cache key (src/integrations/cms-bundle.ts). */
export const cmsBundlePath = (key: string, file: string) => `${ADMIN}app/${key}/${file}`;
export const FAVICON = '/favicon.svg';

/** `/programs/x/` → `https://site/programs/x/`, for feeds, emails and JSON-LD; mailto:, tel: and absolute addresses stay as they are. */
export function absoluteUrl(href: string, siteUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  return new URL(href, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
