import { z } from 'zod';
import { nonEmpty } from './fields';

/**
 * One term of the domain glossary: `content/data/glossary.yaml`.
 * Search uses it on both sides (index and query); /glossary/ (용어사전) shows it to readers.
 */
export const glossaryTermSchema = z.strictObject({
  /** English URL anchor on /glossary/, e.g. parental-leave. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'slug는 영문 소문자, 숫자, 하이픈으로만 쓰세요 (예: parental-leave).' }),
  /** The official term as readers see it, e.g. 육아휴직. */
  term: nonEmpty('용어'),
  /** Words the term is made of, so a search for one part finds it: 육아휴직 → 육아, 휴직. */
  parts: z.array(nonEmpty('구성 낱말')).default([]),
  /** Other ways people say it: abbreviations, everyday words, spacing variants (육휴, 육아 휴직). */
  aliases: z.array(nonEmpty('다른 표현')).default([]),
  /** One or two plain sentences. */
  definition: nonEmpty('뜻풀이'),
  /** A page on this site that explains it, e.g. /guide/parental-leave/. */
  link: z
    .string()
    .regex(/^\/[^\s]*$/, { error: "링크(link)는 /guide/parental-leave/처럼 '/'로 시작하는 사이트 안 주소로 쓰세요." })
    .optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z
  .array(glossaryTermSchema)
  .min(1, { error: '용어가 하나 이상 있어야 합니다.' })
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((entry, i) => {
      for (const key of [entry.slug, entry.term]) {
        const first = seen.get(key);
        if (first !== undefined && first !== i) {
          ctx.addIssue({ code: 'custom', path: [i], message: `'${key}'가 ${first + 1}번째 용어와 겹칩니다. 용어와 slug는 하나씩만 쓰세요.` });
        }
        seen.set(key, i);
      }
    });
  });
