import { z } from 'zod';
import { signupQuestionsSchema } from '../server/signups/signup-questions';
import { categoryField } from './card-news';
import { endNotBeforeStart, nonEmpty, publicImage, seoulDateTime, webUrl, wholeNumberIn } from './fields';

/** Where a programme happens: online on a platform, or at a place with an address. */
export const programLocationSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('online'),
      /** e.g. ZOOM */
      platform: nonEmpty('온라인 플랫폼'),
    }),
    z.strictObject({
      type: z.literal('place'),
      name: nonEmpty('장소 이름'),
      address: nonEmpty('주소'),
    }),
  ],
  { error: "장소(location)의 type은 'online' 또는 'place'여야 합니다." },
);

/** Statuses staff set by hand. The others (모집 예정, 모집 중, 종료) are derived from the dates at build time. */
export const manualProgramStatuses = ['마감', '취소'] as const;

/** One event: `content/programs/<slug>.md`. The body describes it. */
export function programSchema(categories: readonly string[]) {
  return z
    .strictObject({
      title: nonEmpty('제목'),
      category: categoryField(categories, 'content/data/program-categories.yaml'),
      /** A recurring series, e.g. 런치노동법. */
      series: z.string().trim().optional(),
      /** KST. `2021-10-14T12:00`, or `2021-10-14` with allDay. */
      start: seoulDateTime(),
      end: seoulDateTime(),
      allDay: z.boolean().default(false),
      location: programLocationSchema,
      registration: z
        .strictObject({
          url: webUrl().optional(),
          opensAt: seoulDateTime().optional(),
          deadline: seoulDateTime().optional(),
        })
        .superRefine(endNotBeforeStart('opensAt', 'deadline'))
        .optional(),
      /** Number of places; leave out when there is no limit. */
      capacity: z.number({ error: '정원(capacity)은 숫자로 쓰세요.' }).int({ error: '정원(capacity)은 정수로 쓰세요.' }).positive({ error: '정원(capacity)은 1명 이상이어야 합니다. 정원이 없으면 이 필드를 지우세요.' }).max(5000, { error: '정원(capacity)이 5,000명을 넘습니다. 숫자를 확인하세요.' }).optional(),
      audience: nonEmpty('대상'),
      /** In won; 0 means free. */
      fee: z.number({ error: '참가비(fee)는 원 단위 숫자로 쓰세요. 무료는 0.' }).int({ error: '참가비(fee)는 원 단위 정수로 쓰세요.' }).min(0, { error: '참가비(fee)는 0원 이상이어야 합니다. 무료는 0.' }).max(1_000_000, { error: '참가비(fee)가 100만원을 넘습니다. 원 단위로 썼는지 확인하세요.' }).default(0),
      /** Only for what dates cannot tell: 마감 (full before the deadline) or 취소 (cancelled). */
      status: z.enum(manualProgramStatuses, { error: "status는 '마감' 또는 '취소'만 쓸 수 있습니다. 나머지 상태는 날짜로 정해집니다." }).optional(),
      summary: nonEmpty('요약'),
      image: publicImage().optional(),
      imageAlt: z.string().optional(),
      /** Number of people who took part, for past programmes (from reports). */
      attendance: wholeNumberIn('참석 인원(attendance)', 0, 5000).optional(),
      /** Extra questions of the site's sign-up form (a child's age, …); the definition schema is the form's own. */
      questions: signupQuestionsSchema.optional(),
    })
    .superRefine(endNotBeforeStart('start', 'end'))
    .superRefine((program, ctx) => {
      // Questions are asked only by the site's own form, which needs `registration` and no outside `url`.
      if (program.questions?.length && (!program.registration || program.registration.url)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions'],
          message: '질문(questions)은 누리집에서 신청을 받는 프로그램에만 씁니다. registration을 쓰고 registration의 url을 지우거나, questions를 지우세요.',
        });
      }
    });
}
export type Program = z.infer<ReturnType<typeof programSchema>>;
