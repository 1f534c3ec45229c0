/** How calculators read and write amounts: the same in the browser and on the server, whatever the locale. */
import type { BenefitRule } from '../../schemas/benefit-rules';
import { calendarDateProblem } from '../dates/calendar-date';

/** 2500000 → "2,500,000" */
const groupDigits = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const formatWon = (n: number) => `${groupDigits(n)}원`;

/** 0.8 → "80%" */
export const formatRate = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** A rule's value with its unit: "2,500,000원", "80%", "45일", "만 8세". */
export function formatRuleValue(rule: Pick<BenefitRule, 'value' | 'unit'>): string {
  switch (rule.unit) {
    case '원':
      return formatWon(rule.value);
    case '비율':
      return formatRate(rule.value);
    case '세':
      return `만 ${rule.value}세`;
    default:
      return `${groupDigits(rule.value)}${rule.unit}`;
  }
}

/**
 * Reads an amount as people type it: "3000000", "3,000,000", "3,000,000원", "300만", "300만원".
 * Returns null when it is not an amount.
 */
export function parseWon(text: string): number | null {
  const compact = text.replace(/[\s,]/g, '').replace(/원$/, '');
  if (!compact) return null;
  const tenThousands = /^(\d+(?:\.\d+)?)만$/.exec(compact);
  if (tenThousands) return Math.round(Number(tenThousands[1]) * 10_000);
  return /^\d+$/.test(compact) ? Number(compact) : null;
}

/** Why a date field (`label`, e.g. 휴가 시작일) cannot be used: empty, or not a calendar date. */
export function dateFieldProblem(label: string, value: string): string | undefined {
  return value ? (calendarDateProblem(value) ?? undefined) : `${label}을 고르세요.`;
}

/** Why a typed wage is not an amount; undefined while the box is empty or the amount reads fine. */
export function wageProblem(text: string): string | undefined {
  return text.trim() && parseWon(text) === null ? '금액을 숫자로 쓰세요. 예: 3000000 또는 300만' : undefined;
}

/** A whole number typed into a field ("12", " 40 "), or null. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}
