import { z } from 'zod';
import { nonEmpty, seoulDate } from './fields';
import { sourceSchema } from './guide';

/**
 * Every number the guide's calculators and timeline use. The code asks for a rule by its `id`;
 * staff add a new entry with a later `effectiveFrom` when a rate or cap changes, and keep the old one,
 * so a leave that started earlier is still calculated with the rules of its own dates.
 */
export const benefitRuleIds = [
  // 임신
  'pregnancyReducedHours.earlyUntilWeek',
  'pregnancyReducedHours.lateFromWeek',
  'pregnancyReducedHours.hoursPerDay',
  'pregnancyReducedHours.noticeDays',
  'infertilityLeave.daysPerYear',
  'infertilityLeave.paidDays',
  'miscarriageLeave.daysUpToWeek11',
  // 출산전후휴가
  'maternityLeave.days',
  'maternityLeave.daysMultiple',
  'maternityLeave.daysPremature',
  'maternityLeave.daysAfterBirth',
  'maternityLeave.daysAfterBirthMultiple',
  'maternityLeave.employerPaidDays',
  'maternityLeave.employerPaidDaysMultiple',
  'maternityLeave.monthlyCap',
  'minimumWage.hourly',
  'minimumWage.monthlyHours',
  // 배우자 출산휴가
  'spouseLeave.workingDays',
  'spouseLeave.useWithinDays',
  'spouseLeave.insurancePayTotal',
  // 육아휴직
  'parentalLeave.months',
  'parentalLeave.monthsExtended',
  'parentalLeave.childAgeLimit',
  'parentalLeave.replyDays',
  'parentalLeave.rateMonths1to6',
  'parentalLeave.rateFromMonth7',
  'parentalLeave.capMonths1to3',
  'parentalLeave.capMonths4to6',
  'parentalLeave.capFromMonth7',
  'parentalLeave.singleParentCapMonths1to3',
  'parentalLeave.floor',
  'sixPlusSix.childAgeMonths',
  'sixPlusSix.rate',
  'sixPlusSix.capMonth1',
  'sixPlusSix.capMonth2',
  'sixPlusSix.capMonth3',
  'sixPlusSix.capMonth4',
  'sixPlusSix.capMonth5',
  'sixPlusSix.capMonth6',
  // 육아기 근로시간 단축
  'childcareReducedHours.childAgeLimit',
  'childcareReducedHours.minWeeklyHours',
  'childcareReducedHours.maxWeeklyHours',
  'childcareReducedHours.fullRateHours',
  'childcareReducedHours.fullRate',
  'childcareReducedHours.partRate',
  'childcareReducedHours.capFullRate',
  'childcareReducedHours.capPartRate',
  'childcareReducedHours.floorWage',
  'childcareReducedHours.minBlockMonths',
  // 가족돌봄
  'familyCare.leaveDaysPerYear',
  'familyCare.leaveMinBlockDays',
  'familyCare.daysOffPerYear',
  // 보호와 구제
  'protection.noDismissalDaysAfterMaternityLeave',
  'remedy.unfairDismissalApplyMonths',
  'remedy.unfairDismissalMinWorkers',
  'remedy.lateWageInterestRate',
] as const;
export type BenefitRuleId = (typeof benefitRuleIds)[number];

export const ruleUnits = ['원', '비율', '일', '근무일', '주', '개월', '세', '시간', '명'] as const;

/** One value of one rule, in force from `effectiveFrom` until the next entry with the same id. */
export const benefitRuleSchema = z.strictObject({
  id: z.enum(benefitRuleIds, { error: (issue) => `'${String(issue.input)}'은(는) 계산기가 아는 규칙 id가 아닙니다. 목록에 있는 id를 그대로 쓰세요.` }),
  /** What the number means, in Korean, as shown next to results. */
  label: nonEmpty('규칙 이름(label)'),
  value: z.number({ error: '값(value)은 숫자로 쓰세요. 비율은 0.8처럼, 금액은 2500000처럼 씁니다.' }).nonnegative({ error: '값(value)은 0 이상이어야 합니다.' }),
  unit: z.enum(ruleUnits, { error: `단위(unit)는 ${ruleUnits.join(', ')} 가운데 하나로 쓰세요.` }),
  /** 시행일: the first day this value applies. */
  effectiveFrom: seoulDate(),
  source: sourceSchema,
  /** Set when the value is not confirmed by a primary source: why, in one sentence. Shown next to every result that uses it. */
  unconfirmed: nonEmpty('확인 필요 사유(unconfirmed)').optional(),
});
export type BenefitRule = z.infer<typeof benefitRuleSchema>;

/** `content/data/benefit-rules.yaml`. */
export const benefitRulesSchema = z
  .strictObject({
    /** 기준일: when staff last checked the file against the sources. */
    reviewedAt: seoulDate(),
    rules: z.array(benefitRuleSchema),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, index) => {
      const key = `${rule.id}@${rule.effectiveFrom}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'effectiveFrom'], message: `${rule.id}의 ${rule.effectiveFrom} 시행 값이 두 번 있습니다. 하나를 지우거나 시행일을 고치세요.` });
      }
      seen.add(key);
    });
    const present = new Set(file.rules.map((rule) => rule.id));
    for (const id of benefitRuleIds) {
      if (!present.has(id)) ctx.addIssue({ code: 'custom', path: ['rules'], message: `규칙 ${id}이(가) 없습니다. 계산기에 필요하니 항목을 추가하세요.` });
    }
  });
export type BenefitRules = z.infer<typeof benefitRulesSchema>;
