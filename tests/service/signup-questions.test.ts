// The sign-up form's extra questions, without a database: definitions as staff write them (and the errors a
// malformed one gives, with its path), and the answers schema built from them, as a plain form POST sends them.
import { describe, expect, it } from 'vitest';
import { signupInput } from '../../src/server/signups/signup-input';
import { answerText, signupQuestionsSchema } from '../../src/server/signups/signup-questions';

const questions = signupQuestionsSchema.parse([
  { id: 'child-age', label: '자녀 나이', kind: 'number', min: 0, max: 13, required: true },
  { id: 'class', label: '희망 반', kind: 'choice', options: ['오전', '오후'] },
  { id: 'together', label: '부부가 함께 오나요', kind: 'yes-no', required: true },
  { id: 'note', label: '하고 싶은 말', kind: 'text', maxLength: 20 },
]);

const form = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  signupInput(questions).safeParse({
    idempotencyKey: 'k'.repeat(24),
    name: '김서북',
    phone: '010-1234-5678',
    consentVersion: '2026-01',
    consent: true,
    answers,
    ...extra,
  });

const problems = (result: ReturnType<typeof form> | ReturnType<typeof signupQuestionsSchema.safeParse>) =>
  result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('question definitions', () => {
  it('fills defaults and refuses malformed definitions with the field that is wrong', () => {
    expect(questions[0]).toMatchObject({ kind: 'number', required: true });
    expect(questions[3]).toMatchObject({ required: false, maxLength: 20 });
    const bad = signupQuestionsSchema.safeParse([
      { id: 'Age', label: '나이', kind: 'number', min: 10, max: 1 },
      { id: 'pick', label: '고르기', kind: 'choice', options: ['하나'] },
      { id: 'pick', label: '', kind: 'date' },
    ]);
    const paths = problems(bad).map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(['0.id', '1.options', '2.kind']));
    expect(problems(signupQuestionsSchema.safeParse([{ id: 'age', label: '나이', kind: 'number', min: 10, max: 1 }]))).toEqual([
      ['0.max', 'max가 min보다 작습니다. max를 min 이상으로 고치세요.'],
    ]);
    expect(problems(signupQuestionsSchema.safeParse([
      { id: 'a', label: '가', kind: 'text' },
      { id: 'a', label: '나', kind: 'yes-no' },
    ]))).toEqual([['1.id', "질문 id 'a'가 두 번 쓰였습니다. 질문마다 다른 id를 쓰세요."]]);
  });
});

describe('answers', () => {
  it('takes form strings: numbers in range, a listed choice, 예/아니요; blank optional answers are dropped', () => {
    const result = form({ 'child-age': '7', class: '오후', together: 'no', note: '  ', unknown: 'x' });
    expect(result.success && result.data.answers).toEqual({ 'child-age': 7, class: '오후', together: false });
  });

  it('puts each problem next to its field', () => {
    expect(problems(form({ 'child-age': '14', class: '저녁', note: '가'.repeat(21) }))).toEqual([
      ['answers.child-age', '0부터 13 사이의 숫자를 적어 주세요.'],
      ['answers.class', '보기 가운데 하나를 고르세요.'],
      ['answers.together', "'부부가 함께 오나요'에 답해 주세요."],
      ['answers.note', '20자까지 적을 수 있습니다.'],
    ]);
    expect(problems(form({ 'child-age': '', together: '예' }))).toEqual([['answers.child-age', "'자녀 나이'에 답해 주세요."]]);
    expect(problems(form({ 'child-age': '3', together: '예' }, { phone: '' }))).toEqual([['email', '연락받을 이메일 주소나 전화번호 가운데 하나를 적어 주세요.']]);
  });

  it('shows answers to staff in words', () => {
    expect(answerText(questions[2]!, false)).toBe('아니요');
    expect(answerText(questions[0]!, 7)).toBe('7');
    expect(answerText(questions[3]!, undefined)).toBe('');
  });
});
