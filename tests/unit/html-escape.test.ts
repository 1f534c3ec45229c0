import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml } from '../../src/lib/html/escape';

describe('escapeHtml', () => {
  it('makes text safe in element content and in a double-quoted attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'y'`);
    expect(escapeHtml('육아휴직 6+6')).toBe('육아휴직 6+6');
  });
});

describe('decodeEntities', () => {
  it('reads named, decimal and hex references back, and leaves unknown names as written', () => {
    expect(decodeEntities('&quot;육아휴직&quot; &amp; 복직 &#39;a&#x27; &lt;b&gt; &nbsp;&unknown;')).toBe(`"육아휴직" & 복직 'a' <b> \u00a0&unknown;`);
    expect(decodeEntities('&#x1F600; &#128512;')).toBe('😀 😀');
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });

  it('undoes escapeHtml exactly', () => {
    const text = `<a href="x?y=1&z='2'">`;
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
});
