import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { compact, createVocabulary, expandQuery, findableForms, markWords, stripParticle, suggestTerms, tokenize } from '../../src/lib/search/korean-search';
import { mergeAndRank, titleRank } from '../../src/lib/search/ranking';

// The real glossary staff edit, so these tests also catch a glossary change that breaks search.
const glossary = loadDataFile(process.cwd(), dataFiles.glossary.file, dataFiles.glossary.schema);
const vocabulary = createVocabulary(glossary);

describe('tokenize and compact', () => {
  it('splits on spaces and punctuation, keeps 6+6', () => {
    expect(tokenize('육아휴직, 어떻게 신청하나요? (6+6)')).toEqual(['육아휴직', '어떻게', '신청하나요', '6+6']);
  });
  it('removes spaces and middle dots', () => {
    expect(compact('일·생활 균형')).toBe('일생활균형');
    expect(compact('육아 휴직')).toBe('육아휴직');
  });
});

describe('stripParticle', () => {
  it.each([
    ['육아휴직을', '육아휴직'],
    ['노동법이', '노동법'],
    ['돌봄은', '돌봄'],
    ['회사에서는', '회사'],
    ['잘렸어요', '잘렸'],
    ['신청했어요', '신청'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word, vocabulary)).toBe(stem);
  });

  it('keeps a final syllable that belongs to a glossary word', () => {
    expect(stripParticle('출산휴가', vocabulary)).toBe('출산휴가');
    expect(stripParticle('휴가', vocabulary)).toBe('휴가');
  });

  it('keeps words that would be left with one syllable, and non-Korean words', () => {
    expect(stripParticle('아이', vocabulary)).toBe('아이');
    expect(stripParticle('zoom', vocabulary)).toBe('zoom');
  });
});

describe('findableForms (index time)', () => {
  it('adds compound parts found inside words', () => {
    const forms = findableForms('육아휴직을 신청하세요. 근로시간단축도 됩니다.', vocabulary);
    expect(forms).toContain('휴직');
    expect(forms).toContain('단축');
  });

  it('adds the aliases of glossary terms the page mentions', () => {
    const forms = findableForms('출산전후휴가는 90일입니다.', vocabulary);
    expect(forms).toContain('출산휴가');
    expect(findableForms('임금을 제때 받지 못했다면', vocabulary)).toContain('월급');
    expect(findableForms('부당해고 구제신청', vocabulary)).toEqual(expect.arrayContaining(['해고', '잘렸']));
  });

  it('recognises a term written with other spacing', () => {
    expect(findableForms('육아 휴직 중에도', vocabulary)).toContain('육아휴직');
  });

  it('leaves out words Pagefind already finds by prefix', () => {
    const forms = findableForms('육아휴직을 신청하세요.', vocabulary);
    expect(forms).not.toContain('육아');
    expect(forms).not.toContain('육아휴직');
  });

  it('does not read a short alias across two words', () => {
    // "교육 휴가" contains 육휴 once the space is gone; it must not make the page a 육아휴직 page.
    expect(findableForms('교육 휴가 안내', vocabulary)).not.toContain('육휴');
  });

  it('adds nothing to a page without glossary words', () => {
    expect(findableForms('오시는 길은 지하철 3호선입니다.', vocabulary)).toEqual([]);
  });
});

describe('expandQuery (query time)', () => {
  const searches = (q: string) => expandQuery(q, vocabulary).searches;

  it('strips particles', () => {
    expect(searches('육아휴직을')).toContain('육아휴직');
    expect(searches('노동법이')).toContain('노동법');
  });

  it('joins spaced words into the glossary term', () => {
    expect(searches('육아 휴직')).toContain('육아휴직');
    expect(searches('육아 휴직')[0]).toBe('육아 휴직');
  });

  it('maps abbreviations and everyday words to the term', () => {
    expect(searches('육휴')).toContain('육아휴직');
    expect(searches('출산휴가')).toContain('출산전후휴가');
    expect(searches('월급')).toContain('임금');
    expect(searches('잘렸어요')).toContain('해고');
    expect(searches('월급 못 받음')).toContain('임금체불');
  });

  it('expands an alias shared by two terms to both', () => {
    expect(searches('단축근무')).toEqual(expect.arrayContaining(['육아기 근로시간 단축', '임신기 근로시간 단축']));
  });

  it('keeps words it does not know and maps the ones it does', () => {
    expect(searches('육휴 급여')).toContain('육아휴직 급여');
    expect(searches('육휴 서류')).toContain('육아휴직 서류');
  });

  it('names the glossary entries and the words to highlight', () => {
    const expanded = expandQuery('육휴', vocabulary);
    expect(expanded.entries.map((e) => e.term)).toEqual(['육아휴직']);
    expect(expanded.highlights).toEqual(expect.arrayContaining(['육휴', '육아휴직']));
  });

  it('returns nothing for punctuation only', () => {
    expect(expandQuery(' ?! ', vocabulary)).toEqual({ searches: [], entries: [], highlights: [] });
  });
});

describe('markWords', () => {
  it('marks every occurrence, longest word first', () => {
    expect(markWords('육아휴직과 휴직', ['휴직', '육아휴직'])).toEqual([
      { text: '육아휴직', marked: true },
      { text: '과 ', marked: false },
      { text: '휴직', marked: true },
    ]);
  });
  it('returns the text unmarked when nothing matches', () => {
    expect(markWords('출산', ['해고'])).toEqual([{ text: '출산', marked: false }]);
  });
});

describe('suggestTerms', () => {
  it('puts terms sharing letters with the query first', () => {
    expect(suggestTerms('육아휴직급여문의', glossary, 3)[0].term).toBe('육아휴직 급여');
  });
  it('fills up with the first glossary terms', () => {
    expect(suggestTerms('zzz', glossary, 2).map((e) => e.term)).toEqual([glossary[0].term, glossary[1].term]);
  });
});

describe('ranking', () => {
  const hit = (url: string, title: string, score: number, search = 0) => ({ url, title, score, search, data: null });

  it('ranks an exact title first, then titles containing the query', () => {
    const ranked = mergeAndRank([hit('/a/', '육아휴직 급여 계산', 5), hit('/b/', '육아휴직', 1), hit('/c/', '상담 사례', 9)], ['육아휴직']);
    expect(ranked.map((r) => r.url)).toEqual(['/b/', '/a/', '/c/']);
  });

  it('merges the same page found by several searches, keeping its best score', () => {
    const ranked = mergeAndRank([hit('/a/', '안내', 1, 0), hit('/a/', '안내', 3, 1), hit('/b/', '소식', 2, 0)], ['x']);
    expect(ranked.map((r) => [r.url, r.score])).toEqual([['/a/', 3], ['/b/', 2]]);
  });

  it('ignores spacing when comparing titles', () => {
    expect(titleRank('육아 휴직', ['육아휴직'])).toBe(0);
    expect(titleRank('출산전후휴가 안내', ['출산전후휴가'])).toBe(1);
  });
});
