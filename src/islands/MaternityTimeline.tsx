/**
 * 나의 모성보호 일정. Runs only in the browser: the date typed here is never sent or stored.
 * Print uses the browser's print dialog; the .ics file is built in memory and handed to the browser as a download.
 */
import { useState } from 'react';
import { writeIcs } from '../lib/feeds/ics';
import { buildTimeline, timelineIcsEvents, type Timeline, type TimelineItem } from '../lib/benefits/timeline';
import { calendarDateProblem } from '../lib/dates/calendar-date';
import { formatKoreanDate } from '../lib/dates/seoul-time';
import type { BenefitRules } from '../schemas/benefit-rules';
import { Announcer, Choice, Field, RulesUsed } from './CalculatorParts';
import { downloadFile } from './download-file';

interface Props { ruleData: BenefitRules; uidHost: string; siteName: string }

type Spouse = 'yes' | 'no' | 'unknown';

function when(item: TimelineItem): string {
  return item.start === item.end ? formatKoreanDate(item.start) : `${formatKoreanDate(item.start)} ~ ${formatKoreanDate(item.end)}`;
}

function downloadIcs(timeline: Timeline, uidHost: string, siteName: string) {
  const ics = writeIcs({
    name: '나의 모성보호 일정',
    description: `${siteName} 누리집에서 만든 일정입니다. 모의계산이니 회사와 고용24에서 확인하세요.`,
    prodId: `-//${siteName}//나의 모성보호 일정//KO`,
    generatedAt: new Date(),
    events: timelineIcsEvents(timeline, uidHost),
  });
  downloadFile(`모성보호-일정-${timeline.birth}.ics`, ics, 'text/calendar;charset=utf-8');
}

export default function MaternityTimeline({ ruleData, uidHost, siteName }: Props) {
  const { rules, confirmWhere } = ruleData;
  const [dateKind, setDateKind] = useState<'due' | 'birth'>('due');
  const [date, setDate] = useState('');
  const [birthCount, setBirthCount] = useState<'single' | 'multiple'>('single');
  const [spouse, setSpouse] = useState<Spouse>('unknown');

  const { timeline, dateError } = ((): { timeline: Timeline | null; dateError?: string } => {
    if (!date) return { timeline: null };
    const problem = calendarDateProblem(date);
    if (problem) return { timeline: null, dateError: problem };
    try {
      return { timeline: buildTimeline({ date, dateKind, multipleBirth: birthCount === 'multiple', spouseEmployed: spouse === 'unknown' ? undefined : spouse === 'yes' }, rules) };
    } catch (error) {
      return { timeline: null, dateError: (error as Error).message };
    }
  })();
  const dateLabel = dateKind === 'due' ? '출산 예정일' : '출산일';
  // The answers the timeline was built on, shown above it and said by the announcer, so every change is announced.
  const answers = [birthCount === 'multiple' ? '다태아' : '한 명', ...(spouse === 'unknown' ? [] : [`배우자 ${spouse === 'yes' ? '근로자' : '근로자 아님'}`])].join(' · ');

  return (
    <div className="calc">
      <form className="calc-form" onSubmit={(event) => event.preventDefault()} aria-labelledby="calc-form-title">
        <h2 id="calc-form-title">내 정보 넣기</h2>
        <Choice name="date-kind" legend="어떤 날짜를 넣을까요?" value={dateKind} onChange={setDateKind} options={[{ value: 'due', label: '출산 예정일 (임신 중)' }, { value: 'birth', label: '출산일 (이미 태어남)' }]} />
        <Field id="date" label={dateLabel} type="date" value={date} onChange={setDate} error={dateError} />
        <Choice name="births" legend="태아 수" value={birthCount} onChange={setBirthCount} options={[{ value: 'single', label: '한 명' }, { value: 'multiple', label: '쌍둥이 이상 (다태아)' }]} />
        <Choice name="spouse" legend="배우자가 회사에 다니나요? (선택)" value={spouse} onChange={setSpouse} options={[{ value: 'yes', label: '예, 근로자입니다' }, { value: 'no', label: '아니요' }, { value: 'unknown', label: '답하지 않음' }]} />
      </form>

      <section className="calc-result" aria-labelledby="timeline-title">
        <h2 id="timeline-title">나의 모성보호 일정</h2>
        <Announcer message={timeline ? `${dateLabel} ${formatKoreanDate(timeline.birth)} · ${answers} 기준 일정 ${timeline.items.length}개를 만들었습니다.` : dateError ? `입력 내용을 확인하세요. ${dateError}` : ''} />
        {!timeline ? (
          <p className="calc-problem">{dateError ? '날짜를 고치면 바로 일정을 만듭니다.' : `${dateLabel}을 넣으면 바로 일정을 만듭니다.`}</p>
        ) : (
          <>
            <p data-testid="timeline-answers">
              {dateLabel} <strong>{formatKoreanDate(timeline.birth)}</strong> · {answers} 기준
            </p>
            <p className="calc-estimate">모의계산입니다. 실제 날짜는 회사와 고용노동부(☎ 1350), 급여는 고용24에서 확인하세요.</p>
            <ol className="timeline-list">
              {timeline.items.map((item) => (
                <li key={item.id} className={`timeline-item timeline-item--${item.kind}`}>
                  <span className="timeline-item__kind">{item.kind === 'deadline' ? '기한' : '기간'}</span>
                  <h3>{item.title}</h3>
                  <p className="timeline-item__when">{when(item)}</p>
                  <p>{item.detail}</p>
                </li>
              ))}
            </ol>
            {timeline.notes.length > 0 && (
              <ul className="calc-breakdown">{timeline.notes.map((note) => <li key={note}>{note}</li>)}</ul>
            )}
            <div className="calc-actions">
              <button type="button" className="button" onClick={() => downloadIcs(timeline, uidHost, siteName)}>캘린더 파일(.ics) 내려받기</button>
              <button type="button" className="button button--secondary" onClick={() => window.print()}>인쇄하기</button>
            </div>
            <RulesUsed rules={timeline.rulesUsed} confirmWhere={confirmWhere} open={false} />
          </>
        )}
      </section>
    </div>
  );
}
