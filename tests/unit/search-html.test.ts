import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../src/lib/search/korean-search';
import { FINDABLE_FIELD, FINDABLE_TITLE_FIELD, findSearchBody, htmlToText, searchDocument, withFindableForms } from '../../src/lib/search/page-forms';

const vocabulary = createVocabulary([
  { term: '육아휴직', parts: ['육아', '휴직'], aliases: ['육휴'] },
  { term: '출산전후휴가', parts: ['출산', '휴가'], aliases: ['출산휴가'] },
]);
const page = (body: string) =>
  `<html><body><header>출산전후휴가 메뉴</header><main><article class="prose" data-pagefind-body><div>${body}</div></article></main><footer>육아휴직 안내</footer></body></html>`;

describe('findSearchBody', () => {
  it('finds the data-pagefind-body element, nested tags of the same name included', () => {
    const html = '<main><div data-pagefind-body><div>안</div>밖<div>쪽</div></div><div>발</div></main>';
    const body = findSearchBody(html)!;
    expect(html.slice(body.start, body.end)).toBe('<div>안</div>밖<div>쪽</div>');
  });
  it('returns null for a page without one', () => {
    expect(findSearchBody('<main><h1>목록</h1></main>')).toBeNull();
  });
  it('does not take data-pagefind-body-like attributes', () => {
    expect(findSearchBody('<div data-pagefind-bodyguard>x</div>')).toBeNull();
  });
});

describe('searchDocument', () => {
  it('keeps the head and the data-pagefind-body element, and leaves out header, menus and footer', () => {
    const html = `<!doctype html><html lang="ko"><head><title>육아휴직</title></head><body><header>메뉴</header><main><article class="prose" data-pagefind-body><h1>육아휴직</h1><div><p>본문</p></div></article></main><footer>센터 전화</footer></body></html>`;
    expect(searchDocument(html)).toBe(
      '<!doctype html><html lang="ko"><head><title>육아휴직</title></head><body><article class="prose" data-pagefind-body><h1>육아휴직</h1><div><p>본문</p></div></article></body></html>',
    );
  });
  it('is null for a page that is not indexed', () => {
    expect(searchDocument('<html><head></head><body><main><h1>목록</h1></main></body></html>')).toBeNull();
  });
});

describe('htmlToText', () => {
  it('drops tags, scripts and styles and decodes entities', () => {
    expect(htmlToText('<p>임금&amp;휴가</p><script>var 육휴=1</script><style>.a{}</style><p>일&middot;생활&#32;균형</p>')).toBe('임금&휴가 일·생활 균형');
  });
});

describe('withFindableForms', () => {
  it('adds a hidden metadata field inside the search body, from the body text only', () => {
    const { html, forms, titleForms } = withFindableForms(page('<p>육아휴직을 신청하세요.</p>'), vocabulary);
    expect(forms).toEqual(['육휴', '휴직']);
    expect(titleForms).toEqual([]);
    expect(html).toContain(`<article class="prose" data-pagefind-body><meta data-pagefind-meta="${FINDABLE_FIELD}[content]" content="육휴 휴직">`);
    // The header mentions 출산전후휴가, but only the body counts.
    expect(forms).not.toContain('출산휴가');
  });
  it('gives the title its own field, so its parts can weigh like the title', () => {
    const { html, titleForms } = withFindableForms(page('<h1>가족돌봄휴가와 출산전후휴가</h1><p>본문</p>'), vocabulary);
    expect(titleForms).toEqual(expect.arrayContaining(['휴가', '출산휴가']));
    expect(html).toContain(`data-pagefind-meta="${FINDABLE_TITLE_FIELD}[content]"`);
  });
  it('leaves pages without a search body or without glossary words unchanged', () => {
    const list = '<main><h1>출산전후휴가</h1></main>';
    expect(withFindableForms(list, vocabulary)).toEqual({ html: list, forms: [], titleForms: [] });
    const plain = page('<p>오시는 길</p>');
    expect(withFindableForms(plain, vocabulary).html).toBe(plain);
  });
});
