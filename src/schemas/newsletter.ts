import { z } from 'zod';
import { correctionsField, correctionsNotBeforePublication } from './corrections';
import { nonEmpty, publicImage, seoulDate } from './fields';

/** One section of a newsletter issue, e.g. 이달의 소식 or 노동법 Q&A. */
export const newsletterSectionSchema = z.strictObject({
  title: nonEmpty('섹션 제목'),
  /** Markdown. */
  body: z.string().default(''),
  /** Card-news issues to show as linked cards, by slug (file name without .md). */
  cardNews: z.array(z.string()).default([]),
  /** Programmes to show as linked cards, by slug. */
  programs: z.array(z.string()).default([]),
});

/** A monthly newsletter issue: `content/newsletters/<slug>.md`. The body is the opening letter. */
export const newsletterSchema = z.strictObject({
  /** 제N호 */
  number: z.number({ error: '호수(number)는 숫자로 쓰세요.' }).int({ error: '호수(number)는 12처럼 정수로 쓰세요.' }).positive({ error: '호수(number)는 1 이상이어야 합니다.' }).max(9999, { error: '호수(number)가 9999를 넘습니다. 숫자를 확인하세요.' }),
  date: seoulDate(),
  title: nonEmpty('제목'),
  summary: nonEmpty('요약'),
  image: publicImage().optional(),
  imageAlt: z.string().optional(),
  sections: z.array(newsletterSectionSchema).min(1, { error: '섹션(sections)이 하나 이상 있어야 합니다.' }),
  draft: z.boolean().default(false),
  /** Dated corrections added after publication; the text stays as sent. */
  corrections: correctionsField(),
}).superRefine(correctionsNotBeforePublication());
export type Newsletter = z.infer<typeof newsletterSchema>;
