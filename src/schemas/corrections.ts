/**
 * Dated corrections for dated publications (card news, newsletters). An issue published before a rule
 * changed keeps its text; staff add a correction that says what changed and links to the current rule.
 */
import { z } from 'zod';
import { compareSeoul, dateProblem } from '../lib/dates/seoul-time';
import { nonEmpty, seoulDate } from './fields';

/** A page on this site, e.g. /guide/spouse-leave/ (same rule as the glossary's link). */
const SITE_PATH_PATTERN = /^\/[^\s]*$/;

export const correctionSchema = z.strictObject({
  /** The day the correction was made (KST). The note shows it: 정정 안내 (2026년 12월 1일). */
  date: seoulDate(),
  /** One or two plain sentences: what changed or was wrong, and what applies now. */
  text: nonEmpty('정정 내용'),
  /** The page that states the rule as it is now. */
  link: z.string({ error: "최신 기준 링크(link)를 /guide/spouse-leave/처럼 '/'로 시작하는 사이트 안 주소로 쓰세요." }).regex(SITE_PATH_PATTERN, {
    error: "링크(link)는 /guide/spouse-leave/처럼 '/'로 시작하는 사이트 안 주소로 쓰세요.",
  }),
});
export type Correction = z.infer<typeof correctionSchema>;

/** The optional `corrections:` list of a card-news issue or newsletter. */
export const correctionsField = () => z.array(correctionSchema, { error: 'corrections는 정정 안내 목록이어야 합니다 (- date: …, text: …, link: …).' }).default([]);

/**
 * Adds an error on `corrections › N번째 › date` when a correction is dated before the publication itself:
 * a correction can only follow what it corrects.
 */
export function correctionsNotBeforePublication<T extends { date?: unknown; corrections?: readonly { date?: unknown }[] }>() {
  return (value: T, ctx: z.RefinementCtx) => {
    const published = value.date;
    if (typeof published !== 'string' || dateProblem(published)) return;
    (value.corrections ?? []).forEach((correction, i) => {
      const date = correction?.date;
      if (typeof date !== 'string' || dateProblem(date)) return;
      if (compareSeoul(date, published) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', i, 'date'],
          message: `정정 날짜(${date})가 발행일(${published})보다 앞섭니다. 정정한 날을 발행일 이후로 쓰세요.`,
        });
      }
    });
  };
}
