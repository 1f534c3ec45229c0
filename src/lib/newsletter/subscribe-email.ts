/**
 * The subscribe form's check of the email address, before the browser leaves for the mailing service.
 * A loose check on purpose: it catches typing slips (no @, a space, no domain), the service does the rest.
 */
const EMAIL_RE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** A message to show next to the field, or null when the address looks right. */
export function emailProblem(value: string): string | null {
  const email = value.trim();
  if (!email) return '이메일 주소를 입력하세요.';
  if (!EMAIL_RE.test(email)) return '이메일 주소 형식이 맞지 않습니다. name@example.com처럼 @와 도메인을 함께 쓰세요.';
  return null;
}

export const CONSENT_MISSING = '개인정보 수집·이용에 동의해야 구독을 신청할 수 있습니다.';
