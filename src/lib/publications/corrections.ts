/**
 * Dated corrections of card news and newsletters (schema: src/schemas/corrections.ts), shaped for the
 * issue pages, the card images and their alt text. Pure: the browser (CMS preview) runs it too.
 */
import type { Correction } from '../../schemas/corrections';
import { formatDottedDay, formatKoreanDay } from '../dates/seoul-time';

/** The newest correction date, or undefined when there is none. Dates are YYYY-MM-DD, so they sort as text. */
export function latestCorrectionDate(corrections: readonly Pick<Correction, 'date'>[] | undefined): string | undefined {
  return [...(corrections ?? [])].map((c) => c.date).sort().at(-1);
}

/**
 * The band printed on every card of a corrected issue, so a card shared alone still says it was corrected:
 * `2026.12.1 정정 · 최신 기준은 누리집에서`. Undefined when the issue has no correction.
 */
export function correctionBandText(corrections: readonly Pick<Correction, 'date'>[] | undefined): string | undefined {
  const date = latestCorrectionDate(corrections);
  return date ? `${formatDottedDay(date)} 정정 · 최신 기준은 누리집에서` : undefined;
}

export interface CorrectionGroup {
  date: string;
  /** 정정 안내 (2026년 12월 1일) */
  heading: string;
  items: Correction[];
}

/** Corrections grouped by day, newest day first; within a day, in the order staff wrote them. */
export function correctionGroups(corrections: readonly Correction[] | undefined): CorrectionGroup[] {
  const byDate = new Map<string, Correction[]>();
  for (const correction of corrections ?? []) byDate.set(correction.date, [...(byDate.get(correction.date) ?? []), correction]);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, items]) => ({ date, heading: `정정 안내 (${formatKoreanDay(date)})`, items }));
}
