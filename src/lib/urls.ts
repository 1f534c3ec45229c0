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
/** The same card as lossless WebP, which the issue page shows: the same pixels in a third of the bytes. */
export const slideWebpPath = (slug: string, number: number) => slideImagePath(slug, number).replace(/\.png$/, '.webp');
/** Every card of one issue in one ZIP, for posting to SNS. */
export const issueZipPath = (slug: string) => `${cardNewsPath(slug)}${slug}-cards.zip`;

const SLIDE_RE = /^\/card-news\/([a-z0-9]+(?:-[a-z0-9]+)*)\/\1-(\d{2})\.(png|webp)$/;
const ZIP_RE = /^\/card-news\/([a-z0-9]+(?:-[a-z0-9]+)*)\/\1-cards\.zip$/;

/** Reads a URL made by slideImagePath / slideWebpPath / issueZipPath back; null for any other URL. */
export function parseCardImagePath(pathname: string): { slug: string; number: number; webp: boolean } | { slug: string; zip: true } | null {
  const slide = SLIDE_RE.exec(pathname);
  if (slide) return { slug: slide[1], number: Number(slide[2]), webp: slide[3] === 'webp' };
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
/** A programme's sign-up form with its live seat count (on demand; the programme page itself stays static). */
export const programSignupPath = (slug: string) => `${programPath(slug)}signup/`;
/** A sign-up's private page: its status and the cancel button. */
export const signupPath = (token: string) => `${PROGRAMS}signup/${token}/`;
/** The subscribe box on every page posts here; the page answers with the result or the form's errors. */
export const NEWSLETTER_SUBSCRIBE = `${NEWSLETTERS}subscribe/`;
/** Opening it (then pressing the button the page shows) confirms a newsletter subscription. */
export const newsletterConfirmPath = (token: string) => `${NEWSLETTERS}confirm/${token}/`;
/** One-click unsubscribe: a POST here (RFC 8058) unsubscribes; a GET shows a page with the button. */
export const newsletterUnsubscribePath = (token: string) => `${NEWSLETTERS}unsubscribe/${token}/`;
export const isNewsletterUnsubscribePath = (pathname: string) => new RegExp(`^${NEWSLETTERS}unsubscribe/[A-Za-z0-9_-]+/$`).test(pathname);
/** Better Auth's endpoints and the ALTCHA challenge. */
export const AUTH_API = '/api/auth';
export const ALTCHA_CHALLENGE = '/api/altcha/challenge/';

/** `path?a=1&b=2`, leaving out the parameters not given. */
function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

// ── Staff pages (on demand, sign-in required, never indexed) ──
export const STAFF = '/staff/';
export const STAFF_LOGIN = `${STAFF}login/`;
export const STAFF_LOGOUT = `${STAFF}logout/`;
export const STAFF_SET_PASSWORD = `${STAFF}set-password/`;
export const STAFF_ACCOUNT = `${STAFF}account/`;
export const STAFF_AUDIT = `${STAFF}audit/`;
export const staffCounsellingPath = (requestId: string) => `${STAFF}counselling/${requestId}/`;
/** The newsletter desk: subscriber numbers, the issues, the export; one issue's test send and send. */
export const STAFF_NEWSLETTER = `${STAFF}newsletter/`;
export const staffNewsletterIssuePath = (slug: string) => `${STAFF_NEWSLETTER}issues/${slug}/`;
export const STAFF_NEWSLETTER_EXPORT = `${STAFF_NEWSLETTER}export/`;
/** Programmes that take sign-ups, with their counts; one programme's sign-ups, attendance and downloads. */
export const STAFF_PROGRAMS = `${STAFF}programs/`;
export const staffProgramPath = (slug: string) => `${STAFF_PROGRAMS}${slug}/`;
/** The download (the file's name comes with it: signups-<slug>.csv); a path that ends in / like every on-demand one. */
export const staffSignupExportPath = (slug: string, format: 'csv' | 'xlsx') => `${staffProgramPath(slug)}signups/${format}/`;
/** The counselling queue: one of its four views, optionally one category. */
export const staffQueuePath = (view?: string, category?: string) => withQuery(STAFF, { view, category });
/** Consultation records: a month's list (`2026-11`; this month without one) and the add form, with a done message. */
export const STAFF_RECORDS = `${STAFF}records/`;
export const staffRecordsPath = (month?: string, done?: string) => withQuery(STAFF_RECORDS, { month, done });
export const staffRecordPath = (recordId: string) => `${STAFF_RECORDS}${recordId}/`;
/** The yearly figures: the years, one year's tables (with a done message), its XLSX and its publish step. */
export const STAFF_REPORT = `${STAFF}report/`;
export const staffReportPath = (year: number, done?: string) => withQuery(`${STAFF_REPORT}${year}/`, { done });
export const staffReportExportPath = (year: number) => `${STAFF_REPORT}${year}/export.xlsx`;
export const staffReportPublishPath = (year: number) => `${STAFF_REPORT}${year}/publish/`;
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
