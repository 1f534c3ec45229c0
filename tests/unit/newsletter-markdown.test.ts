import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/lib/html/browser-markdown';
import { markdownToEmailHtml, markdownToPlainText } from '../../src/lib/newsletter/markdown';
import { absoluteUrl } from '../../src/lib/urls';

const SITE = 'https://nw.workingmom.example';

describe('absoluteUrl', () => {
  it('makes site paths absolute and leaves other schemes alone', () => {
    expect(absoluteUrl('/programs/a/', SITE)).toBe('https://nw.workingmom.example/programs/a/');
    expect(absoluteUrl('guide/', `${SITE}/`)).toBe('https://nw.workingmom.example/guide/');
    expect(absoluteUrl('https://www.moel.go.kr/', SITE)).toBe('https://www.moel.go.kr/');
    expect(absoluteUrl('tel:023081220', SITE)).toBe('tel:023081220');
  });
});

describe('markdownToEmailHtml', () => {
  it('puts inline styles on every element and absolute addresses on links and images', () => {
    const html = markdownToEmailHtml('문단 [가이드](/guide/)\n\n- 하나\n- 둘\n\n![사진 설명](/uploads/a.jpg)', SITE);
    expect(html).toContain('<p style="margin:0 0 16px;">');
    expect(html).toMatch(/<a href="https:\/\/nw\.workingmom\.example\/guide\/" style="[^"]+">가이드<\/a>/);
    expect(html).toMatch(/<ul style="[^"]+"><li style="[^"]+">하나<\/li>/);
    expect(html).toMatch(/<img src="https:\/\/nw\.workingmom\.example\/uploads\/a\.jpg" alt="사진 설명" width="552" style="[^"]+">/);
  });

  it('marks links to other sites with rel="noopener", not links to this site', () => {
    const html = markdownToEmailHtml('[고용노동부](https://www.moel.go.kr/) [센터](https://nw.workingmom.example/about/)', SITE);
    expect(html).toContain('<a href="https://www.moel.go.kr/" rel="noopener noreferrer" style=');
    expect(html).toContain('<a href="https://nw.workingmom.example/about/" style=');
  });

  it('drops raw HTML and unsafe links, like the site Markdown does', () => {
    const html = markdownToEmailHtml('<script>alert(1)</script>\n\n[눌러](javascript:alert(1)) <img src=x onerror=alert(1)>', SITE);
    expect(html).not.toMatch(/script|javascript|onerror|<img/i);
    expect(html).toContain('눌러');
  });
});

describe('markdownToHtml', () => {
  it('keeps site links as written and drops raw HTML', () => {
    expect(markdownToHtml('[상담](/counselling/) <b>x</b>')).toBe('<p><a href="/counselling/">상담</a> x</p>\n');
  });
});

describe('markdownToPlainText', () => {
  it('writes links as text (address), numbers ordered lists and strips emphasis', () => {
    const text = markdownToPlainText('**중요**: [상담 안내](/counselling/)\n\n1. 첫째\n2. 둘째\n\n> 인용\n\n---\n\n![그림 설명](/uploads/a.png)', SITE);
    expect(text).toBe('중요: 상담 안내 (https://nw.workingmom.example/counselling/)\n\n1. 첫째\n2. 둘째\n\n> 인용\n\n----\n\n[그림: 그림 설명]');
  });

  it('keeps characters HTML would escape, and a bare address once', () => {
    expect(markdownToPlainText('A & B <C> "D" https://example.org', SITE)).toBe('A & B  "D" https://example.org');
  });
});
