/**
 * What the plan hands on: the letters to the employer, filled from the plan and from content/data/leave-letters.yaml,
 * and each parent's calendar file, read back with ical.js. The plan is team-made; its amounts are checked in
 * planner.test.ts.
 */
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { writeIcs } from '../../src/lib/feeds/ics';
import { plannerIcsEvents } from '../../src/lib/planner/ics-events';
import { fillLetter, letterRequests } from '../../src/lib/planner/letters';
import { buildPlan, evaluateQuery } from '../../src/lib/planner/plan';
import { deadlineWhen } from '../../src/lib/planner/plan-notes';
import { PLACEHOLDER } from '../../src/lib/planner/letter-placeholders';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);
const templates = loadDataFile(root, dataFiles.leaveLetters.file, dataFiles.leaveLetters.schema);

const query = {
  dk: 'due', d: '2027-01-10', n: '1', fam: 'couple',
  m_ins: 'employee', m_wage: '300만', m_hrs: '40', m_psf: 'no', m_join: '2020-03-02',
  f_ins: 'employee', f_wage: '400만', f_hrs: '40', f_psf: 'yes', f_join: '2019-01-07',
  m_lvs: '2026-11-26', f_lv: 'yes', f_lvs: '2027-01-11',
  m_pl: '2', m_p1s: '2027-02-24', m_p1m: '12', m_p2s: '2028-03-02', m_p2m: '3', f_pl: '1', f_p1s: '2027-03-15', f_p1m: '3',
  m_sh: 'no', f_sh: 'no', m_rh: 'no', f_rh: 'yes', f_rhs: '2027-09-01', f_rhm: '6', f_rha: '30',
};
const { answers } = evaluateQuery(query, rules);
const plan = buildPlan(answers, rules, '2026-11-24');
const requests = letterRequests(plan, answers);

describe('letters to the employer', () => {
  it('one 출산전후휴가 신청서 for her, one 육아휴직 신청서 a part, one 단축 신청서 for his reduction; none for 배우자 출산전후휴가', () => {
    expect(requests.map((r) => r.heading)).toEqual(['엄마 · 출산전후휴가', '엄마 · 육아휴직 (1번째)', '아빠 · 육아휴직 (1번째)', '아빠 · 육아기 근로시간 단축', '엄마 · 육아휴직 (2번째)']);
  });

  it('fills dates, periods and hours from the plan, and says when to hand each in', () => {
    const second = requests.find((r) => r.id === 'mother-parental-2')!;
    expect(second.values).toMatchObject({
      자녀생년월일: '2027년 1월 10일(일) (출산 예정일)',
      휴직시작일: '2028년 3월 2일(목)',
      휴직종료일: '2028년 6월 1일(목)',
      휴직개월: '3개월',
      몇번째: '2번째 (모두 2번으로 나누어 씀)',
      추가휴직사유: '같은 자녀로 부모가 각각 3개월 이상 사용 (엄마 15개월, 아빠 3개월)',
    });
    expect(deadlineWhen(second.submitBy!)).toBe('신청: 2028년 2월 1일(화)까지');
    expect(requests.find((r) => r.id === 'mother-parental-1')!.values.추가휴직사유).toBe('해당 없음');
    expect(requests.find((r) => r.id === 'father-reduced')!.values).toMatchObject({ 단축전시간: '주 40시간', 단축후시간: '주 30시간', 단축개월: '6개월' });
    expect(requests.find((r) => r.id === 'mother-maternity')!.values).toMatchObject({ 휴가시작일: '2026년 11월 26일(목)', 휴가종료일: '2027년 2월 23일(화)', 휴가일수: '90일' });
  });

  it('leaves a blank to fill in by hand only where the plan cannot know: names, team, phone, company, the day it is handed in', () => {
    const personal = new Set(['신청인', '소속', '연락처', '회사', '자녀', '신청일']);
    for (const request of requests) {
      const template = templates.letters.find((letter) => letter.kind === request.kind)!;
      const texts = [template.coveringLetter, ...template.fields.map((field) => field.value ?? '')];
      const blanks = texts.flatMap((text) => fillLetter(text, request.values)).flatMap((part) => ('blank' in part ? [part.blank] : []));
      expect(blanks.filter((blank) => !personal.has(blank)), request.id).toEqual([]);
    }
  });

  it('splits a template at its placeholders, with a blank where a value is missing', () => {
    expect(fillLetter('{회사} 인사 담당자님께, {휴직시작일}부터', { 휴직시작일: '2027년 3월 15일(월)' })).toEqual([
      { blank: '회사' },
      { text: ' 인사 담당자님께, ' },
      { text: '2027년 3월 15일(월)' },
      { text: '부터' },
    ]);
    expect([...'{신청인}'.matchAll(PLACEHOLDER)].map((m) => m[1])).toEqual(['신청인']);
  });
});

describe('a calendar file for each parent', () => {
  const calendar = (parent: 'mother' | 'father') =>
    new ICAL.Component(ICAL.parse(writeIcs({ name: '부모 휴가 계획', prodId: '-//test//KO', generatedAt: new Date(Date.UTC(2026, 10, 24)), events: plannerIcsEvents(plan, parent, 'example.kr') })));

  it('holds that parent’s leaves and deadlines as all-day events, read back with ical.js', () => {
    const events = calendar('father').getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain('배우자 출산전후휴가 20일 (근무일)');
    expect(summaries).toContain('마감: 회사에 육아휴직 신청 (1번째)');
    expect(summaries.some((s) => s.startsWith('엄마') || s.includes('출산전후휴가 90일'))).toBe(false);
    const apply = events.find((e) => e.summary === '마감: 회사에 육아휴직 신청 (1번째)')!;
    expect(apply.startDate.toString()).toBe('2027-02-13');
    expect(apply.startDate.isDate).toBe(true);
    expect(apply.description).toBe('신청: 2027년 2월 13일(토)까지 (확인 필요)');
    const leave = events.find((e) => e.summary === '육아휴직 1번째 (3개월)')!;
    // All-day events end on the next day (exclusive): the leave's last day is 2027-06-14.
    expect([leave.startDate.toString(), leave.endDate.toString()]).toEqual(['2027-03-15', '2027-06-15']);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});
