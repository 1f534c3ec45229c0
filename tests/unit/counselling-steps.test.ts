/** The counselling form's steps: what each press leads to, and that only what a step asks is checked there. */
import { describe, expect, it } from 'vitest';
import { advance, parseIntent, stepsFor, type RequestDraft } from '../../src/server/counselling/request-steps';

const key = 'AbCdEfGhIjKlMnOpQrStUvWx';
const base: RequestDraft = { idempotencyKey: key, consentVersion: '2026-12-01' };
const full: RequestDraft = { ...base, category: '모성보호', situation: '육아휴직을 신청했는데 회사가 답을 주지 않습니다.', companySize: '5–29', answerMethod: 'link', consent: 'yes' };

describe('counselling form steps', () => {
  it('asks for contact details only when the answer needs them', () => {
    expect(stepsFor({ answerMethod: 'link' })).not.toContain('contact');
    expect(stepsFor({ answerMethod: 'email' })).toContain('contact');
    expect(stepsFor({ answerMethod: 'callback' })).toContain('contact');
  });

  it('stays on a step with its own error, and ignores the questions not asked yet', () => {
    expect(advance(base, 'category', { kind: 'next' })).toEqual({ kind: 'show', step: 'category', errors: { category: '상담 분야를 고르세요.' } });
    expect(advance({ ...base, category: '노동권' }, 'category', { kind: 'next' })).toEqual({ kind: 'show', step: 'situation', errors: {} });
    expect(advance({ ...base, category: '노동권', situation: '짧음' }, 'situation', { kind: 'next' })).toMatchObject({ step: 'situation', errors: { situation: '상황을 10자 이상 적어 주세요.' } });
  });

  it('goes from the answer method to the contact step for email, and straight to consent for the private link', () => {
    expect(advance({ ...full, answerMethod: 'email' }, 'answerMethod', { kind: 'next' })).toMatchObject({ step: 'contact' });
    expect(advance({ ...full, answerMethod: 'email' }, 'contact', { kind: 'next' })).toMatchObject({ step: 'contact', errors: { email: '답변 받을 이메일 주소를 적어 주세요.' } });
    expect(advance(full, 'answerMethod', { kind: 'next' })).toMatchObject({ step: 'consent' });
  });

  it('goes back one step, or to the step chosen from the review', () => {
    expect(advance(full, 'consent', { kind: 'back' })).toEqual({ kind: 'show', step: 'answerMethod', errors: {} });
    expect(advance(full, 'review', parseIntent('edit:situation'))).toEqual({ kind: 'show', step: 'situation', errors: {} });
  });

  it('on 보내기, sends the person to the first step with a problem, or completes with only the contact the method needs', () => {
    expect(advance({ ...full, consent: undefined }, 'review', { kind: 'submit' })).toMatchObject({ step: 'consent', errors: { consent: expect.stringContaining('동의해야') } });
    const done = advance({ ...full, email: 'left@over.kr', phone: '010-1234-5678' }, 'review', { kind: 'submit' });
    expect(done).toMatchObject({ kind: 'complete', input: { category: '모성보호', answerMethod: 'link', email: undefined, phone: undefined, consent: true } });
  });

  it('shows the review again when the hidden fields were lost', () => {
    expect(advance({ ...full, idempotencyKey: 'x' }, 'review', { kind: 'submit' })).toMatchObject({ kind: 'show', step: 'review', errors: { idempotencyKey: expect.any(String) } });
  });

  it('resumes a kept draft at the first unanswered step, or at the review', () => {
    expect(advance({ ...base, category: '보육' }, 'category', { kind: 'resume' })).toEqual({ kind: 'show', step: 'situation', errors: {} });
    expect(advance(full, 'category', { kind: 'resume' })).toEqual({ kind: 'show', step: 'review', errors: {} });
  });

  it('reads what was pressed', () => {
    expect(parseIntent('edit:category')).toEqual({ kind: 'edit', step: 'category' });
    expect(parseIntent('edit:nope')).toEqual({ kind: 'next' });
    expect(parseIntent(undefined)).toEqual({ kind: 'next' });
  });
});
