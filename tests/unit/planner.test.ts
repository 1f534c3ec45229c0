/**
 * The couple's leave planner against cases worked by hand from the articles. Each example names its source:
 * the centre's facts sheet (../shared/facts/maternity-protection.md, reviewed 2026-12-01) or the article's formula
 * worked by hand. Examples the team made up only to exercise the code say so, and are never the only check of a rule.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/loaders/content-files';
import { dataFiles } from '../../src/loaders/content-model';
import { readAnswers, type Parent, type PlannerQuery } from '../../src/lib/planner/answers';
import { buildPlan, evaluateQuery, type Plan } from '../../src/lib/planner/plan';
import { currentStep } from '../../src/lib/planner/questions';

const root = path.resolve(import.meta.dirname, '../..');
const { rules } = loadDataFile(root, dataFiles.benefitRules.file, dataFiles.benefitRules.schema);
const TODAY = '2026-11-24';

/**
 * Both parents employed at ordinary firms, due 2027-01-10, the mother's 출산전후휴가 from the earliest day
 * (2026-11-26, so 45 days follow the due date), nothing else yet; each case adds its own answers.
 */
const couple = (over: PlannerQuery = {}): PlannerQuery => ({
  dk: 'due', d: '2027-01-10', n: '1', fam: 'couple',
  m_ins: 'employee', m_wage: '5000000', m_hrs: '40', m_psf: 'no', m_join: '2020-03-02',
  f_ins: 'employee', f_wage: '5000000', f_hrs: '40', f_psf: 'no', f_join: '2019-01-07',
  m_lvs: '2026-11-26', f_lv: 'no', m_pl: '0', f_pl: '0', m_sh: 'no', f_sh: 'no', m_rh: 'no', f_rh: 'no',
  ...over,
});

/** The plan, after checking the answers are complete and without problems. */
function planOf(query: PlannerQuery, today = TODAY): Plan {
  const { answers, problems } = evaluateQuery(query, rules);
  expect(problems).toEqual({});
  expect(currentStep(query, answers, problems)).toBeNull();
  return buildPlan(answers, rules, today);
}

const problemsOf = (query: PlannerQuery) => evaluateQuery(query, rules).problems;
const segment = (plan: Plan, id: string) => plan.segments.find((s) => s.id === id)!;
const parent = (plan: Plan, who: Parent) => plan.parents.find((p) => p.parent === who)!;
/** The monthly amounts of one parent's 육아휴직 as the calculator paid them, in order over the parts. */
const parentalMonths = (plan: Plan, who: Parent) =>
  plan.segments.filter((s) => s.parent === who && s.kind === 'parental').map((s) => s.pay.insurance);

describe('both parents 6 months: 6+6 (고용보험법 시행령 제95조의3 제1항)', () => {
  const plan = planOf(couple({ m_pl: '1', m_p1s: '2027-02-24', m_p1m: '6', f_pl: '1', f_p1s: '2027-03-02', f_p1m: '6' }));

  it('제95조의3 제1항 worked by hand: 500만원 each, both 6 months → 250+250+300+350+400+450 = 20,000,000원 each', () => {
    expect(plan.sixPlusSix).toEqual({ applies: true, months: { mother: 6, father: 6 } });
    expect(parentalMonths(plan, 'mother')).toEqual([20_000_000]);
    expect(parentalMonths(plan, 'father')).toEqual([20_000_000]);
    expect(segment(plan, 'mother-parental-1').notes.map((n) => n.text).join()).toContain('두 사람이 함께 쓴 6개월 동안 급여 상한이 올라갑니다');
  });

  it('근로기준법 제74조 worked by hand: her 90 days at an ordinary firm → the company pays 60 days (10,000,000원), 고용보험 30 at the 2026 cap (2,200,000원, facts sheet)', () => {
    expect(segment(plan, 'mother-maternity')).toMatchObject({ start: '2026-11-26', end: '2027-02-23', pay: { company: 10_000_000, insurance: 2_200_000 } });
  });

  it('shares every amount out over calendar months without losing a won: each parent’s 고용보험 column adds up to the calculators’ totals', () => {
    expect(parent(plan, 'mother').pay.totals.insurance).toBe(2_200_000 + 20_000_000);
    expect(parent(plan, 'father').pay.totals.insurance).toBe(20_000_000);
    expect(plan.months[0]).toBe('2026-11');
    expect(plan.months.at(-1)).toBe('2027-09');
    for (const p of plan.parents) for (const month of p.pay.months) expect(month.total).toBe(month.lines.reduce((sum, line) => sum + line.amount, 0));
  });

  it('household: the usual income is both wages, and each month is the sum of the two parents', () => {
    expect(plan.household.usual).toBe(10_000_000);
    for (const [i, month] of plan.household.months.entries()) {
      expect(month.total).toBe(parent(plan, 'mother').pay.months[i].total + parent(plan, 'father').pay.months[i].total);
      expect(month.change).toBe(month.total - 10_000_000);
    }
  });
});

describe('one parent 12 months, the other 3', () => {
  const plan = planOf(couple({ m_pl: '1', m_p1s: '2027-02-24', m_p1m: '12', f_pl: '1', f_p1s: '2027-03-02', f_p1m: '3' }));

  it('facts sheet (6+6 only for the months both took): her first 6 months at 500만원 are 250+250+300 + 200×3 = 14,000,000원', () => {
    const lines = parent(plan, 'mother').pay.months.flatMap((m) => m.lines);
    // Each month of leave is shared out over calendar months; its shares add up to the month's amount.
    expect(lines.filter((l) => /^육아휴직 급여 [1-6]개월째/.test(l.label)).reduce((sum, l) => sum + l.amount, 0)).toBe(14_000_000);
    expect(lines.some((l) => l.label === '육아휴직 급여 3개월째 (6+6)')).toBe(true);
    expect(lines.some((l) => l.label === '육아휴직 급여 4개월째')).toBe(true);
  });

  it('제95조 and 제95조의3 worked by hand: hers 14,000,000 + 80% of 500만원 held to 160만원 × 6 = 23,600,000원; his 250+250+300 = 8,000,000원', () => {
    expect(parentalMonths(plan, 'mother')).toEqual([23_600_000]);
    expect(parentalMonths(plan, 'father')).toEqual([8_000_000]);
    expect(plan.sixPlusSix.months).toEqual({ mother: 12, father: 3 });
  });

  it('남녀고용평등법 제19조 (facts sheet [law]): with the father on 3 months she could take 18; 15 months with his 2 is refused next to her months', () => {
    expect(problemsOf(couple({ m_pl: '1', m_p1s: '2027-02-24', m_p1m: '15', f_pl: '1', f_p1s: '2027-03-02', f_p1m: '3' }))).toEqual({});
    expect(problemsOf(couple({ m_pl: '1', m_p1s: '2027-02-24', m_p1m: '15', f_pl: '1', f_p1s: '2027-03-02', f_p1m: '2' }))).toEqual({
      m_p1m: '엄마의 육아휴직은 모두 12개월까지입니다 (지금 15개월). 부모가 각각 3개월 이상 쓰면 18개월까지 쓸 수 있는데, 지금 계획에서 아빠는 2개월입니다.',
    });
    const longer = planOf(couple({ m_pl: '1', m_p1s: '2027-02-24', m_p1m: '15', f_pl: '1', f_p1s: '2027-03-02', f_p1m: '3' }));
    expect(segment(longer, 'mother-parental-1').notes.map((n) => n.text).join()).toContain('아빠도 3개월 이상 쓰는 계획이라 쓸 수 있습니다');
  });
});

describe('a single parent, 18 months', () => {
  const single = (months: string) => ({ ...couple({ fam: 'single', m_wage: '3000000', m_pl: '1', m_p1s: '2027-02-24', m_p1m: months }) });

  it('제95조 worked by hand: 300만원 → 300×3 (한부모 상한 300만원) + 200×3 + 80% = 240 held to 160 × 12 = 34,200,000원', () => {
    const plan = planOf(single('18'));
    expect(plan.parents.map((p) => p.parent)).toEqual(['mother']);
    expect(parentalMonths(plan, 'mother')).toEqual([34_200_000]);
    expect(parent(plan, 'mother').pay.months.flatMap((m) => m.lines).some((l) => l.label === '육아휴직 급여 3개월째 (한부모)')).toBe(true);
    expect(segment(plan, 'mother-parental-1').notes.map((n) => n.text).join()).toContain('한부모라서 쓸 수 있습니다');
  });

  it('남녀고용평등법 제19조 (facts sheet [law]): 19 months is one too many', () => {
    expect(problemsOf(single('19')).m_p1m).toMatch(/^엄마의 육아휴직은 모두 18개월까지입니다/);
  });
});

describe('a part-time mother (시행령 제101조 제2호: the floor is the minimum wage × her own hours)', () => {
  const partTime = (over: PlannerQuery = {}) => couple({ m_wage: '1000000', m_hrs: '20', m_psf: 'yes', m_pl: '1', m_p1s: '2027-02-24', m_p1m: '7', ...over });

  it('worked by hand: 100만원, 20 hours, 2026 → floor 10,320 × 209 × 20/40 = 1,078,440원 per 30 days; at a 우선지원대상기업 고용보험 pays 90 days = 3,235,320원, the company nothing', () => {
    const plan = planOf(partTime());
    expect(segment(plan, 'mother-maternity').pay).toEqual({ company: 0, insurance: 3_235_320, unknown: false });
  });

  it('worked by hand: at an ordinary firm the company pays her wage for 60 days (2,000,000원) and 고용보험 30 days at the floor (1,078,440원)', () => {
    const plan = planOf(partTime({ m_psf: 'no' }));
    expect(segment(plan, 'mother-maternity').pay).toEqual({ company: 2_000_000, insurance: 1_078_440, unknown: false });
  });

  it('제95조 worked by hand: 육아휴직 100만원 × 6, then 80% = 80만원 (above the 70만원 floor) → 6,800,000원', () => {
    expect(parentalMonths(planOf(partTime()), 'mother')).toEqual([6_800_000]);
  });
});

describe('a plan across the new year: each leave uses the rules of its own dates', () => {
  const partTime = (start: string) => couple({ m_wage: '1000000', m_hrs: '20', m_psf: 'yes', m_lvs: start });

  it('facts sheet (2027 최저임금 10,700원): the same part-timer starting 2027-01-04 gets 10,700 × 104.5 × 3 = 3,354,450원, and the 2027 cap not yet published is said', () => {
    const before = planOf(partTime('2026-12-28'));
    const after = planOf(partTime('2027-01-04'));
    expect(segment(before, 'mother-maternity').pay.insurance).toBe(3_235_320);
    expect(segment(after, 'mother-maternity').pay.insurance).toBe(3_354_450);
    expect(segment(after, 'mother-maternity').notes.map((n) => n.text)).toContain('2027년 출산전후휴가 급여 상한액 (30일 기준) 고시 전 — 2026년 기준으로 계산했습니다.');
    expect(after.rulesUsed.filter((r) => r.id === 'minimumWage.hourly').map((r) => r.effectiveFrom)).toEqual(['2027-01-01']);
  });

  it('시행령 제104조의2 제2항 and 부칙 제35934호 worked by hand: 300만원, 40 → 30 hours from 2025-11-01 → 550,000 (cap 220만원) × 2, then 625,000 (cap 250만원) from 2026-01-01', () => {
    const plan = planOf(couple({ dk: 'birth', d: '2025-06-02', m_wage: '3000000', m_lvs: '2025-04-18', m_rh: 'yes', m_rhs: '2025-11-01', m_rhm: '3', m_rha: '30', f_rh: 'no' }));
    const lines = parent(plan, 'mother').pay.months.flatMap((m) => m.lines).filter((l) => l.label.startsWith('근로시간 단축 급여'));
    expect(lines.map((l) => l.amount)).toEqual([550_000, 550_000, 625_000]);
    expect(segment(plan, 'mother-reduced').pay.insurance).toBe(1_725_000);
  });

  it('team-made example: on reduced hours the company is taken to pay for the hours worked, 300만원 × 30/40 = 2,250,000원 a whole month, and the page says it is an estimate', () => {
    const plan = planOf(couple({ dk: 'birth', d: '2025-06-02', m_wage: '3000000', m_lvs: '2025-04-18', m_rh: 'yes', m_rhs: '2025-11-01', m_rhm: '3', m_rha: '30' }));
    const november = parent(plan, 'mother').pay.months.find((m) => m.month === '2025-11')!;
    expect(november.company).toBe(2_250_000);
    expect(segment(plan, 'mother-reduced').notes.find((n) => n.text.includes('어림'))?.unconfirmed).toBe(true);
  });

  it('facts sheet: 배우자 출산전후휴가 from 2027-01-11 at a 우선지원대상기업 is paid up to the 2026 cap, 1,684,210원, and says the 2027 cap is not published', () => {
    const plan = planOf(couple({ f_psf: 'yes', f_lv: 'yes', f_lvs: '2027-01-11' }));
    const spouse = segment(plan, 'father-spouse');
    expect(spouse).toMatchObject({ start: '2027-01-11', end: '2027-02-05', pay: { insurance: 1_684_210, company: 0 } });
    expect(spouse.notes.map((n) => n.text).join()).toContain('2027년 배우자 출산전후휴가 급여 상한 (우선지원대상기업, 20일 전체) 고시 전 — 2026년 기준');
    // His wage goes on as usual in both months of the leave; 고용보험 pays its share of it, by days.
    const months = parent(plan, 'father').pay.months.filter((m) => m.month === '2027-01' || m.month === '2027-02');
    expect(months.map((m) => m.total)).toEqual([5_000_000, 5_000_000]);
    expect(months[0].insurance + months[1].insurance).toBe(1_684_210);
  });
});

describe('a father not insured', () => {
  const query = (months: string) =>
    couple({ dk: 'birth', d: '2026-01-15', m_wage: '3000000', m_lvs: '2025-12-01', m_pl: '1', m_p1s: '2026-03-01', m_p1m: months, f_ins: 'none', f_wage: '2000000' });

  it('facts sheet (ordinary example): her 300만원 for 12 months from 2026-03-01 → 250×3 + 200×3 + 160×6 = 23,100,000원; no 6+6', () => {
    const plan = planOf(query('12'));
    expect(parentalMonths(plan, 'mother')).toEqual([23_100_000]);
    expect(plan.sixPlusSix.applies).toBe(false);
  });

  it('plans no leave for him, keeps his income as it is, and says why', () => {
    const plan = planOf(query('12'));
    expect(parent(plan, 'father').segments).toEqual([]);
    expect(parent(plan, 'father').pay.months.every((m) => m.own === 2_000_000 && m.company === 0)).toBe(true);
    expect(plan.notes.map((n) => n.text).join()).toContain('아빠는 고용보험에 가입한 근로자가 아니어서');
  });

  it('남녀고용평등법 제19조: without a second parent on leave she has 12 months, not 18', () => {
    expect(problemsOf(query('13')).m_p1m).toMatch(/^엄마의 육아휴직은 모두 12개월까지입니다/);
  });

  it('asks him only about his income: no employer, tenure or leave questions', () => {
    const q = query('12');
    for (const key of ['f_psf', 'f_join', 'f_lv', 'f_pl', 'f_sh', 'f_rh']) delete q[key];
    const { answers } = readAnswers(q);
    expect(currentStep(q, answers, {})).toBeNull();
  });
});

describe('warnings beside the part they concern', () => {
  it('the 30-day notice (parentalLeave.noticeDays, 확인 필요): a part from 2027-03-15 → 신청: 2027년 2월 13일(토)까지', () => {
    const plan = planOf(couple({ m_pl: '1', m_p1s: '2027-03-15', m_p1m: '3' }));
    const apply = segment(plan, 'mother-parental-1').deadlines.find((d) => d.kind === 'apply')!;
    expect(apply).toMatchObject({ date: '2027-02-13', unconfirmed: true, passed: false });
    const late = planOf(couple({ m_pl: '1', m_p1s: '2027-03-15', m_p1m: '3' }), '2027-02-20');
    expect(segment(late, 'mother-parental-1').notes[0]).toMatchObject({ tone: 'warning', text: expect.stringContaining('회사에 신청할 날(2027년 2월 13일(토))이 오늘(2027년 2월 20일(토))보다 앞섭니다') });
  });

  it('under 6 months of tenure (parentalLeave.minTenureMonths, 확인 필요): joined 2026-10-05, from 2027-03-15 → refusable; from 2027-04-05 it is not', () => {
    const early = planOf(couple({ m_join: '2026-10-05', m_pl: '1', m_p1s: '2027-03-15', m_p1m: '3' }));
    expect(segment(early, 'mother-parental-1').notes.map((n) => n.text).join()).toContain('회사가 신청을 거부할 수 있습니다. 2027년 4월 5일(월)부터 시작하면 거부할 수 없습니다.');
    const later = planOf(couple({ m_join: '2026-10-05', m_pl: '1', m_p1s: '2027-04-05', m_p1m: '3' }));
    expect(segment(later, 'mother-parental-1').notes.map((n) => n.text).join()).not.toContain('거부');
  });

  it('the 4-part limit (parentalLeave.maxParts, 확인 필요): a fifth part is refused; with four, the last part says none are left', () => {
    const starts = ['2027-03-02', '2027-05-03', '2027-07-01', '2027-09-01', '2027-11-01'];
    const parts = (n: number) => Object.fromEntries(starts.slice(0, n).flatMap((start, i) => [[`m_p${i + 1}s`, start], [`m_p${i + 1}m`, '1']]));
    expect(problemsOf(couple({ m_pl: '5', ...parts(5) })).m_pl).toBe('육아휴직은 4번까지 나누어 쓸 수 있습니다.');
    const plan = planOf(couple({ m_pl: '4', ...parts(4) }));
    expect(segment(plan, 'mother-parental-4').notes.map((n) => n.text)).toContain('육아휴직을 4번 모두 나누어 써서 더 나눌 수 없습니다. 단기 육아휴직은 이 횟수에 들어가지 않습니다.');
  });

  it('a second part goes on counting months (확인 필요): 300만원, 6 months then 2 → the second part is months 7 and 8 at 160만원', () => {
    const plan = planOf(couple({ m_wage: '3000000', m_pl: '2', m_p1s: '2027-02-24', m_p1m: '6', m_p2s: '2028-03-02', m_p2m: '2' }));
    expect(segment(plan, 'mother-parental-2').pay.insurance).toBe(3_200_000);
    expect(segment(plan, 'mother-parental-2').notes.find((n) => n.text.includes('7개월째부터'))?.unconfirmed).toBe(true);
  });

  it('a child past the age limit (parentalLeave.childAgeLimit, 확인 필요): a part ending after the day before the 9th birthday', () => {
    const plan = planOf(couple({ m_pl: '1', m_p1s: '2035-12-01', m_p1m: '3' }));
    expect(segment(plan, 'mother-parental-1').notes.map((n) => n.text).join()).toContain('아이는 2036년 1월 9일(수)까지 만 8세입니다');
  });

  it('6+6 needs both within 18 months (facts sheet [law]): the father starting after 2028-07-09 leaves both on the ordinary caps', () => {
    const plan = planOf(couple({ m_pl: '1', m_p1s: '2027-02-24', m_p1m: '6', f_pl: '1', f_p1s: '2028-08-01', f_p1m: '6' }));
    expect(plan.sixPlusSix.applies).toBe(false);
    expect(segment(plan, 'father-parental-1').notes.map((n) => n.text).join()).toContain('아이 생후 18개월(2028년 7월 9일(일))이 지나 시작해서 6+6 상한은 적용되지 않습니다');
    expect(parentalMonths(plan, 'mother')).toEqual([2_500_000 * 3 + 2_000_000 * 3]);
  });
});

describe('windows and overlaps, as errors next to the field', () => {
  it('issue 13: due 2027-01-10 opens the spouse window on 2026-11-21; 20 working days from Monday 2026-11-23 end on Friday 2026-12-18', () => {
    expect(problemsOf(couple({ f_lv: 'yes', f_lvs: '2026-11-20' })).f_lvs).toMatch(/^배우자 출산전후휴가는 2026년 11월 21일\(토\)부터/);
    expect(segment(planOf(couple({ f_lv: 'yes', f_lvs: '2026-11-23' })), 'father-spouse').end).toBe('2026-12-18');
  });

  it('근로기준법 제74조 제1항: 45 days must follow the birth, so for due 2027-01-10 her leave starts on 2026-11-26 at the earliest', () => {
    expect(problemsOf(couple({ m_lvs: '2026-11-25' })).m_lvs).toBe('출산 뒤에 꼭 쉬어야 하는 날이 남도록 2026년 11월 26일(목)부터 고르세요.');
  });

  it('a 육아휴직 that starts inside her 출산전후휴가 is refused next to its first day', () => {
    expect(problemsOf(couple({ m_pl: '1', m_p1s: '2027-02-01', m_p1m: '3' })).m_p1s).toMatch(/^엄마의 출산전후휴가 90일\(2026년 11월 26일\(목\)~2027년 2월 23일\(화\)\)와 겹칩니다/);
  });

  it('단기 육아휴직 (facts sheet: from 2026-08-20): its pay is not calculated, and those days bring no wage', () => {
    const plan = planOf(couple({ f_sh: 'yes', f_shs: '2027-07-05', f_shw: '2' }));
    expect(segment(plan, 'father-short')).toMatchObject({ end: '2027-07-18', pay: { insurance: 0, unknown: true } });
    const july = parent(plan, 'father').pay.months.find((m) => m.month === '2027-07')!;
    expect(july.company).toBe(Math.floor((5_000_000 * 17) / 31));
  });
});
