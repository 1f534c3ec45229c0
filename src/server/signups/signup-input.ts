// What a sign-up form may send, as a zod schema built from the programme's questions (for the route's Astro
// Action): a name, an email or a phone number, the answers, consent and the form's idempotency key.
import { z } from 'zod';
import { emailField, idempotencyKeySchema, optionalText, phoneField } from '../form-fields';
import { signupAnswersSchema, type SignupQuestion } from './signup-questions';

export function signupInput(questions: readonly SignupQuestion[]) {
  return z
    .object({
      idempotencyKey: idempotencyKeySchema,
      name: z.string({ error: '이름을 적어 주세요.' }).trim().min(1, { error: '이름을 적어 주세요.' }).max(50, { error: '이름은 50자까지 적을 수 있습니다.' }),
      email: optionalText(emailField),
      phone: optionalText(phoneField),
      answers: z.preprocess((value) => value ?? {}, signupAnswersSchema(questions)),
      consentVersion: z.string().min(1).max(40),
      consent: z.literal(true, { error: '개인정보 수집·이용에 동의해야 신청할 수 있습니다.' }),
    })
    .superRefine((value, issues) => {
      if (!value.email && !value.phone) issues.addIssue({ code: 'custom', path: ['email'], message: '연락받을 이메일 주소나 전화번호 가운데 하나를 적어 주세요.' });
    });
}

export type SignupInput = z.output<ReturnType<typeof signupInput>>;
