// The newsletter's mails: the opt-in confirmation, and one issue's email edition made for one subscriber: the
// placeholder replaced by their unsubscribe link, and the RFC 8058 one-click headers every issue carries.
import type { ServiceSettings } from '../context';
import { escapeHtml } from '../../lib/html/escape';
import type { MailMessage } from '../mail/mail-transport';
import { serviceUrls } from '../service-urls';

export const CONFIRM_DAYS = 7;

export function confirmSubscriptionMail(settings: ServiceSettings, to: string, token: string): MailMessage {
  const url = serviceUrls.newsletterConfirm(settings, token);
  const lead = '서북권직장맘지원센터 뉴스레터 구독 신청을 받았습니다. 아래 링크에서 구독을 확인해야 뉴스레터를 보내 드립니다.';
  const notMe = `직접 신청하지 않으셨다면 이 메일을 무시하세요. 링크는 ${CONFIRM_DAYS}일 뒤에 사라집니다.`;
  return {
    to,
    subject: '[서북권직장맘지원센터] 뉴스레터 구독을 확인해 주세요',
    text: `${lead}\n\n${url}\n\n${notMe}`,
    html: `<!doctype html><html lang="ko"><meta charset="utf-8"><body style="font-family:sans-serif;line-height:1.6;word-break:keep-all;"><p>${escapeHtml(lead)}</p><p><a href="${escapeHtml(url)}">구독 확인하기</a></p><p>${escapeHtml(notMe)}</p></body></html>`,
  };
}

export interface IssueEdition {
  subject: string;
  html: string;
  text: string;
  unsubscribePlaceholder: string;
}

export function issueMail(settings: ServiceSettings, edition: IssueEdition, to: string, unsubscribeToken: string): MailMessage {
  const url = serviceUrls.newsletterUnsubscribe(settings, unsubscribeToken);
  return {
    to,
    subject: edition.subject,
    html: edition.html.replaceAll(edition.unsubscribePlaceholder, escapeHtml(url)),
    text: edition.text.replaceAll(edition.unsubscribePlaceholder, url),
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
