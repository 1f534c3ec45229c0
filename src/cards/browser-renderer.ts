/**
 * Card images in the browser, from the same src/cards/ templates and overflow check as the build:
 * Satori's standalone (wasm) build lays the card out, a canvas turns the SVG into the PNG staff see.
 * The layout engine and the fonts load once per admin session.
 */
import satori, { init } from 'satori/standalone';
import layoutWasmUrl from 'satori/layout.wasm?url';
import regularFontUrl from '../../assets/fonts/Pretendard-Regular.otf?url';
import boldFontUrl from '../../assets/fonts/Pretendard-Bold.otf?url';
import { CARD_FONT_FAMILY, CARD_FONT_FILES, CARD_SIZE } from './templates/theme';
import { layoutSlide } from './templates';
import { type CardContext } from './templates/frame';
import { type SatoriRender, type SlideOverflow } from './templates/overflow';
import type { Slide } from '../schemas/card-news';

const FONT_URLS: Record<(typeof CARD_FONT_FILES)[number]['file'], string> = {
  'Pretendard-Regular.otf': regularFontUrl,
  'Pretendard-Bold.otf': boldFontUrl,
};

let ready: Promise<unknown[]> | undefined;

/** Starts Satori and fetches the fonts the first time; every later call reuses them. */
function loadRenderer(): Promise<unknown[]> {
  ready ??= Promise.all([
    init(fetch(layoutWasmUrl)),
    ...CARD_FONT_FILES.map(async ({ file, weight }) => ({
      name: CARD_FONT_FAMILY,
      weight,
      data: await (await fetch(FONT_URLS[file])).arrayBuffer(),
    })),
  ]).then(([, ...fonts]) => fonts);
  return ready;
}

export interface RenderedCard {
  /** object URL of the PNG */
  pngUrl: string;
  overflow: SlideOverflow | null;
}

export async function renderCard(slide: Slide, context: CardContext): Promise<RenderedCard> {
  const fonts = await loadRenderer();
  const { svg, overflow } = await layoutSlide(satori as unknown as SatoriRender, slide, context, fonts);
  return { pngUrl: await svgToPngUrl(svg), overflow };
}

async function svgToPngUrl(svg: string): Promise<string> {
  const svgUrl = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = svgUrl;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = CARD_SIZE.width;
    canvas.height = CARD_SIZE.height;
    canvas.getContext('2d')!.drawImage(image, 0, 0, CARD_SIZE.width, CARD_SIZE.height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG를 만들지 못했습니다.'))), 'image/png'));
    return URL.createObjectURL(png);
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}
