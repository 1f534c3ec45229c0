import { describe, expect, it } from 'vitest';
import { emailProblem } from '../../src/lib/newsletter/subscribe-email';

describe('emailProblem', () => {
  it('accepts ordinary addresses, with spaces around them', () => {
    for (const ok of ['mom@example.com', ' a.b+news@mail.co.kr ', '직장맘@예시.한국']) expect(emailProblem(ok), ok).toBeNull();
  });

  it('asks for an address when the field is empty', () => {
    expect(emailProblem('   ')).toBe('이메일 주소를 입력하세요.');
  });

  it('explains the format for typing slips', () => {
    for (const bad of ['mom', 'mom@', '@example.com', 'mom@example', 'mom example@a.com', 'mom@@example.com', 'mom@example.']) {
      expect(emailProblem(bad), bad).toMatch(/형식이 맞지 않습니다/);
    }
  });
});
