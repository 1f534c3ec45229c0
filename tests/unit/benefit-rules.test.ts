import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/lib/content-files';
import { dataFiles } from '../../src/lib/content-model';
import { RuleBook, RuleNotInForceError, ruleOn } from '../../src/lib/benefit-rules';
import { validateContent } from '../../src/lib/content-errors';
import { benefitRulesSchema, type BenefitRule } from '../../src/schemas/benefit-rules';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);

describe('content/data/benefit-rules.yaml', () => {
  it('holds the caps of the facts sheet with their dates', () => {
    expect(ruleOn(rules, 'parentalLeave.capMonths1to3', '2026-03-01').value).toBe(2_500_000);
    expect(ruleOn(rules, 'maternityLeave.monthlyCap', '2025-12-31').value).toBe(2_100_000);
    expect(ruleOn(rules, 'maternityLeave.monthlyCap', '2026-01-01').value).toBe(2_200_000);
    expect(ruleOn(rules, 'minimumWage.hourly', '2026-06-01').value).toBe(10_320);
  });

  it('flags the values the facts sheet marks UNCONFIRMED', () => {
    for (const id of ['parentalLeave.floor', 'parentalLeave.rateMonths1to6', 'childcareReducedHours.floorWage', 'sixPlusSix.capMonth3', 'familyCare.daysOffPerYear'] as const) {
      expect(ruleOn(rules, id, '2026-06-01').unconfirmed, id).toBeTruthy();
    }
    expect(ruleOn(rules, 'parentalLeave.capMonths1to3', '2026-06-01').unconfirmed).toBeUndefined();
  });
});

describe('ruleOn', () => {
  const rule = (value: number, effectiveFrom: string): BenefitRule => ({
    id: 'maternityLeave.monthlyCap', label: '상한', value, unit: '원', effectiveFrom, source: { title: 't', url: 'https://www.moel.go.kr/' },
  });
  const dated = [rule(2_200_000, '2026-01-01'), rule(2_100_000, '2025-01-01')];

  it('takes the latest entry in force on the day, whatever the file order', () => {
    expect(ruleOn(dated, 'maternityLeave.monthlyCap', '2025-12-31').value).toBe(2_100_000);
    expect(ruleOn(dated, 'maternityLeave.monthlyCap', '2026-01-01').value).toBe(2_200_000);
  });

  it('refuses a date before the first entry, in Korean', () => {
    expect(() => ruleOn(dated, 'maternityLeave.monthlyCap', '2024-12-31')).toThrow(RuleNotInForceError);
    expect(() => ruleOn(dated, 'maternityLeave.monthlyCap', '2024-12-31')).toThrow(/2025년 1월 1일\(수\) 이후 날짜/);
  });

  it('records each entry a calculation used once', () => {
    const book = new RuleBook(dated);
    book.value('maternityLeave.monthlyCap', '2025-06-01');
    book.value('maternityLeave.monthlyCap', '2025-07-01');
    book.value('maternityLeave.monthlyCap', '2026-02-01');
    expect(book.used().map((r) => r.value)).toEqual([2_100_000, 2_200_000]);
  });
});

describe('benefit rules schema', () => {
  it('names a missing rule and a duplicated date', () => {
    const one = rules.find((r) => r.id === 'parentalLeave.floor')!;
    const bad = { reviewedAt: '2026-11-24', rules: [one, { ...one }] };
    try {
      validateContent(benefitRulesSchema, bad, 'content/data/benefit-rules.yaml');
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('content/data/benefit-rules.yaml');
      expect(message).toContain('parentalLeave.floor의 2025-01-01 시행 값이 두 번 있습니다');
      expect(message).toContain('규칙 parentalLeave.capMonths1to3이(가) 없습니다');
    }
  });

  it('rejects an id the calculators do not know', () => {
    expect(() => validateContent(benefitRulesSchema, { reviewedAt: '2026-11-24', rules: [{ ...rules[0], id: 'parentalLeave.cap' }] }, 'x.yaml')).toThrow(
      /'parentalLeave.cap'은\(는\) 계산기가 아는 규칙 id가 아닙니다/,
    );
  });
});
