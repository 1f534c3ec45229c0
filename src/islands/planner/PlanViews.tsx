/**
 * Two views of the same plan: a calendar (a table of months × parents, each leave drawn where it falls in the month)
 * and a list (each leave in date order with its pay, deadlines and warnings), which reads well with a screen reader.
 */
import { formatWon } from '../../lib/benefits/format';
import { daysByMonth, monthBounds, type MonthKey } from '../../lib/planner/month-split';
import type { Plan, PlannedSegment } from '../../lib/planner/plan';
import { deadlineWhen, type Deadline, type PlanNote } from '../../lib/planner/plan-notes';
import { formatKoreanDate } from '../../lib/dates/seoul-time';

/** 2027-03 → 2027년 3월 */
export const formatMonth = (month: MonthKey) => `${month.slice(0, 4)}년 ${Number(month.slice(5, 7))}월`;

export const span = (start: string, end: string) => (start === end ? formatKoreanDate(start) : `${formatKoreanDate(start)} ~ ${formatKoreanDate(end)}`);

export function Unconfirmed() {
  return (
    <a className="planner-unconfirmed" href="#planner-confirm">
      확인 필요
    </a>
  );
}

export function NoteList({ notes }: { notes: readonly PlanNote[] }) {
  if (!notes.length) return null;
  return (
    <ul className="planner-notes">
      {notes.map((note) => (
        <li key={note.text} className={`planner-note planner-note--${note.tone}`}>
          <strong className="planner-note__tone">{note.tone === 'warning' ? '주의' : '참고'}</strong> {note.text} {note.unconfirmed && <Unconfirmed />}
        </li>
      ))}
    </ul>
  );
}

export function DeadlineItem({ deadline, withParent }: { deadline: Deadline; withParent?: string }) {
  return (
    <li className={`planner-deadline${deadline.passed ? ' planner-deadline--passed' : ''}`}>
      <span>{withParent ? `${withParent} · ` : ''}{deadline.title}</span> <strong>{deadlineWhen(deadline)}</strong>
      {deadline.passed && <span className="planner-deadline__passed"> (지났음)</span>} {deadline.unconfirmed && <Unconfirmed />}
    </li>
  );
}

function payWords(segment: PlannedSegment): string {
  const { company, insurance, unknown } = segment.pay;
  const parts = [company ? `회사 ${formatWon(company)}` : '', insurance ? `고용보험 ${formatWon(insurance)}` : ''].filter(Boolean);
  if (unknown) parts.push('급여 확인 필요 (계산하지 않음)');
  if (segment.kind === 'spouse') parts.unshift('임금은 평소대로');
  if (segment.kind === 'reduced') parts.unshift('줄어든 시간만큼 임금이 줄고');
  return parts.join(' · ') || '급여 없음';
}

export function PlanList({ plan }: { plan: Plan }) {
  const label = Object.fromEntries(plan.parents.map((p) => [p.parent, p.label]));
  return (
    <ol className="planner-list" aria-label="계획 목록">
      {plan.segments.map((segment) => (
        <li key={segment.id} className={`planner-item planner-item--${segment.kind}`}>
          <h4>
            <span className="planner-item__who">{label[segment.parent]}</span> {segment.title}
          </h4>
          <p className="planner-item__when">{span(segment.start, segment.end)}</p>
          <p>받는 돈: {payWords(segment)}</p>
          {segment.deadlines.length > 0 && (
            <ul className="planner-deadlines" aria-label="기한">
              {segment.deadlines.map((deadline) => <DeadlineItem key={deadline.id} deadline={deadline} />)}
            </ul>
          )}
          <NoteList notes={segment.notes} />
        </li>
      ))}
    </ol>
  );
}

/** Where a segment falls within one month, as a share of the month's width, for the bar in the calendar. */
function place(segment: PlannedSegment, month: MonthKey) {
  const { first, last } = monthBounds(month);
  const length = daysByMonth(first, last)[0].days;
  const from = segment.start > first ? segment.start : first;
  const to = segment.end < last ? segment.end : last;
  const startDay = Number(from.slice(8));
  const days = daysByMonth(from, to)[0].days;
  return { startDay, endDay: Number(to.slice(8)), left: ((startDay - 1) / length) * 100, width: (days / length) * 100 };
}

/** Names short enough for a calendar cell on a phone; the list view has the full titles. */
const shortName: Record<PlannedSegment['kind'], string> = {
  maternity: '출산전후휴가',
  artistMaternity: '출산전후급여',
  spouse: '배우자 출산전후휴가',
  parental: '육아휴직',
  short: '단기 육아휴직',
  reduced: '근로시간 단축',
};

export function PlanCalendar({ plan }: { plan: Plan }) {
  return (
    <div className="planner-calendar">
      <table>
        <caption>달마다 누가 무엇을 하는지 (막대는 그 달 안의 기간)</caption>
        <thead>
          <tr>
            <th scope="col">달</th>
            {plan.parents.map((p) => <th key={p.parent} scope="col">{p.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {plan.months.map((month) => (
            <tr key={month}>
              <th scope="row">{formatMonth(month)}</th>
              {plan.parents.map((p) => {
                const here = p.segments.filter((s) => s.start <= monthBounds(month).last && s.end >= monthBounds(month).first);
                return (
                  <td key={p.parent}>
                    {here.length ? (
                      <ul>
                        {here.map((segment) => {
                          const at = place(segment, month);
                          return (
                            <li key={segment.id} className={`planner-chip planner-chip--${segment.kind}`}>
                              <span className="planner-chip__track" aria-hidden="true">
                                <span className="planner-chip__bar" style={{ marginLeft: `${at.left}%`, width: `${at.width}%` }} />
                              </span>
                              {shortName[segment.kind]}{segment.part ? ` ${segment.part}` : ''} <span className="planner-chip__days">{at.startDay}~{at.endDay}일</span>
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <span className="planner-chip__none">{p.insurance === 'employee' ? '근무' : '—'}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
