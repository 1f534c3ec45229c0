/**
 * Card news written once as Markdown (src/cards/issue-text.ts): the syntax staff learn (docs/staff-guide.md), the cards
 * it makes, the problems it names, and the page's text version made from the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuePageMarkdown, parseIssueText } from '../../src/cards/issue-text';
import { parseMarkdownFile } from '../../src/loaders/content-errors';

const contact = { name: '서북권직장맘지원센터', phone: '02-308-1220', hours: '평일 09:00–18:00' };

const issue = `# 육아휴직, **최대 18개월**
부모가 함께 쓰면
6개월 더

## 누가 쓰나요?

만 8세 이하 자녀를 둔 노동자라면 **누구나** 쓸 수 있어요.

둘째 문단은 카드의 새 줄이에요.

### 자세한 설명
이 문단과 [링크](/guide/parental-leave/)는 누리집 글에만 나와요.

## 신청 순서
1. 회사에 신청서 내기
2. 30일 기다리기

## 이렇게 바뀌었어요
- 12개월 → 18개월
- 2025년부터

## 질문: 회사가 거절하면요?
거절할 수 없어요(남녀고용평등법 제19조).

## 숫자: 250만원
처음 3개월의 월 급여 상한이에요.

## 마무리: 혼자 고민하지 마세요
02-308-1220으로 전화하세요.
`;

describe('parsing an issue', () => {
  it('makes one card per section, of the kind its heading and body say', () => {
    const { slides, problems } = parseIssueText(issue);
    expect(problems).toEqual([]);
    expect(slides).toEqual([
      { kind: 'cover', title: '육아휴직, **최대 18개월**', subtitle: '부모가 함께 쓰면 6개월 더' },
      { kind: 'text', heading: '누가 쓰나요?', body: '만 8세 이하 자녀를 둔 노동자라면 **누구나** 쓸 수 있어요.\n둘째 문단은 카드의 새 줄이에요.' },
      { kind: 'list', heading: '신청 순서', ordered: true, items: ['회사에 신청서 내기', '30일 기다리기'] },
      { kind: 'list', heading: '이렇게 바뀌었어요', ordered: false, items: ['12개월 → 18개월', '2025년부터'] },
      { kind: 'qa', question: '회사가 거절하면요?', answer: '거절할 수 없어요(남녀고용평등법 제19조).' },
      { kind: 'number', value: '250만원', caption: '처음 3개월의 월 급여 상한이에요.' },
      { kind: 'closing', heading: '혼자 고민하지 마세요', body: '02-308-1220으로 전화하세요.' },
    ]);
  });

  it('names what cannot become a card, card by card', () => {
    const problems = (text: string) => parseIssueText(text).problems;
    expect(problems('본문부터 썼어요\n\n# 표지')[0]).toMatchObject({ card: 0, message: expect.stringContaining('첫 줄은') });
    expect(problems('## 표지처럼')[0]).toMatchObject({ card: 1, message: expect.stringContaining("'# 표지처럼'로 바꾸세요") });
    expect(problems('# 표지\n\n## 빈 카드')[0]).toMatchObject({ card: 2 });
    expect(problems('# 표지\n\n## 목록\n- 하나')[0]).toMatchObject({ card: 2, message: expect.stringContaining('2개 이상') });
    expect(problems('# 표지\n\n## 섞음\n문장\n\n- 하나\n- 둘')[0]).toMatchObject({ card: 2, message: expect.stringContaining('목록(- 항목)만') });
    expect(problems('# 표지\n\n## 링크\n[여기](/a/)를 보세요')[0]).toMatchObject({ card: 2, message: expect.stringContaining('링크') });
    expect(problems('# 표지\n\n## 숫자: 1,684,210원은 너무 길어요\n설명')[0]).toMatchObject({ card: 2, message: expect.stringContaining('12자까지') });
    expect(problems(`# 표지\n${'\n## 카드\n글\n'.repeat(10)}`)).toContainEqual({ card: 11, message: expect.stringContaining('10장까지') });
  });
});

describe('the page text version', () => {
  it('is the same text: cards as h3 under 글로 읽기 (h2), page-only parts h4, kind words dropped, the closing card’s contact written out', () => {
    const page = issuePageMarkdown(issue, contact);
    expect(page).toMatch(/^### 육아휴직, \*\*최대 18개월\*\*$/m);
    expect(page).toMatch(/^### 누가 쓰나요\?$/m);
    expect(page).toContain('#### 자세한 설명\n이 문단과 [링크](/guide/parental-leave/)는 누리집 글에만 나와요.');
    expect(page).toMatch(/^### 회사가 거절하면요\?$/m);
    expect(page).toMatch(/^### 250만원$/m);
    expect(page).toMatch(/### 혼자 고민하지 마세요\n02-308-1220으로 전화하세요\.\n\n상담 문의: 서북권직장맘지원센터 \[02-308-1220\]\(tel:023081220\) \(평일 09:00–18:00\)\n$/);
    expect(page).not.toMatch(/^#{1,2} /m);
  });

  it('every published issue parses into cards with no problem', () => {
    const dir = 'content/card-news';
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const { body } = parseMarkdownFile(readFileSync(`${dir}/${name}`, 'utf8'), name);
      const { slides, problems } = parseIssueText(body);
      expect(problems, name).toEqual([]);
      expect(slides[0].kind, name).toBe('cover');
    }
  });
});
