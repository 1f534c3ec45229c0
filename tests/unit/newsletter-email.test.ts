/**
 * The newsletter's email edition and plain text, for a fixture issue and for every issue in content/newsletters/:
 * what a mailing service and mail clients need (no scripts, absolute URLs, alt text, ≤600px, inline styles).
 */
import mjml2html from 'mjml';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { loadNewsletterIssues } from '../../src/loaders/newsletter-check';
import { EMAIL_WIDTH, newsletterEmailMjml, renderNewsletterEmail, type NewsletterEmailInput } from '../../src/lib/newsletter/email';
import { renderNewsletterText } from '../../src/lib/newsletter/text';

const root = process.cwd();
const site = loadDataFile(root, dataFiles.site.file, dataFiles.site.schema);

const fixture: NewsletterEmailInput = {
  site,
  slug: '2026-11-newsletter',
  newsletter: {
    number: 12,
    date: '2026-11-02',
    title: '11월, 육아휴직 바뀐 점 정리',
    summary: '육아휴직 급여가 어떻게 바뀌었는지, 12월 런치노동법 일정과 함께 전해 드립니다.',
    image: '/uploads/2026-11-cover.jpg',
    imageAlt: '아이를 안은 직장맘이 노트북을 보는 그림',
  },
  letter: '안녕하세요. [상담 안내](/counselling/)를 참고하세요.\n\n![센터 사무실 사진](/uploads/office.jpg)',
  sections: [
    {
      title: '노동법 Q&A',
      body: '**질문**: 육아휴직은 언제 신청하나요?\n\n- 30일 전까지\n- [가이드 보기](/guide/parental-leave/)',
      cards: [
        {
          kind: 'cardNews',
          slug: 'a',
          label: '카드뉴스 · 모성보호',
          title: '육아휴직 <기본>',
          when: '2026년 9월 22일(화)',
          summary: '요약 & 설명',
          href: '/card-news/a/',
        },
      ],
    },
  ],
};

/** Every href/src in the HTML. */
const urls = (html: string) => [...html.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);

function expectMailSafe(html: string, input: NewsletterEmailInput) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  // No web fonts or stylesheets to fetch: mail clients block them.
  expect(html).not.toMatch(/<link\b/i);

  const links = urls(html);
  expect(links.length).toBeGreaterThan(2);
  for (const url of links) {
    const allowed = /^https?:\/\//.test(url) || /^(mailto|tel):/.test(url) || url === input.site.newsletter.unsubscribePlaceholder;
    expect(allowed, `relative or unexpected URL: ${url}`).toBe(true);
  }

  for (const img of html.match(/<img\b[^>]*>/gi) ?? []) {
    expect(img, 'every image needs alt text').toMatch(/\salt="[^"]+"/);
  }

  const widths = [
    ...[...html.matchAll(/\swidth="(\d+)/gi)].map((m) => Number(m[1])),
    ...[...html.matchAll(/(?:^|[;"\s])(?:max-)?width:\s*(\d+)px/gi)].map((m) => Number(m[1])),
  ];
  expect(widths.length).toBeGreaterThan(0);
  expect(Math.max(...widths)).toBeLessThanOrEqual(EMAIL_WIDTH);

  // Layout and text styles are inline on the elements, not only in <style>.
  const body = html.slice(html.indexOf('<body'));
  expect((body.match(/\sstyle="/g) ?? []).length).toBeGreaterThan(20);
  expect(body).toMatch(/<td[^>]*style="[^"]*padding/);
  expect(body).toMatch(/<a [^>]*style="[^"]*color:/);

  const webUrl = new URL(`/newsletters/${input.slug}/`, input.site.url).href;
  expect(html).toMatch(new RegExp(`<a href="${webUrl}"[^>]*>웹에서 보기</a>`));
  expect(html).toContain('lang="ko"');
}

describe('email edition of a fixture issue', () => {
  it('is mail-safe HTML', async () => {
    expectMailSafe(await renderNewsletterEmail(fixture, mjml2html), fixture);
  });

  it('has the preheader, the content, and a footer with contacts, reason and unsubscribe', async () => {
    const html = await renderNewsletterEmail(fixture, mjml2html);
    const preheader = /<div style="display:none[^"]*">([^<]*)<\/div>/.exec(html);
    expect(preheader?.[1]).toContain('육아휴직 급여가 어떻게 바뀌었는지');
    expect(html).toContain('<title>11월, 육아휴직 바뀐 점 정리</title>');
    expect(html).toContain('제12호');
    expect(html).toContain('src="https://nw.workingmom.example/uploads/2026-11-cover.jpg" style');
    expect(html).toContain('alt="아이를 안은 직장맘이 노트북을 보는 그림"');
    expect(html).toContain('href="https://nw.workingmom.example/counselling/"');
    expect(html).toContain('href="https://nw.workingmom.example/card-news/a/"');
    expect(html).toContain('육아휴직 &lt;기본&gt;');
    expect(html).toContain(site.address);
    expect(html).toContain(site.phone);
    expect(html).toContain(site.newsletter.reason);
    expect(html).toContain(`href="${site.newsletter.unsubscribePlaceholder}"`);
  });

  it('falls back to the title as alt text when the cover image has none', async () => {
    const input = { ...fixture, newsletter: { ...fixture.newsletter, imageAlt: undefined } };
    expect(await renderNewsletterEmail(input, mjml2html)).toContain(`alt="${fixture.newsletter.title}"`);
  });

  it('stops with the issue named when MJML reports an error', async () => {
    const broken = () => ({ html: '', errors: [{ formattedMessage: 'Line 3: mj-column cannot be used inside mj-body' }] });
    await expect(renderNewsletterEmail(fixture, broken)).rejects.toThrow(/2026-11-newsletter.*mj-column/);
  });

  it('escapes text staff wrote, so it cannot break the MJML', () => {
    const mjml = newsletterEmailMjml({ ...fixture, newsletter: { ...fixture.newsletter, title: '</mj-text><mj-raw><script>x</script>' } });
    expect(mjml).not.toContain('<script>');
    expect(mjml).toContain('&lt;/mj-text&gt;');
  });
});

describe('plain-text edition', () => {
  it('has the letter, sections, cards with absolute links and the footer', () => {
    const text = renderNewsletterText(fixture);
    expect(text).toContain('제12호');
    expect(text).toContain('웹에서 보기: https://nw.workingmom.example/newsletters/2026-11-newsletter/');
    expect(text).toContain('상담 안내 (https://nw.workingmom.example/counselling/)');
    expect(text).toContain('■ 노동법 Q&A');
    expect(text).toContain('- 30일 전까지');
    expect(text).toContain('[카드뉴스 · 모성보호] 육아휴직 <기본>');
    expect(text).toContain('https://nw.workingmom.example/card-news/a/');
    expect(text).toContain(site.newsletter.reason);
    expect(text).toContain(`수신거부: ${site.newsletter.unsubscribePlaceholder}`);
    expect(text).not.toMatch(/<[a-z/][^>]*>/i);
  });
});

describe('every issue in content/newsletters/', () => {
  const { issues, errors } = loadNewsletterIssues(root);
  const inputs = issues.map((issue) => ({ site, slug: issue.slug, newsletter: issue.data, letter: issue.body, sections: issue.sections }));

  it('there are issues, and every card-news and programme slug they name exists', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(inputs.length).toBeGreaterThan(0);
  });

  it.each(inputs.map((input) => [input.slug, input] as const))('%s: email HTML is mail-safe and the text version is not empty', async (_slug, input) => {
    expectMailSafe(await renderNewsletterEmail(input, mjml2html), input);
    const text = renderNewsletterText(input);
    expect(text.trim().length).toBeGreaterThan(100);
    for (const section of input.sections) expect(text).toContain(section.title);
  });
});
