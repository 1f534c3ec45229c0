import { describe, expect, it } from 'vitest';
import { chartSvg, formatNumber, niceMax } from '../../src/lib/report/svg-chart';

const monthly = [
  { label: '1월', value: 33 },
  { label: '2월', value: 35 },
  { label: '3월', value: 46 },
];

describe('niceMax', () => {
  it('rounds up to a readable axis end', () => {
    expect(niceMax(46)).toBe(50);
    expect(niceMax(1435)).toBe(2000);
    expect(niceMax(30108)).toBe(50000);
    expect(niceMax(100)).toBe(100);
    expect(niceMax(0)).toBe(1);
  });
});

describe('chartSvg', () => {
  it('draws one column per datum, scaled to the axis maximum', () => {
    const svg = chartSvg({ id: 'c1', title: '런치노동법 참여', unit: '명', kind: 'column', data: monthly });
    const heights = [...svg.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(3);
    // 46 of a 50 axis over a 230px plot
    expect(heights[2]).toBeCloseTo((46 / 50) * 230, 1);
    expect(heights[0]).toBeLessThan(heights[1]);
    expect(svg).toContain('>1월<');
    expect(svg).toContain('단위: 명');
  });

  it('draws bars with values and units, and is labelled for screen readers', () => {
    const svg = chartSvg({ id: 'c2', title: '상담 건수', unit: '건', kind: 'bar', data: [{ label: '노동권', value: 1435 }, { label: '기타', value: 24 }] });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c2-title"');
    expect(svg).toContain('<title id="c2-title">상담 건수');
    // The numbers' table is named, not placed: it is beside the chart on a desktop and below it on a phone.
    expect(svg).toContain('같은 수치를 ‘상담 건수’ 표로도 제공합니다.');
    expect(svg).not.toMatch(/아래|옆|왼쪽|오른쪽/);
    expect(svg).toContain('1,435건');
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeGreaterThan(widths[1] * 50);
  });

  it('escapes text', () => {
    const svg = chartSvg({ id: 'c3', title: '<알자!> & 런치', unit: '명', kind: 'bar', data: [{ label: 'A<B', value: 1 }] });
    expect(svg).toContain('&lt;알자!&gt; &amp; 런치');
    expect(svg).toContain('A&lt;B');
    expect(svg).not.toContain('<알자!>');
  });

  it('refuses an empty chart', () => {
    expect(() => chartSvg({ id: 'c4', title: '빈 차트', unit: '명', kind: 'bar', data: [] })).toThrow(/빈 차트/);
  });

  it('formats numbers with thousands separators', () => {
    expect(formatNumber(147947)).toBe('147,947');
  });
});
