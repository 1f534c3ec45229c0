// Form input for counselling tests: a valid request, with any field overridden.
import { randomUUID } from 'node:crypto';
import { counsellingRequestInput, type CounsellingRequestInput } from '../../../src/server/counselling/request-input';

export function requestInput(overrides: Record<string, unknown> = {}): CounsellingRequestInput {
  return counsellingRequestInput.parse({
    idempotencyKey: randomUUID(),
    category: '모성보호',
    situation: '임신 12주인데 회사에서 단축근무를 거절했습니다. 어떻게 해야 하나요?',
    companySize: '30–299',
    answerMethod: 'link',
    consentVersion: '2026-01',
    consent: true,
    ...overrides,
  });
}
