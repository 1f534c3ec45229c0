/**
 * Looks up the rule in force on a date in content/data/benefit-rules.yaml, and remembers which
 * entries a calculation used, so every result can show its rule dates and sources.
 */
import type { BenefitRule, BenefitRuleId } from '../schemas/benefit-rules';
import { compareSeoul, formatKoreanDate } from './seoul-time';

/** A date earlier than every entry of a rule: there is nothing to calculate with. */
export class RuleNotInForceError extends Error {
  constructor(readonly ruleId: BenefitRuleId, readonly date: string, earliest: BenefitRule | undefined) {
    super(
      earliest
        ? `${formatKoreanDate(date)}에 시행 중인 '${earliest.label}' 기준이 자료에 없습니다. ${formatKoreanDate(earliest.effectiveFrom)} 이후 날짜로 계산해 주세요.`
        : `'${ruleId}' 기준이 자료에 없습니다.`,
    );
    this.name = 'RuleNotInForceError';
  }
}

/** The entry of `id` with the latest effectiveFrom on or before `date`. */
export function ruleOn(rules: readonly BenefitRule[], id: BenefitRuleId, date: string): BenefitRule {
  const candidates = rules.filter((rule) => rule.id === id).sort((a, b) => compareSeoul(a.effectiveFrom, b.effectiveFrom));
  const inForce = candidates.filter((rule) => compareSeoul(rule.effectiveFrom, date) <= 0).at(-1);
  if (!inForce) throw new RuleNotInForceError(id, date, candidates[0]);
  return inForce;
}

/** Rule lookups for one calculation, recording each entry used (in first-use order, once each). */
export class RuleBook {
  private readonly usedEntries = new Set<BenefitRule>();

  constructor(private readonly rules: readonly BenefitRule[]) {}

  rule(id: BenefitRuleId, date: string): BenefitRule {
    const entry = ruleOn(this.rules, id, date);
    this.usedEntries.add(entry);
    return entry;
  }

  value(id: BenefitRuleId, date: string): number {
    return this.rule(id, date).value;
  }

  used(): BenefitRule[] {
    return [...this.usedEntries];
  }
}
