/**
 * WCAG contrast of computed CSS colours (`rgb(…)`/`rgba(…)`, which is what Chromium's getComputedStyle returns for
 * the site's hex colours). Done in Node, so the in-page probes only read styles and stay small.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The number of a CSS colour part: `50%` of `full`, or a plain number. */
const part = (text: string, full: number) => (text.endsWith('%') ? (Number.parseFloat(text) / 100) * full : Number(text));

/**
 * `oklch(L C h / a)` and `oklab(L a b / a)` (what Chromium returns for colours a stylesheet wrote that way, e.g. a
 * third-party widget's) to sRGB, by the conversion in CSS Color 4; out-of-gamut channels are clipped.
 */
function parseOklab(value: string): Rgba | undefined {
  const match = /^ok(lch|lab)\(\s*([\d.]+%?)\s+(-?[\d.]+%?)\s+(-?[\d.]+%?|none)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return undefined;
  const lightness = part(match[2], 1);
  let [a, b] = [part(match[3], 0.4), match[4] === 'none' ? 0 : part(match[4], 0.4)];
  if (match[1] === 'lch') {
    const [chroma, hue] = [part(match[3], 0.4), match[4] === 'none' ? 0 : (Number.parseFloat(match[4]) * Math.PI) / 180];
    [a, b] = [chroma * Math.cos(hue), chroma * Math.sin(hue)];
  }
  const l = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (lightness - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const encode = (linear: number) => {
    const c = Math.min(1, Math.max(0, linear));
    return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
  };
  return {
    r: encode(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: encode(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: encode(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    a: match[5] === undefined ? 1 : part(match[5], 1),
  };
}

export function parseCssColor(value: string): Rgba {
  const oklab = parseOklab(value);
  if (oklab) return oklab;
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) throw new Error(`Not an rgb() or oklch() colour: ${value}`);
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number.parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** A translucent colour as it shows over an opaque one. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** Stacks colours listed from the element outwards (the page, white, is the last layer). */
export function flatten(layers: readonly string[]): Rgba {
  return [...layers.map(parseCssColor), { r: 255, g: 255, b: 255, a: 1 }].reduceRight((below, layer) => over(layer, below));
}

// WCAG 2.2 definition of relative luminance (sRGB).
function luminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
