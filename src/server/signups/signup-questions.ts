// The extra questions a programme asks on its sign-up form (a child's age, …), as staff write them in the
// programme's front matter, and the zod schema of the answers built from them. The definition schema is exported
// for the content schema, so a malformed definition is a content error naming the file and the field.
import { z } from 'zod';
import { nonEmpty } from '../../schemas/fields';

const questionBase = {
  /** The form field's name: lower-case letters, digits and -, e.g. `child-age`. */
  id: z
    .string({ error: '질문의 id를 쓰세요 (예: child-age).' })
    .regex(/^[a-z][a-z0-9-]{0,39}$/, { error: '질문의 id는 영어 소문자로 시작하고 소문자, 숫자, -만 쓸 수 있습니다 (예: child-age).' }),
  label: nonEmpty('질문 문구(label)'),
  required: z.boolean({ error: 'required는 true 또는 false로 쓰세요.' }).default(false),
};

export const signupQuestionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...questionBase, kind: z.literal('text'), maxLength: z.number().int().min(1).max(1000).default(200) }),
    z
      .strictObject({ ...questionBase, kind: z.literal('number'), min: z.number({ error: 'min은 숫자로 쓰세요.' }), max: z.number({ error: 'max는 숫자로 쓰세요.' }) })
      .refine((question) => question.min <= question.max, { path: ['max'], error: 'max가 min보다 작습니다. max를 min 이상으로 고치세요.' }),
    z
      .strictObject({ ...questionBase, kind: z.literal('choice'), options: z.array(nonEmpty('선택지')).min(2, { error: '선택지(options)는 2개 이상 쓰세요.' }) })
      .refine((question) => new Set(question.options).size === question.options.length, { path: ['options'], error: '같은 선택지가 두 번 있습니다.' }),
    z.strictObject({ ...questionBase, kind: z.literal('yes-no') }),
  ],
  { error: "질문의 kind는 'text', 'number', 'choice', 'yes-no' 중 하나여야 합니다." },
);

export const signupQuestionsSchema = z.array(signupQuestionSchema).superRefine((questions, ctx) => {
  const seen = new Set<string>();
  questions.forEach((question, index) => {
    if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `질문 id '${question.id}'가 두 번 쓰였습니다. 질문마다 다른 id를 쓰세요.` });
    seen.add(question.id);
  });
});

export type SignupQuestion = z.output<typeof signupQuestionSchema>;
export type SignupAnswer = string | number | boolean;
export type SignupAnswers = Record<string, SignupAnswer>;

/** A blank form field counts as not answered. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const YES = ['yes', 'true', 'on', '예', '네'];
const NO = ['no', 'false', 'off', '아니요', '아니오'];

function answerSchema(question: SignupQuestion): z.ZodType<SignupAnswer | undefined> {
  const needed = `'${question.label}'에 답해 주세요.`;
  let schema: z.ZodType<SignupAnswer>;
  switch (question.kind) {
    case 'text':
      schema = z
        .string({ error: needed })
        .trim()
        .max(question.maxLength, { error: `${question.maxLength.toLocaleString('ko-KR')}자까지 적을 수 있습니다.` });
      break;
    case 'number': {
      const range = `${question.min}부터 ${question.max} 사이의 숫자를 적어 주세요.`;
      schema = z.coerce.number({ error: range }).refine((n) => Number.isFinite(n) && n >= question.min && n <= question.max, { error: range });
      break;
    }
    case 'choice':
      schema = z.enum(question.options as [string, ...string[]], { error: '보기 가운데 하나를 고르세요.' });
      break;
    case 'yes-no':
      schema = z.preprocess(
        (value) => (typeof value === 'string' ? (YES.includes(value.toLowerCase()) ? true : NO.includes(value.toLowerCase()) ? false : value) : value),
        z.boolean({ error: '예 또는 아니요를 고르세요.' }),
      );
      break;
  }
  const answered = question.required ? z.any().refine((value) => value !== undefined, { error: needed }).pipe(schema) : schema.optional();
  return z.preprocess(blankToUndefined, answered) as z.ZodType<SignupAnswer | undefined>;
}

/** The answers a form may send for these questions; unknown fields are dropped, errors sit at `answers.<id>`. */
export function signupAnswersSchema(questions: readonly SignupQuestion[]): z.ZodType<SignupAnswers> {
  return z
    .object(Object.fromEntries(questions.map((question) => [question.id, answerSchema(question)])))
    .transform((answers) => Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as SignupAnswers);
}

/** An answer as it is shown to staff and written to exports. */
export function answerText(question: SignupQuestion, answer: SignupAnswer | undefined): string {
  if (answer === undefined) return '';
  if (question.kind === 'yes-no') return answer ? '예' : '아니요';
  return String(answer);
}
