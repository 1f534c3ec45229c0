import { z } from 'zod';
import { correctionsField, correctionsNotBeforePublication } from './corrections';
import { nonEmpty, seoulDate } from './fields';

/** The slide kinds a card-news issue can use; each has its own card template in src/cards/. */
export const slideKinds = ['cover', 'text', 'list', 'qa', 'closing'] as const;
export type SlideKind = (typeof slideKinds)[number];

const coverSlide = z.strictObject({
  kind: z.literal('cover'),
  /** Big headline on the first card. */
  title: nonEmpty('표지 제목'),
  /** One line under the headline. */
  subtitle: z.string().trim().optional(),
});
const textSlide = z.strictObject({
  kind: z.literal('text'),
  heading: nonEmpty('제목'),
  body: nonEmpty('본문'),
});
const listSlide = z.strictObject({
  kind: z.literal('list'),
  heading: nonEmpty('제목'),
  /** true draws numbered steps (1, 2, 3 …); false draws bullets. */
  ordered: z.boolean().default(false),
  items: z.array(nonEmpty('항목')).min(2, { error: '목록 카드에는 항목이 2개 이상 있어야 합니다.' }).max(6, { error: '목록 카드의 항목은 6개까지입니다. 카드를 나누세요.' }),
});
const qaSlide = z.strictObject({
  kind: z.literal('qa'),
  question: nonEmpty('질문'),
  answer: nonEmpty('답변'),
});
const closingSlide = z.strictObject({
  kind: z.literal('closing'),
  heading: nonEmpty('마무리 제목'),
  body: z.string().trim().optional(),
});

/** One card of an issue. `kind` picks the template and which texts it needs. */
export const slideSchema = z.discriminatedUnion('kind', [coverSlide, textSlide, listSlide, qaSlide, closingSlide], {
  error: `카드 종류(kind)는 ${slideKinds.join(', ')} 중 하나여야 합니다.`,
});
export type Slide = z.infer<typeof slideSchema>;

/** A weekly card-news issue: `content/card-news/<slug>.md`. The Markdown body is the full text version. */
export function cardNewsSchema(categories: readonly string[]) {
  return z.strictObject({
    title: nonEmpty('제목'),
    /** Publish date (KST). */
    date: seoulDate(),
    category: categoryField(categories, 'content/data/card-news-categories.yaml'),
    tags: z.array(nonEmpty('태그')).default([]),
    /** One or two sentences for lists, search results and social previews. */
    summary: nonEmpty('요약'),
    slides: z
      .array(slideSchema, { error: 'slides는 카드 목록이어야 합니다.' })
      .min(1, { error: '카드(slides)가 하나도 없습니다. 표지 카드부터 추가하세요.' })
      .max(10, { error: '카드는 10장까지입니다.' }),
    draft: z.boolean().default(false),
    /** Dated corrections added after publication; the text above stays as published. */
    corrections: correctionsField(),
  }).superRefine(correctionsNotBeforePublication());
}
export type CardNews = z.infer<ReturnType<typeof cardNewsSchema>>;

/** A category picked from a staff-owned list, with the list in the message when it is wrong. */
export function categoryField(categories: readonly string[], listFile: string) {
  return z.string({ error: '분류(category)를 쓰세요.' }).check((ctx) => {
    if (!categories.includes(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `알 수 없는 분류 '${ctx.value}'. ${listFile}에 있는 분류 중 하나를 쓰세요: ${categories.join(', ')}.`,
      });
    }
  });
}
