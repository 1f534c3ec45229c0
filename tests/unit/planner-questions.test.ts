/**
 * The planner's questions and its address: which question comes next, what an empty or unreadable answer says,
 * and how the answers travel in the page address. The answers here are team-made; the rules they touch are checked
 * against worked examples in planner.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { addressOf, holdsAnswers, readAddress, readAnswers, type PlannerQuery } from '../../src/lib/planner/answers';
import { PLANNER } from '../../src/lib/urls';
import { daysByMonth, splitByMonth } from '../../src/lib/planner/month-split';
import { evaluateQuery } from '../../src/lib/planner/plan';
import { answeredSteps, currentStep, pruneQuery, STEPS, stepProblems, stepSummary } from '../../src/lib/planner/questions';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);

const next = (query: PlannerQuery) => {
  const { answers, problems } = evaluateQuery(query, rules);
  return currentStep(query, answers, problems)?.id ?? 'plan';
};

describe('one question at a time', () => {
  it('starts with the birth, then the family, then each parent’s work, then each leave', () => {
    expect(next({})).toBe('birth');
    expect(next({ dk: 'due', d: '2027-01-10' })).toBe('births');
    expect(next({ dk: 'due', d: '2027-01-10', n: '1' })).toBe('family');
    expect(next({ dk: 'due', d: '2027-01-10', n: '1', fam: 'couple' })).toBe('mother-insurance');
    const employed = { dk: 'due', d: '2027-01-10', n: '1', fam: 'couple', m_ins: 'employee', m_wage: '300만', m_hrs: '40', m_psf: 'no', m_join: '2020-01-02' };
    expect(next(employed)).toBe('father-insurance');
    expect(next({ ...employed, f_ins: 'employee', f_wage: '400만', f_hrs: '40', f_psf: 'yes', f_join: '2021-01-04' })).toBe('mother-leave');
  });

  it('asks a single parent nothing about a second parent, and an artist mother no employee leave', () => {
    const single = { dk: 'birth', d: '2027-01-10', n: '1', fam: 'single', m_ins: 'artist', m_wage: '150만' };
    expect(next(single)).toBe('mother-leave');
    expect(next({ ...single, m_lvs: '2026-12-01' })).toBe('plan');
  });

  it('goes back to an answered question when a later answer makes it wrong, with the reason next to the field', () => {
    const query = {
      dk: 'due', d: '2027-01-10', n: '1', fam: 'couple',
      m_ins: 'employee', m_wage: '300만', m_hrs: '40', m_psf: 'no', m_join: '2020-01-02',
      f_ins: 'employee', f_wage: '400만', f_hrs: '40', f_psf: 'no', f_join: '2020-01-02',
      m_lvs: '2026-11-26', f_lv: 'no', m_pl: '1', m_p1s: '2027-02-24', m_p1m: '15', f_pl: '1', f_p1s: '2027-03-02', f_p1m: '2',
    };
    expect(next(query)).toBe('mother-parental');
  });

  it('says what is missing only after 다음 is pressed, and names an unreadable amount at once', () => {
    const step = STEPS.find((s) => s.id === 'mother-pay')!;
    const query = { dk: 'due', d: '2027-01-10', n: '1', fam: 'couple', m_ins: 'employee', m_wage: '삼백만' };
    const { answers, problems } = evaluateQuery(query, rules);
    expect(stepProblems(step, query, answers, problems, false)).toEqual({ m_wage: '금액을 숫자로 쓰세요. 예: 3000000 또는 300만' });
    expect(stepProblems(step, query, answers, problems, true)).toEqual({ m_wage: '금액을 숫자로 쓰세요. 예: 3000000 또는 300만', m_hrs: '주 소정근로시간을 쓰세요. 예: 40' });
  });

  it('lists the answers so far in words', () => {
    const query = { dk: 'due', d: '2027-01-10', n: '2', fam: 'couple', m_ins: 'employee', m_wage: '300만', m_hrs: '40' };
    const { answers } = readAnswers(query);
    const lines = answeredSteps(query, answers, null).map((step) => stepSummary(step, answers));
    expect(lines).toEqual([
      { question: '출산 예정일', answer: '2027년 1월 10일(일)' },
      { question: '태아 수', answer: '둘 이상 (다태아)' },
      { question: '가족', answer: '부모 두 사람' },
      { question: '엄마의 고용보험', answer: '회사에 다니며 고용보험 가입' },
      { question: '엄마의 월 통상임금과 근로시간', answer: '3,000,000원, 주 40시간' },
    ]);
  });

  it('a 단기 육아휴직 before the rule took effect (2026-08-20) is named next to its first day', () => {
    const query = {
      dk: 'birth', d: '2026-03-02', n: '1', fam: 'single', m_ins: 'employee', m_wage: '300만', m_hrs: '40', m_psf: 'no', m_join: '2020-01-02',
      m_lvs: '2026-01-16', m_pl: '0', m_sh: 'yes', m_shs: '2026-07-06', m_shw: '1',
    };
    expect(evaluateQuery(query, rules).problems.m_shs).toMatch(/2026년 8월 20일\(목\) 이후 날짜로/);
  });
});

describe('the answers in the page address', () => {
  it('writes the answers after #, which a browser never sends to a server, keys sorted so one plan has one address', () => {
    const query = { m_wage: '300만', d: '2027-01-10', dk: 'due' };
    const address = addressOf(PLANNER, query, { step: 'mother-pay' });
    expect(address).toBe('/guide/planner/#d=2027-01-10&dk=due&m_wage=300%EB%A7%8C&step=mother-pay');
    const read = readAddress(new URL(address, 'https://example.kr'));
    expect(read.query).toEqual(query);
    expect(read.params.get('step')).toBe('mother-pay');
    expect(addressOf(PLANNER, {})).toBe('/guide/planner/');
  });

  it('reads the answers of a guide chapter’s link after ?, lets # win for the same key, and ignores keys that are not answers', () => {
    const read = readAddress({ search: '?fam=couple&m_ins=employee&utm_source=guide', hash: '#m_ins=artist&d=2027-01-10' });
    expect(read.query).toEqual({ fam: 'couple', m_ins: 'artist', d: '2027-01-10' });
    expect(readAddress({ search: '?fam=single', hash: '#main' }).query).toEqual({ fam: 'single' });
    expect([holdsAnswers('#main'), holdsAnswers('#d=2027-01-10')]).toEqual([false, true]);
  });

  it('drops answers that no longer count: a spouse leave date after "쓰지 않음", a second parent after "한부모"', () => {
    const query = { dk: 'due', d: '2027-01-10', n: '1', fam: 'single', m_ins: 'none', m_wage: '0', f_ins: 'employee', f_lv: 'no', f_lvs: '2026-12-01' };
    expect(pruneQuery(query, readAnswers(query).answers)).toEqual({ dk: 'due', d: '2027-01-10', n: '1', fam: 'single', m_ins: 'none', m_wage: '0' });
    const couple = { ...query, fam: 'couple', f_wage: '300만', f_hrs: '40', f_psf: 'no', f_join: '2020-01-02' };
    expect(pruneQuery(couple, readAnswers(couple).answers)).not.toHaveProperty('f_lvs');
  });

  it('reads a date that is not a day as a problem of its own field', () => {
    expect(readAnswers({ d: '2027-02-30' }).problems).toEqual({ d: "'2027-02-30': 2027년 2월에는 30일이 없습니다." });
  });
});

describe('calendar months (team-made examples, checked by counting days)', () => {
  it('a 민법 month from 2027-01-31 to 2027-02-27 has 1 day in January and 27 in February', () => {
    expect(daysByMonth('2027-01-31', '2027-02-27')).toEqual([{ month: '2027-01', days: 1 }, { month: '2027-02', days: 27 }]);
  });

  it('shares an amount out by days without losing a won', () => {
    const shares = splitByMonth('2027-02-24', '2027-03-23', 2_500_000);
    expect(shares.map((s) => s.days)).toEqual([5, 23]);
    expect(shares.map((s) => s.amount)).toEqual([446_428, 2_053_572]);
    expect(shares.reduce((sum, s) => sum + s.amount, 0)).toBe(2_500_000);
  });
});
