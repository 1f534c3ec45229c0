/**
 * The rules page "이 안내의 기준" (and the print edition) lists every entry of content/data/benefit-rules.yaml,
 * grouped by topic in the order staff wrote them, each marked as in force, past (with its last day) or upcoming.
 */
import type { BenefitRule } from '../../schemas/benefit-rules';
import { ruleHistory } from './rules';
import { addDays } from '../dates/calendar-date';
import { compareSeoul } from '../dates/seoul-time';

/** Topic of a rule id's first part, as the reader knows it. */
const TOPICS: Record<string, string> = {
  pregnancyReducedHours: '임신·난임·유산',
  infertilityLeave: '임신·난임·유산',
  miscarriageLeave: '임신·난임·유산',
  maternityLeave: '출산전후휴가와 최저임금',
  minimumWage: '출산전후휴가와 최저임금',
  spouseLeave: '배우자 출산전후휴가와 유산·사산휴가',
  spouseMiscarriageLeave: '배우자 출산전후휴가와 유산·사산휴가',
  parentalLeave: '육아휴직',
  shortParentalLeave: '육아휴직',
  sixPlusSix: '육아휴직',
  childcareReducedHours: '육아기 근로시간 단축',
  familyCare: '가족돌봄',
  artistMaternity: '고용보험 밖의 사람',
  protection: '보호와 구제',
  remedy: '보호와 구제',
};

const ruleTopic = (rule: Pick<BenefitRule, 'id'>) => TOPICS[rule.id.split('.')[0]] ?? '그 밖의 기준';

export interface ListedRule {
  rule: BenefitRule;
  status: 'current' | 'past' | 'upcoming';
  /** last day a past entry applied */
  until?: string;
}

export interface RuleTopic {
  title: string;
  entries: ListedRule[];
}

export function listRulesByTopic(rules: readonly BenefitRule[], today: string): RuleTopic[] {
  const topics = new Map<string, ListedRule[]>();
  for (const rule of rules) {
    const history = ruleHistory(rules, rule.id);
    const next = history[history.indexOf(rule) + 1];
    const started = compareSeoul(rule.effectiveFrom, today) <= 0;
    const ended = next && compareSeoul(next.effectiveFrom, today) <= 0;
    const entry: ListedRule = !started
      ? { rule, status: 'upcoming' }
      : ended
        ? { rule, status: 'past', until: addDays(next.effectiveFrom, -1) }
        : { rule, status: 'current' };
    const title = ruleTopic(rule);
    topics.set(title, [...(topics.get(title) ?? []), entry]);
  }
  return [...topics].map(([title, entries]) => ({ title, entries }));
}
