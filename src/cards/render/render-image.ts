/**
 * Draws one image job: Satori lays it out (and measures overflow), resvg rasterises it, sharp encodes it. PNGs are
 * encoded at zlib's highest level (resvg's own PNGs are about twice as large); card images also get a lossless WebP
 * for the issue page, a third the size of the PNG with the same pixels (BENCHMARKS.md, "Card images on phones").
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import { CARD_FONT_FAMILY, CARD_FONT_FILES, OG_SIZE } from '../templates/theme';
import { layoutSlide } from '../templates';
import { ogCard } from '../templates/og-card';
import { type SatoriRender, type SlideOverflow } from '../templates/overflow';
import type { ImageJob } from '../jobs';

export type FontList = { name: string; data: Buffer; weight: 400 | 700 }[];

let loaded: { dir: string; fonts: FontList } | undefined;

/** The committed fonts in assets/fonts/, read once per process (Satori caches their parsing per array). */
export function loadCardFonts(root: string): FontList {
  const dir = path.join(root, 'assets/fonts');
  if (loaded?.dir !== dir) {
    loaded = { dir, fonts: CARD_FONT_FILES.map(({ file, weight }) => ({ name: CARD_FONT_FAMILY, data: readFileSync(path.join(dir, file)), weight })) };
  }
  return loaded.fonts;
}

export type RenderOutcome = { png: Uint8Array; webp?: Uint8Array; overflow?: undefined } | { png?: undefined; webp?: undefined; overflow: SlideOverflow };

async function encode(svg: string, withWebp: boolean): Promise<{ png: Uint8Array; webp?: Uint8Array }> {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const pixels = () => sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } });
  const [png, webp] = await Promise.all([
    pixels().png({ compressionLevel: 9 }).toBuffer(),
    // Effort 2: as small as higher efforts on flat artwork like cards, in a third of the time.
    withWebp ? pixels().webp({ lossless: true, effort: 2 }).toBuffer() : undefined,
  ]);
  return { png, ...(webp ? { webp } : {}) };
}

export async function renderImage(job: ImageJob, fonts: FontList): Promise<RenderOutcome> {
  const render = satori as unknown as SatoriRender;
  if (job.kind === 'slide') {
    const { svg, overflow } = await layoutSlide(render, job.slide, job.context, fonts);
    return overflow ? { overflow } : encode(svg, true);
  }
  const svg = await render(ogCard(job.input, job.site) as never, { ...OG_SIZE, fonts });
  return encode(svg, false);
}
