/**
 * HTML in content never reaches a page. Renders Markdown with the very processor astro.config.mjs
 * gives Astro (the one our content loader's renderMarkdown uses), so a config change that drops
 * the plugin fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { isExternalLink } from '../../src/lib/html/external-links';
import { isSafeUrl } from '../../src/lib/html/safe-markdown';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const processor = config.markdown?.processor as { createRenderer: (shared: object) => Promise<{ render: (md: string) => Promise<{ code: string }> }> };
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  render = async (markdown) => (await renderer.render(markdown)).code;
});

describe('raw HTML in Markdown', () => {
  it.each([
    ['a script block', '안내문입니다.\n\n<script>alert(1)</script>\n\n끝.', /<script|alert\(1\)/i],
    ['an inline script', '문장 중간에 <script>alert(1)</script> 끼워 넣기', /<script/i],
    ['an onerror image', '<img src="x" onerror="alert(1)">', /onerror|<img/i],
    ['an inline onerror image', '사진: <img src=x onerror=alert(1)> 입니다', /onerror/i],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['an event attribute on a div', '<div onclick="steal()">눌러 보세요</div>', /onclick/i],
  ])('drops %s', async (_name, markdown, forbidden) => {
    const html = await render(markdown);
    expect(html).not.toMatch(forbidden);
  });

  it('keeps the Markdown around it', async () => {
    const html = await render('## 출산전후휴가\n\n<script>alert(1)</script>\n\n**90일**을 씁니다.');
    expect(html).toContain('<h2 id="출산전후휴가">출산전후휴가</h2>');
    expect(html).toContain('<strong>90일</strong>');
  });
});

describe('links and images', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4='])(
    'removes the address of a %s link',
    async (url) => {
      const html = await render(`[눌러 보세요](<${url}>)`);
      expect(html).toContain('눌러 보세요');
      // Whatever address is left must open as a web page, the way a browser resolves it.
      const href = /href="([^"]*)"/.exec(html)?.[1];
      if (href !== undefined) expect(new URL(href, 'https://nw.workingmom.example/page/').protocol).toBe('https:');
    },
  );

  it('removes a javascript: image source', async () => {
    expect(await render('![그림](javascript:alert(1))')).not.toContain('javascript:');
  });

  it('adds rel="noopener noreferrer" to links to other sites only', async () => {
    const html = await render('[고용노동부](https://www.moel.go.kr/) · [안내](/guide/) · [우리 사이트](https://nw.workingmom.example/about/)');
    expect(html).toContain('<a href="https://www.moel.go.kr/" rel="noopener noreferrer">고용노동부</a>');
    expect(html).toContain('<a href="/guide/">안내</a>');
    expect(html).toContain('<a href="https://nw.workingmom.example/about/">우리 사이트</a>');
  });

  it('keeps phone and mail links', async () => {
    const html = await render('[전화](tel:02-308-1220) [메일](mailto:help@example.org)');
    expect(html).toContain('href="tel:02-308-1220"');
    expect(html).toContain('href="mailto:help@example.org"');
  });
});

describe('url rules', () => {
  it('accepts site paths, anchors and web addresses and refuses script schemes', () => {
    expect(['/guide/', '#top', '../a', 'https://a.kr', 'tel:0212345678'].every(isSafeUrl)).toBe(true);
    expect([' javascript:x', 'jav&#x09;ascript:x'.replace('&#x09;', '\n'), 'livescript:x'].some(isSafeUrl)).toBe(false);
  });

  it('treats protocol-relative and other hosts as external', () => {
    expect(isExternalLink('//evil.example/x', 'nw.workingmom.example')).toBe(true);
    expect(isExternalLink('/about/', 'nw.workingmom.example')).toBe(false);
  });
});
