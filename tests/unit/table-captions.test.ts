/**
 * KWCAG 5.3.1 (표의 구성): every Markdown table gets a caption, named after the heading it sits under. Rendered with
 * the processor astro.config.mjs gives Astro, and with the newsletters' marked pipeline, so both stay in step.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { markdownToHtml } from '../../src/lib/html/browser-markdown';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
  const processor = config.markdown?.processor as { createRenderer: (shared: object) => Promise<{ render: (md: string) => Promise<{ code: string }> }> };
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  render = async (markdown) => (await renderer.render(markdown)).code;
});

const underHeading = '## 휴가 중 급여\n\n설명 문단입니다.\n\n| 기간 | 주는 곳 |\n| --- | --- |\n| 처음 60일 | 회사 |\n';
const noHeading = '| 기간 | 주는 곳 |\n| --- | --- |\n| 처음 60일 | 회사 |\n';
const twoTables = `## 첫째 <표>\n\n${noHeading}\n## 둘째\n\n> ${noHeading.replace(/\n/g, '\n> ')}`;

describe.each([
  ['Astro (Sätteri)', (markdown: string) => render(markdown)],
  ['newsletters (marked)', async (markdown: string) => markdownToHtml(markdown)],
])('%s', (_name, toHtml) => {
  const captions = async (markdown: string) => [...(await toHtml(markdown)).matchAll(/<caption class="visually-hidden">([^<]*)<\/caption>/g)].map((m) => m[1]);

  it('names a table after the heading above it', async () => {
    expect(await captions(underHeading)).toEqual(['휴가 중 급여']);
  });

  it('names a table before any heading after its columns', async () => {
    expect(await captions(noHeading)).toEqual(['기간, 주는 곳 표']);
  });

  it('gives each of several tables its own heading, escaped, also inside a quote', async () => {
    expect(await captions(twoTables)).toEqual(['첫째 &lt;표&gt;', '둘째']);
  });
});
