import { z } from 'zod';
import { nonEmpty, seoulDate, webUrl } from './fields';

/**
 * Where a rule comes from: the article itself (law.go.kr links to one article, e.g.
 * https://www.law.go.kr/법령/근로기준법/제74조) or the page of one notice, never a site's front page.
 */
export const sourceSchema = z.strictObject({
  title: nonEmpty('출처 이름'),
  url: webUrl().check((ctx) => {
    if (!URL.canParse(ctx.value)) return; // webUrl() has already said what is wrong
    const { pathname, search } = new URL(ctx.value);
    if (pathname.replace(/\/+$/, '') === '' && !search) {
      ctx.issues.push({
        code: 'custom',
        message: `'${ctx.value}'은(는) 누리집 첫 화면입니다. 조문이나 안내 한 건으로 바로 가는 주소를 쓰세요 (예: https://www.law.go.kr/법령/근로기준법/제74조).`,
        input: ctx.value,
      });
    }
  }),
});

/** A chapter of the maternity-protection guide: `content/guide/<slug>.md`. */
export const guideSchema = z.strictObject({
    /** Position in the guide, 1 first. */
    order: z.number({ error: '순서(order)는 숫자로 쓰세요.' }).int({ error: '순서(order)는 1, 2, 3처럼 정수로 쓰세요.' }).positive({ error: '순서(order)는 1부터 씁니다.' }).max(99, { error: '순서(order)는 99까지 쓸 수 있습니다.' }),
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
