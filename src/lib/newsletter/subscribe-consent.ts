/**
 * The 개인정보 수집·이용 동의 the subscribe box shows, from site.yaml (newsletter.consent). The box renders these rows
 * and this sentence, and the subscription stores the version and the SHA-256 of `consentText`, so the record says
 * exactly which words the person agreed to. Pure: the form (built) and the service (on demand) use the same words.
 */
import type { SiteSettings } from '../../schemas/site';

type NewsletterConsent = SiteSettings['newsletter']['consent'];

export const CONSENT_TITLE = '개인정보 수집·이용 동의';
export const CONSENT_REFUSAL = '동의하지 않을 수 있으며, 동의하지 않으면 뉴스레터를 받을 수 없습니다.';
export const CONSENT_LABEL = '개인정보 수집·이용에 동의합니다 (필수)';

export function consentRows(consent: NewsletterConsent): { label: string; value: string }[] {
  return [
    { label: '수집 항목', value: consent.items },
    { label: '수집·이용 목적', value: consent.purpose },
    { label: '보유·이용 기간', value: consent.retention },
  ];
}

/** The words as shown, one line each: what the consent record's hash is taken of. */
export function consentText(consent: NewsletterConsent): string {
  return [CONSENT_TITLE, ...consentRows(consent).map((row) => `${row.label}: ${row.value}`), CONSENT_REFUSAL, CONSENT_LABEL].join('\n');
}
