import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleWarnings, toolRuleIds } from '../../src/lib/benefits/rule-health';
import { RuleBook, RuleNotInForceError, ruleOn } from '../../src/lib/benefits/rules';
import { ruleEntryPath } from '../../src/lib/urls';
import { validateContent } from '../../src/loaders/content-errors';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { listRulesByTopic } from '../../src/lib/benefits/rule-list';
import { benefitRulesSchema, type BenefitRule } from '../../src/schemas/benefit-rules';

const root = path.resolve(import.meta.dirname, '../..');
const file = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);
const { rules } = file;

describe('content/data/benefit-rules.yaml against the facts sheet (reviewed 2026-12-01)', () => {
  it('holds the caps and minimum wages with their dates', () => {
    expect(ruleOn(rules, 'parentalLeave.capMonths1to3', '2026-03-01').value).toBe(2_500_000);
    expect(ruleOn(rules, 'maternityLeave.monthlyCap', '2025-12-31').value).toBe(2_100_000);
    expect(ruleOn(rules, 'maternityLeave.monthlyCap', '2026-01-01').value).toBe(2_200_000);
    expect(ruleOn(rules, 'minimumWage.hourly', '2026-06-01').value).toBe(10_320);
    expect(ruleOn(rules, 'minimumWage.hourly', '2027-01-01').value).toBe(10_700);
    expect(ruleOn(rules, 'spouseLeave.insuranceCap', '2026-01-01').value).toBe(1_684_210);
    expect(ruleOn(rules, 'childcareReducedHours.capFullRate', '2026-01-01').value).toBe(2_500_000);
    expect(ruleOn(rules, 'spouseLeave.useFromDaysBeforeDue', '2026-09-17').value).toBe(0);
    expect(ruleOn(rules, 'spouseLeave.useFromDaysBeforeDue', '2026-09-18').value).toBe(50);
  });

  it('marks [law] and [2nd] as the facts sheet does', () => {
    for (const id of ['parentalLeave.floor', 'parentalLeave.rateMonths1to6', 'childcareReducedHours.floorWage', 'sixPlusSix.capMonth3', 'remedy.unfairDismissalMinWorkers'] as const) {
      expect(ruleOn(rules, id, '2026-06-01').tier, id).toBe('law');
    }
    for (const id of ['maternityLeave.monthlyCap', 'minimumWage.hourly', 'spouseLeave.insuranceCap', 'familyCare.daysOffPerYear', 'infertilityLeave.paidDays'] as const) {
      expect(ruleOn(rules, id, '2026-06-01').tier, id).toBe('2nd');
    }
  });

  it('cites 근로기준법 제11조 and 시행령 별표 1 for the 5-worker limit, not 제28조', () => {
    const limit = ruleOn(rules, 'remedy.unfairDismissalMinWorkers', '2026-06-01');
    expect(limit.article).toBe('근로기준법 제11조, 같은 법 시행령 별표 1');
    expect(limit.source.url).toBe('https://www.law.go.kr/법령/근로기준법/제11조');
  });

  it('gives every entry an article, a tier, an article-level source and a review date', () => {
    for (const rule of rules) {
      expect(rule.article, rule.id).toBeTruthy();
      expect(new URL(rule.source.url).pathname.length, rule.id).toBeGreaterThan(1);
      expect(rule.reviewedAt, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

const entry = (over: Partial<BenefitRule>): BenefitRule => ({
  id: 'maternityLeave.monthlyCap', label: '출산전후휴가 급여 상한액', value: 2_200_000, unit: '원', effectiveFrom: '2026-01-01',
  article: '고용노동부 고시', tier: '2nd', source: { title: 't', url: 'https://www.law.go.kr/법령/고용보험법시행령/제101조' }, reviewedAt: '2026-12-01', ...over,
});

describe('ruleOn and RuleBook', () => {
  const dated = [entry({ value: 2_200_000, effectiveFrom: '2026-01-01', yearly: true }), entry({ value: 2_100_000, effectiveFrom: '2025-01-01', yearly: true })];

  it('takes the latest entry in force on the day, whatever the file order', () => {
    expect(ruleOn(dated, 'maternityLeave.monthlyCap', '2025-12-31').value).toBe(2_100_000);
    expect(ruleOn(dated, 'maternityLeave.monthlyCap', '2026-01-01').value).toBe(2_200_000);
  });

  it('refuses a date before the first entry, in Korean', () => {
    expect(() => ruleOn(dated, 'maternityLeave.monthlyCap', '2024-12-31')).toThrow(RuleNotInForceError);
    expect(() => ruleOn(dated, 'maternityLeave.monthlyCap', '2024-12-31')).toThrow(/2025년 1월 1일\(수\) 이후 날짜/);
  });

  it('records each entry a calculation used once, and links each to its row on the rules page', () => {
    const book = new RuleBook(dated);
    book.value('maternityLeave.monthlyCap', '2025-06-01');
    book.value('maternityLeave.monthlyCap', '2025-07-01');
    book.value('maternityLeave.monthlyCap', '2026-02-01');
    expect(book.used().map((r) => r.value)).toEqual([2_100_000, 2_200_000]);
    expect(ruleEntryPath(book.used()[1])).toBe('/guide/rules/#rule-maternityLeave.monthlyCap-2026-01-01');
  });

  it('says when a yearly value is used in a year whose 고시 is not on file', () => {
    const book = new RuleBook(dated);
    book.value('maternityLeave.monthlyCap', '2026-12-31');
    expect(book.pendingNotices()).toEqual([]);
    book.value('maternityLeave.monthlyCap', '2027-01-01');
    expect(book.pendingNotices()).toEqual(['2027년 출산전후휴가 급여 상한액 고시 전 — 2026년 기준으로 계산했습니다.']);
  });
});

describe('rule warnings (build, check:content and /admin)', () => {
  it('is quiet about review dates and new-year values on 2026-12-01, and lists the [2nd] rules the calculators use', () => {
    const warnings = ruleWarnings(rules, '2026-12-01');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^content\/data\/benefit-rules\.yaml: 계산기가 2차 자료로만 확인한 규칙 \d+개를 씁니다/);
    expect(warnings[0]).toContain('maternityLeave.monthlyCap');
    expect(warnings[0]).not.toContain('parentalLeave.floor');
  });

  it('warns when a new year starts without its maternity cap (the 2027 고시 is not out), but not its minimum wage (on file)', () => {
    const warnings = ruleWarnings(rules, '2027-01-05').join('\n');
    expect(warnings).toContain("2027년 '출산전후휴가 급여 상한액 (30일 기준)' 값이 없습니다");
    expect(warnings).not.toContain("2027년 '최저임금 (시간급)'");
  });

  it('warns about entries in force whose review date is over 12 months old, and not about past entries', () => {
    const old = [entry({ effectiveFrom: '2025-01-01', reviewedAt: '2025-01-01' }), entry({ effectiveFrom: '2026-01-01', reviewedAt: '2025-11-30' })];
    expect(ruleWarnings(old, '2026-11-30', new Set())).toEqual([]);
    const [warning] = ruleWarnings(old, '2026-12-01', new Set());
    expect(warning).toBe('content/data/benefit-rules.yaml: 기준일(reviewedAt)이 12개월이 지난 규칙 1개: maternityLeave.monthlyCap (2026-01-01 시행, 기준일 2025-11-30). 출처와 다시 대조하고 reviewedAt을 고치세요.');
  });

  it('knows every rule the tools read', () => {
    expect(toolRuleIds.has('minimumWage.fullTimeWeeklyHours')).toBe(true);
    expect(toolRuleIds.has('spouseLeave.useFromDaysBeforeDue')).toBe(true);
    expect(toolRuleIds.has('remedy.lateWageInterestRate')).toBe(false);
  });
});

describe('the rules page list', () => {
  it('groups by topic in file order, and marks past, current and upcoming entries', () => {
    const topics = listRulesByTopic(rules, '2026-12-01');
    expect(topics[0].title).toBe('임신·난임·유산');
    const wages = topics.find((t) => t.title === '출산전후휴가와 최저임금')!.entries.filter((e) => e.rule.id === 'minimumWage.hourly');
    expect(wages.map((e) => [e.rule.value, e.status, e.until])).toEqual([
      [10_030, 'past', '2025-12-31'],
      [10_320, 'current', undefined],
      [10_700, 'upcoming', undefined],
    ]);
    expect(topics.flatMap((t) => t.entries)).toHaveLength(rules.length);
  });
});

describe('benefit rules schema: bad data names the file and the field', () => {
  const check = (data: unknown) => {
    try {
      validateContent(benefitRulesSchema, data, 'content/data/benefit-rules.yaml');
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  };
  const withRule = (over: Record<string, unknown>) => ({ confirmWhere: '고용24', rules: [...rules.slice(1), { ...rules[0], ...over }] });

  it('names a missing rule and a duplicated date', () => {
    const one = rules.find((r) => r.id === 'parentalLeave.floor')!;
    const message = check({ confirmWhere: '고용24', rules: [one, { ...one }] });
    expect(message).toContain('content/data/benefit-rules.yaml');
    expect(message).toContain('parentalLeave.floor의 2025-01-01 시행 값이 두 번 있습니다');
    expect(message).toContain('규칙 parentalLeave.capMonths1to3이(가) 없습니다');
  });

  it('rejects an id the calculators do not know', () => {
    expect(check(withRule({ id: 'parentalLeave.cap' }))).toMatch(/'parentalLeave.cap'은\(는\) 계산기가 아는 규칙 id가 아닙니다/);
  });

  it('rejects a rate outside 0–100% and a negative cap or floor', () => {
    const rate = rules.find((r) => r.unit === '비율')!;
    const rateIndex = rules.indexOf(rate);
    const bad = { confirmWhere: '고용24', rules: rules.map((r, i) => (i === rateIndex ? { ...r, value: 80 } : r)) };
    expect(check(bad)).toMatch(new RegExp(`'rules › ${rateIndex + 1}번째 › value' 필드: 비율 80은\\(는\\) 0%~100% 밖입니다`));
    expect(check(withRule({ value: -1 }))).toMatch(/value' 필드: 값\(value\)은 0 이상이어야 합니다/);
  });

  it('rejects a rule without a source, a tier or an article, and a source that is a front page', () => {
    const { source: _source, ...noSource } = rules[0];
    expect(check({ confirmWhere: '고용24', rules: [...rules.slice(1), noSource] })).toMatch(/source' 필드/);
    expect(check(withRule({ tier: undefined }))).toMatch(/tier' 필드: 등급\(tier\)은 law/);
    expect(check(withRule({ tier: 'old' }))).toMatch(/tier' 필드/);
    expect(check(withRule({ article: undefined }))).toMatch(/article' 필드/);
    expect(check(withRule({ source: { title: '국가법령정보센터', url: 'https://www.law.go.kr/' } }))).toMatch(/누리집 첫 화면입니다/);
  });
});
