/**
 * Looks up the rule in force on a date in content/data/benefit-rules.yaml, and remembers which
 * entries a calculation used, so every result can show its rule dates and sources and link to them.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { compareSeoul, formatKoreanDate } from '../dates/seoul-time';

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

/** Every entry of `id`, oldest first. */
export function ruleHistory(rules: readonly BenefitRule[], id: BenefitRuleId): BenefitRule[] {
  return rules.filter((rule) => rule.id === id).sort((a, b) => compareSeoul(a.effectiveFrom, b.effectiveFrom));
}

/** The entry of `id` with the latest effectiveFrom on or before `date`. */
export function ruleOn(rules: readonly BenefitRule[], id: BenefitRuleId, date: string): BenefitRule {
  const history = ruleHistory(rules, id);
  const inForce = history.filter((rule) => compareSeoul(rule.effectiveFrom, date) <= 0).at(-1);
  if (!inForce) throw new RuleNotInForceError(id, date, history[0]);
  return inForce;
}

/** The year of a written date. */
const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Rule lookups for one calculation, recording each entry used (in first-use order, once each).
 * `Id` is the calculator's declared list of rules, so it cannot read one it does not declare.
 */
export class RuleBook<Id extends BenefitRuleId = BenefitRuleId> {
  private readonly usedOn = new Map<BenefitRule, string>();

  constructor(private readonly rules: readonly BenefitRule[]) {}

  rule(id: Id, date: string): BenefitRule {
    const entry = ruleOn(this.rules, id, date);
    const latest = this.usedOn.get(entry);
    if (!latest || date > latest) this.usedOn.set(entry, date);
    return entry;
  }

  value(id: Id, date: string): number {
    return this.rule(id, date).value;
  }

  used(): BenefitRule[] {
    return [...this.usedOn.keys()];
  }

  /**
   * A yearly value (set by a 고시 each year) used for a date in a later year than its entry: the new
   * year's 고시 is not on file yet, so the result says which year's value it used instead of guessing.
   */
  pendingNotices(): string[] {
    return [...this.usedOn].flatMap(([rule, date]) =>
      rule.yearly && yearOf(date) > yearOf(rule.effectiveFrom)
        ? [`${yearOf(date)}년 ${rule.label} 고시 전 — ${yearOf(rule.effectiveFrom)}년 기준으로 계산했습니다.`]
        : [],
    );
  }
}
