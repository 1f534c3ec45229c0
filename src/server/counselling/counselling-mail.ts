// The counselling mails. Notices to staff carry no personal data (a 접수번호 and a link to the queue); mails to the
// requester escape every string anyone typed.
import type { ServiceSettings } from '../context';
import { escapeHtml, textToHtml } from '../../lib/html/escape';
import type { MailMessage } from '../mail/mail-transport';
import { serviceUrls } from '../service-urls';

const layout = (body: string) =>
  `<!doctype html><html lang="ko"><meta charset="utf-8"><body style="font-family:sans-serif;line-height:1.6;word-break:keep-all;">${body}</body></html>`;

export function newRequestNotice(settings: ServiceSettings, request: { id: string; receiptNumber: string; category: string }): MailMessage {
  const url = serviceUrls.staffCounsellingRequest(settings, request.id);
  return {
    to: settings.counsellingInbox,
    subject: `[온라인 상담] 새 요청 ${request.receiptNumber} (${request.category})`,
    text: `새 온라인 상담 요청이 접수되었습니다.\n접수번호: ${request.receiptNumber}\n분야: ${request.category}\n\n${url}`,
    html: layout(
      `<p>새 온라인 상담 요청이 접수되었습니다.</p><p>접수번호: ${escapeHtml(request.receiptNumber)}<br>분야: ${escapeHtml(request.category)}</p><p><a href="${escapeHtml(url)}">요청 보기</a></p>`,
    ),
  };
}

export function followUpNotice(settings: ServiceSettings, to: string, request: { id: string; receiptNumber: string }): MailMessage {
  const url = serviceUrls.staffCounsellingRequest(settings, request.id);
  return {
    to,
    subject: `[온라인 상담] 추가 질문 ${request.receiptNumber}`,
    text: `접수번호 ${request.receiptNumber}에 추가 질문이 올라왔습니다.\n\n${url}`,
    html: layout(`<p>접수번호 ${escapeHtml(request.receiptNumber)}에 추가 질문이 올라왔습니다.</p><p><a href="${escapeHtml(url)}">요청 보기</a></p>`),
  };
}

export function requesterConfirmation(settings: ServiceSettings, to: string, receiptNumber: string, token: string): MailMessage {
  const url = serviceUrls.counsellingPrivateLink(settings, token);
  return {
    to,
    subject: `[서북권직장맘지원센터] 상담 요청이 접수되었습니다 (${receiptNumber})`,
    text: `상담 요청이 접수되었습니다. 접수번호: ${receiptNumber}\n답변은 이 이메일로 보내 드립니다. 진행 상황은 아래 링크에서도 볼 수 있습니다. 링크를 다른 사람과 나누지 마세요.\n\n${url}`,
    html: layout(
      `<p>상담 요청이 접수되었습니다. 접수번호: <strong>${escapeHtml(receiptNumber)}</strong></p><p>답변은 이 이메일로 보내 드립니다. 진행 상황은 아래 링크에서도 볼 수 있습니다. 링크를 다른 사람과 나누지 마세요.</p><p><a href="${escapeHtml(url)}">내 상담 보기</a></p>`,
    ),
  };
}

export function answerMail(to: string, answer: { receiptNumber: string; question: string; body: string }): MailMessage {
  const more = '추가 질문은 접수 때 받은 확인 메일의 링크에서 남길 수 있습니다.';
  return {
    to,
    subject: `[서북권직장맘지원센터] 상담 답변 (${answer.receiptNumber})`,
    text: `접수번호 ${answer.receiptNumber}에 답변드립니다.\n\n${answer.body}\n\n— 문의하신 내용 —\n${answer.question}\n\n${more}`,
    html: layout(
      `<p>접수번호 ${escapeHtml(answer.receiptNumber)}에 답변드립니다.</p>${textToHtml(answer.body)}<hr><p><strong>문의하신 내용</strong></p><blockquote>${textToHtml(answer.question)}</blockquote><p>${more}</p>`,
    ),
  };
}
