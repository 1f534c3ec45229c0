import { z } from 'zod';
import { nonEmpty, seoulDate, webUrl } from './fields';

/** Where a rule comes from: a law, an official page or a news report. */
export const sourceSchema = z.strictObject({
  title: nonEmpty('출처 이름'),
  url: webUrl(),
});

/** A chapter of the maternity-protection guide: `content/guide/<slug>.md`. */
export const guideSchema = z.strictObject({
    /** Position in the guide, 1 first. */
    order: z.number({ error: '순서(order)는 숫자로 쓰세요.' }).int({ error: '순서(order)는 1, 2, 3처럼 정수로 쓰세요.' }).positive({ error: '순서(order)는 1부터 씁니다.' }),
    title: nonEmpty('제목'),
    summary: nonEmpty('요약'),
    /** The summary box at the top of the chapter. */
    summaryBox: z
      .strictObject({
        who: nonEmpty('대상'),
        howLong: nonEmpty('기간'),
        howMuch: nonEmpty('급여'),
        howToApply: nonEmpty('신청 방법'),
      })
      .optional(),
    /** e.g. 근로기준법 제74조 */
    legalBasis: z.array(nonEmpty('법적 근거')).min(1, { error: '법적 근거(legalBasis)를 하나 이상 쓰세요.' }),
    sources: z.array(sourceSchema).min(1, { error: '출처(sources)를 하나 이상 쓰세요.' }),
    /** 시행일: when the rules described took effect. */
    effectiveDate: seoulDate(),
    /** 기준일: when staff last checked the chapter against the sources. */
    reviewedAt: seoulDate(),
  });
export type GuideChapter = z.infer<typeof guideSchema>;
