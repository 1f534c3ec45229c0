/**
 * What in content/data/benefit-rules.yaml needs a look from staff, so the guide stays right when the law moves:
 * an entry not checked against its source for 12 months, a new year without its 고시 (minimum wage, maternity cap),
 * and the 2nd-tier rules a calculator relies on. The build, `npm run check:content` and /admin all show this list;
 * none of it stops the build, because each of these is still the best value on file.
 */
import type { BenefitRule, BenefitRuleId } from '../../schemas/benefit-rules';
import { ruleHistory, ruleOn } from './rules';
import { addDays, periodEnd } from '../dates/calendar-date';
import { maternityLeaveRuleIds } from './maternity-leave';
import { timelineRuleIds } from './timeline';
import { parentalLeaveRuleIds } from './parental-leave';
import { reducedHoursRuleIds } from './reduced-hours';
import { plannerRuleIds } from '../planner/rule-ids';
import { compareSeoul } from '../dates/seoul-time';
import { spouseLeaveRuleIds } from './spouse-leave';

const RULES_FILE = 'content/data/benefit-rules.yaml';

/** Every rule a calculator or the timeline can read. */
export const toolRuleIds: ReadonlySet<BenefitRuleId> = new Set([
  ...maternityLeaveRuleIds,
  ...parentalLeaveRuleIds,
  ...reducedHoursRuleIds,
  ...spouseLeaveRuleIds,
  ...timelineRuleIds,
  ...plannerRuleIds,
]);

const REVIEW_MONTHS = 12;

/** Entries that matter today: the one in force for each id, and any that start later. */
function currentEntries(rules: readonly BenefitRule[], today: string): BenefitRule[] {
  const ids = [...new Set(rules.map((rule) => rule.id))];
  return ids.flatMap((id) => {
    const history = ruleHistory(rules, id);
    const inForce = history.filter((rule) => compareSeoul(rule.effectiveFrom, today) <= 0).at(-1);
    return history.filter((rule) => rule === inForce || compareSeoul(rule.effectiveFrom, today) > 0);
  });
}

/** One line per thing to look at, each naming the file and the rule; empty when all is well. */
export function ruleWarnings(rules: readonly BenefitRule[], today: string, usedByTools: ReadonlySet<BenefitRuleId> = toolRuleIds): string[] {
  const warnings: string[] = [];
  const current = currentEntries(rules, today);
  // Stale from the day after the 12-month anniversary of the review.
  const stale = current.filter((rule) => compareSeoul(addDays(periodEnd(rule.reviewedAt, REVIEW_MONTHS), 1), today) < 0);
  if (stale.length) {
    const list = stale.map((rule) => `${rule.id} (${rule.effectiveFrom} 시행, 기준일 ${rule.reviewedAt})`).join(', ');
    warnings.push(`${RULES_FILE}: 기준일(reviewedAt)이 ${REVIEW_MONTHS}개월이 지난 규칙 ${stale.length}개: ${list}. 출처와 다시 대조하고 reviewedAt을 고치세요.`);
  }
  const year = today.slice(0, 4);
  const yearlyIds = [...new Set(rules.filter((rule) => rule.yearly).map((rule) => rule.id))];
  for (const id of yearlyIds) {
    if (!ruleHistory(rules, id).some((rule) => rule.effectiveFrom.startsWith(year))) {
      const inForce = ruleOn(rules, id, today);
      warnings.push(`${RULES_FILE}: ${year}년 '${inForce.label}' 값이 없습니다. 지금은 ${inForce.effectiveFrom.slice(0, 4)}년 값으로 계산하고 결과에 '${year}년 고시 전'이라고 표시합니다. 고시가 나오면 ${year}-01-01 시행 항목을 추가하세요.`);
    }
  }
  const secondary = current.filter((rule) => rule.tier === '2nd' && usedByTools.has(rule.id) && compareSeoul(rule.effectiveFrom, today) <= 0);
  if (secondary.length) {
    warnings.push(`${RULES_FILE}: 계산기가 2차 자료로만 확인한 규칙 ${secondary.length}개를 씁니다 (결과에 '확인 필요'로 표시): ${secondary.map((rule) => rule.id).join(', ')}. 법령 원문으로 확인되면 tier를 law로 바꾸세요.`);
  }
  return warnings;
}
