import { describe, expect, it } from 'vitest';
import { dateFieldProblem, formatRuleValue, formatWon, parseWhole, parseWon, wageProblem } from '../../src/lib/benefits/format';
import { countUnconfirmed, demoteHeadings, markUnconfirmed, prefixHeadingIds } from '../../src/lib/html/guide-html';

describe('guide chapter HTML', () => {
  it('turns a "확인 필요:" blockquote into a labelled note and leaves other quotes alone', () => {
    const html = '<blockquote>\n<p>확인 필요: 횟수는 <a href="/x">고용24</a>에서 확인하세요.</p>\n</blockquote>\n<blockquote>\n<p>인용문</p>\n</blockquote>';
    const out = markUnconfirmed(html);
    expect(out).toContain('<aside class="unconfirmed" role="note" aria-label="확인 필요"><p><strong class="unconfirmed__label">확인 필요</strong> 횟수는 <a href="/x">고용24</a>에서 확인하세요.</p></aside>');
    expect(out).toContain('<blockquote>\n<p>인용문</p>\n</blockquote>');
  });

  it('counts the notes in Markdown', () => {
    expect(countUnconfirmed('본문\n\n> 확인 필요: 하나\n\n> 인용\n\n> 확인 필요： 둘\n')).toBe(2);
  });

  it('prefixes heading ids and demotes headings', () => {
    expect(prefixHeadingIds('<h2 id="신청-방법">신청 방법</h2><p id="x">', 'pregnancy')).toBe('<h2 id="pregnancy-신청-방법">신청 방법</h2><p id="x">');
    expect(demoteHeadings('<h2 id="a">A</h2><h3>B</h3><hr>')).toBe('<h3 id="a">A</h3><h4>B</h4><hr>');
  });
});

describe('amounts as people type and read them', () => {
  it('reads 원 amounts with commas, 원 and 만', () => {
    expect(parseWon('3,000,000원')).toBe(3_000_000);
    expect(parseWon(' 3000000 ')).toBe(3_000_000);
    expect(parseWon('300만원')).toBe(3_000_000);
    expect(parseWon('250.5만')).toBe(2_505_000);
    expect(parseWon('삼백만원')).toBeNull();
    expect(parseWon('')).toBeNull();
    expect(wageProblem('삼백만원')).toBe('금액을 숫자로 쓰세요. 예: 3000000 또는 300만');
    expect(wageProblem('300만')).toBeUndefined();
    expect(wageProblem('  ')).toBeUndefined();
    expect(parseWhole('12')).toBe(12);
    expect(parseWhole('1.5')).toBeNull();
  });

  it('asks for a date field in words about dates only, never a time (issue 19)', () => {
    expect(dateFieldProblem('휴가 시작일', '')).toBe('휴가 시작일을 고르세요.');
    expect(dateFieldProblem('휴가 시작일', '2026-03-02')).toBeUndefined();
    // A five-digit year is what Chromium's date field gives when one is typed.
    expect(dateFieldProblem('휴가 시작일', '20266-03-02')).toBe("'20266-03-02'은(는) 날짜가 아닙니다. 2026-11-24처럼 연(4자리)-월-일로 쓰세요.");
    expect(dateFieldProblem('휴가 시작일', '2026-02-30')).toBe("'2026-02-30': 2026년 2월에는 30일이 없습니다.");
    // Past the quoted input, the advice never mentions a time.
    for (const text of ['20266-03-02', '2026-3-2', '2026-03-02T09:00']) expect(dateFieldProblem('휴가 시작일', text)?.replace(/^'[^']*'/, '')).not.toMatch(/T\d|시각|\d{2}:\d{2}/);
  });

  it('writes amounts, rates and ages', () => {
    expect(formatWon(23_100_000)).toBe('23,100,000원');
    expect(formatRuleValue({ value: 0.8, unit: '비율' })).toBe('80%');
    expect(formatRuleValue({ value: 8, unit: '세' })).toBe('만 8세');
    expect(formatRuleValue({ value: 20, unit: '근무일' })).toBe('20근무일');
  });
});
