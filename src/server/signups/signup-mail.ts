// The sign-up mails: confirmation (with the programme's .ics and the private link), waitlist, promotion from the
// waitlist and the reminder the day before. Every string from content or a form is escaped in the HTML.
import { writeIcs, type IcsEvent } from '../../lib/feeds/ics';
import { formatKoreanRange } from '../../lib/dates/seoul-time';
import type { ServiceSettings } from '../context';
import { escapeHtml } from '../../lib/html/escape';
import type { MailMessage } from '../mail/mail-transport';
import { serviceUrls } from '../service-urls';

const layout = (body: string) =>
  `<!doctype html><html lang="ko"><meta charset="utf-8"><body style="font-family:sans-serif;line-height:1.6;word-break:keep-all;">${body}</body></html>`;

interface SignupMailInput {
  to: string;
  name: string;
  event: IcsEvent;
  token: string;
}

function mail(settings: ServiceSettings, input: SignupMailInput, subject: string, lead: string, withIcs: boolean, generatedAt: Date): MailMessage {
  const { event } = input;
  const link = serviceUrls.signupPrivateLink(settings, input.token);
  const when = formatKoreanRange(event.start, event.end);
  const keep = '신청 확인과 취소는 아래 링크에서 할 수 있습니다. 링크를 다른 사람과 나누지 마세요.';
  const calendar = withIcs ? '\n일정 파일(.ics)을 붙였습니다. 열면 달력에 추가됩니다.' : '';
  return {
    to: input.to,
    subject: `[서북권직장맘지원센터] ${subject}: ${event.summary}`,
    text: [`${input.name} 님, ${lead}`, '', `프로그램: ${event.summary}`, `일시: ${when}`, ...(event.location ? [`장소: ${event.location}`] : []), calendar, '', keep, link].join('\n'),
    html: layout(
      `<p>${escapeHtml(input.name)} 님, ${escapeHtml(lead)}</p><p>프로그램: <strong>${escapeHtml(event.summary)}</strong><br>일시: ${escapeHtml(when)}` +
        (event.location ? `<br>장소: ${escapeHtml(event.location)}` : '') +
        `</p>${withIcs ? '<p>일정 파일(.ics)을 붙였습니다. 열면 달력에 추가됩니다.</p>' : ''}<p>${escapeHtml(keep)}</p><p><a href="${escapeHtml(link)}">내 신청 보기</a></p>`,
    ),
    ...(withIcs
      ? {
          attachments: [
            {
              filename: 'program.ics',
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              content: writeIcs({ name: event.summary, prodId: '-//서북권직장맘지원센터//Programs//KO', generatedAt, events: [event] }),
            },
          ],
        }
      : {}),
  };
}

export const confirmationMail = (settings: ServiceSettings, input: SignupMailInput, now: Date) =>
  mail(settings, input, '신청 확정', '신청이 확정되었습니다.', true, now);

export const waitlistMail = (settings: ServiceSettings, input: SignupMailInput & { position: number }, now: Date) =>
  mail(settings, input, '대기 접수', `정원이 차서 대기 ${input.position}번으로 접수되었습니다. 자리가 나면 순서대로 확정하고 메일로 알려 드립니다.`, false, now);

export const promotionMail = (settings: ServiceSettings, input: SignupMailInput, now: Date) =>
  mail(settings, input, '대기에서 확정', '자리가 나서 대기 중이던 신청이 확정되었습니다.', true, now);

export const reminderMail = (settings: ServiceSettings, input: SignupMailInput, now: Date) =>
  mail(settings, input, '내일 프로그램 안내', '신청하신 프로그램이 내일 열립니다. 참석이 어려우면 아래 링크에서 취소해 주세요. 대기 중인 분께 자리가 돌아갑니다.', false, now);
