// What a counselling form may send, as zod schemas the routes (Astro Actions) validate with. Errors are plain
// Korean and attached to their field; only the contact fields the chosen answer method needs are kept.
import { z } from 'zod';
import { answerMethods, companySizes, counsellingCategories } from '../db/schema';
import { emailField, idempotencyKeySchema, optionalText, phoneField } from '../form-fields';

export const SITUATION_MAX = 4000;
export const FOLLOW_UP_MAX = 2000;
export const STAFF_TEXT_MAX = 10000;

export const counsellingRequestInput = z
  .object({
    idempotencyKey: idempotencyKeySchema,
    category: z.enum(counsellingCategories, { error: '상담 분야를 고르세요.' }),
    situation: z
      .string({ error: '상황을 적어 주세요.' })
      .trim()
      .min(10, { error: '상황을 10자 이상 적어 주세요.' })
      .max(SITUATION_MAX, { error: `상황은 ${SITUATION_MAX.toLocaleString('ko-KR')}자까지 적을 수 있습니다.` }),
    companySize: z.enum(companySizes, { error: '회사 규모를 고르세요. 모르면 "모름"을 고르세요.' }),
    answerMethod: z.enum(answerMethods, { error: '답변 받을 방법을 고르세요.' }),
    email: optionalText(emailField),
    phone: optionalText(phoneField),
    callbackWindow: optionalText(z.string().max(60, { error: '통화 가능한 시간은 60자까지 적어 주세요.' })),
    consentVersion: z.string().min(1).max(40),
    consent: z.literal(true, { error: '개인정보 수집·이용에 동의해야 상담을 신청할 수 있습니다.' }),
  })
  .superRefine((value, issues) => {
    if (value.answerMethod === 'email' && !value.email) issues.addIssue({ code: 'custom', path: ['email'], message: '답변 받을 이메일 주소를 적어 주세요.' });
    if (value.answerMethod === 'callback') {
      if (!value.phone) issues.addIssue({ code: 'custom', path: ['phone'], message: '전화받을 번호를 적어 주세요.' });
      if (!value.callbackWindow) issues.addIssue({ code: 'custom', path: ['callbackWindow'], message: '전화받기 좋은 시간을 적어 주세요.' });
    }
  })
  .transform(({ email, phone, callbackWindow, ...rest }) => ({
    ...rest,
    email: rest.answerMethod === 'email' ? email : undefined,
    phone: rest.answerMethod === 'callback' ? phone : undefined,
    callbackWindow: rest.answerMethod === 'callback' ? callbackWindow : undefined,
  }));

export type CounsellingRequestInput = z.output<typeof counsellingRequestInput>;

const message = (max: number, what: string) =>
  z
    .string({ error: `${what}을(를) 적어 주세요.` })
    .trim()
    .min(1, { error: `${what}을(를) 적어 주세요.` })
    .max(max, { error: `${what}은(는) ${max.toLocaleString('ko-KR')}자까지 적을 수 있습니다.` });

export const followUpInput = z.object({ body: message(FOLLOW_UP_MAX, '추가 질문') });
export const staffTextInput = z.object({ body: message(STAFF_TEXT_MAX, '내용') });
