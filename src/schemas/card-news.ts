import { z } from 'zod';
import { correctionsField, correctionsNotBeforePublication } from './corrections';
import { nonEmpty, seoulDate } from './fields';

/** The slide kinds a card-news issue can use; each has its own card template in src/cards/. */
export const slideKinds = ['cover', 'text', 'list', 'qa', 'number', 'closing'] as const;
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
/** One figure drawn big (18개월, 250만원) with a line saying what it is. */
const numberSlide = z.strictObject({
  kind: z.literal('number'),
  value: nonEmpty('숫자').check(z.maxLength(12, { error: '큰 숫자는 12자까지입니다. 18개월, 250만원처럼 숫자와 단위만 쓰세요.' })),
  caption: nonEmpty('숫자 설명'),
});
const closingSlide = z.strictObject({
  kind: z.literal('closing'),
  heading: nonEmpty('마무리 제목'),
  body: z.string().trim().optional(),
});

/** One card of an issue. `kind` picks the template and which texts it needs. */
export const slideSchema = z.discriminatedUnion('kind', [coverSlide, textSlide, listSlide, qaSlide, numberSlide, closingSlide], {
  error: `카드 종류(kind)는 ${slideKinds.join(', ')} 중 하나여야 합니다.`,
});
export type Slide = z.infer<typeof slideSchema>;

/**
 * A weekly card-news issue: `content/card-news/<slug>.md`. The front matter holds what is about the issue; the
 * Markdown body is the issue itself, one section per card (src/cards/issue-text.ts), and the page's text version.
 */
function cardNewsFields(categories: readonly string[]) {
  return {
    title: nonEmpty('제목'),
    /** Publish date (KST). */
    date: seoulDate(),
    category: categoryField(categories, 'content/data/card-news-categories.yaml'),
    tags: z.array(nonEmpty('태그')).default([]),
    /** One or two sentences for lists, search results and social previews. */
    summary: nonEmpty('요약'),
    draft: z.boolean().default(false),
    /** Dated corrections added after publication; the text above stays as published. */
    corrections: correctionsField(),
  };
}

/** What staff write in the front matter (and what the CMS form mirrors). */
export function cardNewsSchema(categories: readonly string[]) {
  return z.strictObject(cardNewsFields(categories)).superRefine(correctionsNotBeforePublication());
}

/** A loaded issue: the front matter and the cards parsed from its body. */
export function cardNewsEntrySchema(categories: readonly string[]) {
  return z
    .strictObject({
      ...cardNewsFields(categories),
      slides: z.array(slideSchema).min(1).max(10),
    })
    .superRefine(correctionsNotBeforePublication());
}
export type CardNews = z.infer<ReturnType<typeof cardNewsEntrySchema>>;

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
