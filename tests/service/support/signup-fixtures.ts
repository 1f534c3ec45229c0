// Programmes and sign-up form input for sign-up tests: a programme as content gives it (모집 중, 10 seats, two
// extra questions), with any field overridden.
import { randomUUID } from 'node:crypto';
import type { SignupProgram } from '../../../src/server/signups/signup-program';
import { signupInput, type SignupInput } from '../../../src/server/signups/signup-input';
import { signupQuestionsSchema, type SignupQuestion } from '../../../src/server/signups/signup-questions';

export const childQuestions: SignupQuestion[] = signupQuestionsSchema.parse([
  { id: 'child-age', label: '자녀 나이', kind: 'number', min: 0, max: 13, required: true },
  { id: 'note', label: '강사에게 하고 싶은 말', kind: 'text' },
]);

export function signupProgram(
  slug: string,
  overrides: { capacity?: number; start?: string; end?: string; status?: SignupProgram['status']; questions?: SignupQuestion[]; category?: string } = {},
): SignupProgram {
  return {
    slug,
    status: overrides.status ?? '모집 중',
    questions: overrides.questions ?? childQuestions,
    data: {
      title: '일하는 부모를 위한 자녀 훈육 강좌',
      category: overrides.category ?? '특화 기획강좌',
      start: overrides.start ?? '2026-12-12T10:00',
      end: overrides.end ?? '2026-12-12T12:00',
      allDay: false,
      location: { type: 'place', name: '센터 교육실', address: '서울특별시 은평구 통일로 684' },
      capacity: 'capacity' in overrides ? overrides.capacity : 10,
      audience: '직장맘과 직장대디',
      fee: 0,
      summary: '화내지 않고 규칙을 알려 주는 훈육법',
    },
  };
}

export function signupForm(program: SignupProgram, overrides: Record<string, unknown> = {}): SignupInput {
  return signupInput(program.questions).parse({
    idempotencyKey: randomUUID(),
    name: '김서북',
    email: 'parent@example.com',
    answers: { 'child-age': '5' },
    consentVersion: '2026-01',
    consent: true,
    ...overrides,
  });
}
