/** The contrast maths the focus-ring guard relies on (tests/e2e/support/color-contrast.ts), against known values. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, flatten, parseCssColor } from '../e2e/support/color-contrast';

describe('contrast of computed colours', () => {
  it('gives WCAG ratios: black on white 21:1, and the old ring on the dark 상담 box 2.32:1 (issue 19)', () => {
    expect(contrastRatio(parseCssColor('rgb(0, 0, 0)'), parseCssColor('rgb(255, 255, 255)'))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseCssColor('rgb(184, 71, 11)'), parseCssColor('rgb(18, 52, 99)'))).toBeCloseTo(2.32, 2);
  });

  it('lays translucent layers over what is below them, down to the white page', () => {
    expect(flatten(['rgba(0, 0, 0, 0)', 'rgb(18, 52, 99)'])).toEqual({ r: 18, g: 52, b: 99, a: 1 });
    expect(flatten(['rgba(0, 0, 0, 0.5)'])).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(() => parseCssColor('hsl(0 0% 50%)')).toThrow(/rgb/);
  });

  it('reads oklch() and oklab(), as Chromium returns them for colours written that way', () => {
    const near = (color: { r: number; g: number; b: number }, [r, g, b]: number[]) => [color.r, color.g, color.b].forEach((c, i) => expect(c).toBeCloseTo([r, g, b][i], 0));
    near(parseCssColor('oklch(1 0.00011 271.152)'), [255, 255, 255]);
    near(parseCssColor('oklch(0 0 0)'), [0, 0, 0]);
    // #123463, the dark 상담 box
    near(parseCssColor('oklch(0.3285 0.0919 257.4)'), [18, 52, 99]);
    near(parseCssColor('oklab(0.6279 0.2249 0.1258)'), [255, 0, 0]);
    expect(parseCssColor('oklch(0.5 0.1 20 / 0.5)').a).toBe(0.5);
  });
});
