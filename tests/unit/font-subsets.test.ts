import { describe, expect, it } from 'vitest';
import { codePointsOf, fontFaceCss, planChunks, preloadLinks, unicodeRange, withoutFontFaces } from '../../src/build/font-subsets';

const cps = (text: string) => codePointsOf(text);

describe('codePointsOf', () => {
  it('finds each drawable character once, astral ones whole, and nothing left over from the text before', () => {
    expect([...cps('가가 나\n\t𝟘')].sort((a, b) => a - b)).toEqual([0x20, 0xac00, 0xb098, 0x1d7d8]);
    expect([...cps('다')]).toEqual([0xb2e4]);
  });
});

describe('planChunks', () => {
  it('puts ASCII and the characters on most pages first, then rarer ones by page count', () => {
    const pages = [cps('센터 안내 육아'), cps('센터 안내 휴직'), cps('센터 안내 휴가'), cps('센터 휴가 쉼')];
    const chunks = planChunks(pages, new Set(), { commonShare: 0.5, chunkSize: 2 });
    const first = new Set(chunks[0].codePoints);
    for (const char of 'A1 ?센터안내휴가') expect(first.has(char.codePointAt(0)!), char).toBe(true);
    expect(first.has('육'.codePointAt(0)!)).toBe(false);
    const rest = chunks.slice(1).map((c) => String.fromCodePoint(...c.codePoints));
    expect(rest.every((chunk) => [...chunk].length <= 2)).toBe(true);
    expect(rest.join('').split('').sort()).toEqual([...'육아직쉼'].sort());
  });

  it('covers every character of every page and of island text exactly once', () => {
    const pages = [cps('출산전후휴가 90일'), cps('배우자 출산휴가 20일'), cps('육아휴직 1년')];
    const chunks = planChunks(pages, cps('계산 결과'), { commonShare: 0.6, chunkSize: 3 });
    const all = chunks.flatMap((c) => c.codePoints);
    expect(new Set(all).size).toBe(all.length);
    for (const char of '출산전후휴가배우자육아휴직년계산결과') expect(all).toContain(char.codePointAt(0));
  });
});

describe('css', () => {
  it('writes compact unicode ranges', () => {
    expect(unicodeRange([0x43, 0x41, 0x42, 0xac00, 0xac02])).toBe('U+41-43, U+AC00, U+AC02');
  });

  it('replaces only the named family’s @font-face rules', () => {
    const css = '@font-face{font-family:Pretendard;src:url(a.woff2)}@font-face{font-family:Other;src:url(b)}body{color:red}';
    expect(withoutFontFaces(css, 'Pretendard')).toBe('@font-face{font-family:Other;src:url(b)}body{color:red}');
    const rule = fontFaceCss([{ family: 'Pretendard', weight: 700, url: '/_astro/fonts/p.woff2', codePoints: [0x41] }]);
    expect(rule).toBe('@font-face{font-family:"Pretendard";font-style:normal;font-weight:700;font-display:optional;src:url(/_astro/fonts/p.woff2) format("woff2");unicode-range:U+41}');
  });

  it('preloads only the font files whose characters the page uses', () => {
    const files = [
      { family: 'Pretendard', weight: 400, url: '/a.woff2', codePoints: [0x41, 0x42] },
      { family: 'Pretendard', weight: 700, url: '/b.woff2', codePoints: [0xac00] },
    ];
    expect(preloadLinks(files, new Set([0x42]))).toBe('<link rel="preload" href="/a.woff2" as="font" type="font/woff2" crossorigin>');
    expect(preloadLinks(files, new Set([0x20]))).toBe('');
  });
});
