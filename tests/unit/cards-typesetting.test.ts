/**
 * Korean typesetting, tested on the lines Satori actually lays out (read back from its SVG, see
 * support/laid-out-lines.ts) for every card of every published issue and for the longest texts writers may use:
 * a line never starts with closing punctuation or ends with an opening bracket, numbers keep their parts and units,
 * words (Korean or Latin) are never split, no line runs past the card's margin, and no words sit in the bottom strip
 * Instagram covers with its controls.
 */
import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSlideJobs } from '../../src/cards/render/plan';
import { loadCardFonts, type FontList } from '../../src/cards/render/render-image';
import { renderSlideTree } from '../../src/cards/templates';
import type { CardContext } from '../../src/cards/templates/frame';
import { CARD_SIZE, padding, SAFE_BOTTOM } from '../../src/cards/templates/theme';
import { emphasisRuns, plainText } from '../../src/cards/templates/typeset';
import type { Slide } from '../../src/schemas/card-news';
import { issue, longestSlides, site } from '../fixtures/cards/longest-slides';
import { laidOutLines, textBlocks } from './support/laid-out-lines';

const CLOSING = /^[.,!?)\]}」』’”…%:;]/;
const OPENING = /[([{「『‘“]$/;
/** Things that must sit on one line: phone numbers, 제N조/항/호, a number and its unit (spaced or not). */
const KEEP_TOGETHER = /\d{2,4}-\d{3,4}-\d{4}|제 ?\d+ ?[조항호]|\d[\d,.]* ?(?:[만천억]?원|개월|일|주|시간|명|%)/g;

let fonts: FontList;
beforeAll(() => {
  fonts = loadCardFonts(process.cwd());
});

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every rule broken on the card, one line each; empty when the card is typeset right. */
async function violations(slide: Slide, context: CardContext): Promise<string[]> {
  const tree = renderSlideTree(slide, context);
  const svg = await satori(tree as never, { ...CARD_SIZE, fonts: fonts as never, embedFont: false });
  const lines = laidOutLines(svg);
  const sources = textBlocks(tree).map(squeeze);
  const problems: string[] = [];
  for (const line of lines) {
    if (CLOSING.test(line.text)) problems.push(`starts with closing punctuation: "${line.text}"`);
    if (OPENING.test(line.text)) problems.push(`ends with an opening bracket: "${line.text}"`);
    if (line.x + line.width > CARD_SIZE.width - padding + 1) problems.push(`runs past the margin: "${line.text}"`);
    if (line.y > CARD_SIZE.height - SAFE_BOTTOM) problems.push(`sits in Instagram's bottom ${SAFE_BOTTOM}px: "${line.text}"`);
    const whole = sources.some((source) => ` ${source} `.includes(` ${line.text} `));
    if (!whole) problems.push(`splits a word: "${line.text}"`);
  }
  for (const source of sources) {
    for (const [together] of source.matchAll(KEEP_TOGETHER)) {
      if (!lines.some((line) => line.text.includes(together))) problems.push(`"${together}" is split across lines`);
    }
  }
  expect(lines.length, 'the card drew no text').toBeGreaterThan(3);
  return problems;
}

describe('every card of every published issue', { timeout: 120_000 }, () => {
  const jobs = planSlideJobs(process.cwd());
  it.each(jobs.map((job) => [job.url, job] as const))('%s', async (_, job) => {
    expect(await violations(job.slide, job.context)).toEqual([]);
  });
});

const context: CardContext = { site, issue, number: 2, total: 6 };
const tricky: Slide[] = [
  { kind: 'text', heading: '출산전후휴가 중 해고 금지', body: '회사는 출산전후휴가 기간과 그 뒤 30일 동안 해고할 수 없어요(근로기준법 제23조 제2항). 궁금하면 02-308-1220으로 전화하세요.' },
  { kind: 'text', heading: '급여 상한', body: '2026년 1월 1일부터 월 상한은 250만원이에요. 육아휴직은 최대 18개월, 배우자 출산휴가는 20일, 신청은 www.work24.go.kr에서 해요!' },
  { kind: 'text', heading: '띄어 쓴 숫자도', body: '부모가 모두 3 개월 이상 쓰면 남녀고용평등법 제 19 조에 따라 기간이 늘어나요. “육아휴직”을 “ 육휴 ”라고도 해요 .' },
  { kind: 'qa', question: 'ZOOM 주소는 언제 받나요?', answer: 'ZOOM(줌) 주소는 강의 전날 문자로 보내 드려요. 주소가 오지 않으면 02-308-1220으로 전화해 주세요.' },
];

describe('texts that broke before, and the longest texts writers may use', { timeout: 60_000 }, () => {
  it.each([...tricky, ...Object.values(longestSlides)].map((slide, i) => [i + 1, slide] as const))('slide %i', async (_, slide) => {
    expect(await violations(slide, context)).toEqual([]);
  });
});

describe('emphasis', () => {
  it('splits **굵게** into runs and leaves unpaired markers as typed', () => {
    expect(emphasisRuns('출산 뒤 **45일**은 쉬어요')).toEqual([
      { text: '출산 뒤 ', strong: false },
      { text: '45일', strong: true },
      { text: '은 쉬어요', strong: false },
    ]);
    expect(plainText('별표 ** 하나')).toBe('별표 ** 하나');
    expect(plainText('**18개월**')).toBe('18개월');
  });
});
