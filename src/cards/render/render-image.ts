/** Draws one image job to PNG: Satori lays it out (and measures overflow), resvg rasterises it. */
import { Resvg } from '@resvg/resvg-js';
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

export type RenderOutcome = { png: Uint8Array; overflow?: undefined } | { png?: undefined; overflow: SlideOverflow };

function rasterise(svg: string): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

export async function renderImage(job: ImageJob, fonts: FontList): Promise<RenderOutcome> {
  const render = satori as unknown as SatoriRender;
  if (job.kind === 'slide') {
    const { svg, overflow } = await layoutSlide(render, job.slide, job.context, fonts);
    return overflow ? { overflow } : { png: rasterise(svg) };
  }
  const svg = await render(ogCard(job.input, job.site) as never, { ...OG_SIZE, fonts });
  return { png: rasterise(svg) };
}
