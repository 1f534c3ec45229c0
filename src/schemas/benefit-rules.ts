import { z } from 'zod';
import { nonEmpty, seoulDate } from './fields';
import { sourceSchema } from './guide';

/**
 * Every number the guide's calculators, timeline and rules page use. The code asks for a rule by its `id`;
 * staff add a new entry with a later `effectiveFrom` when a rate or cap changes, and keep the old one,
 * so a leave that started earlier is still calculated with the rules of its own dates.
 */
export const benefitRuleIds = [
  'pregnancyReducedHours.earlyUntilWeek',
  'pregnancyReducedHours.lateFromWeek',
  'pregnancyReducedHours.hoursPerDay',
  'pregnancyReducedHours.noticeDays',
  'infertilityLeave.daysPerYear',
  'infertilityLeave.paidDays',
  'miscarriageLeave.daysUpToWeek11',
  'maternityLeave.days',
  'maternityLeave.daysMultiple',
  'maternityLeave.daysPremature',
  'maternityLeave.daysAfterBirth',
  'maternityLeave.daysAfterBirthMultiple',
  'maternityLeave.employerPaidDays',
  'maternityLeave.employerPaidDaysMultiple',
  'maternityLeave.monthlyCap',
  'maternityLeave.claimWithinMonthsAfterEnd',
  'minimumWage.hourly',
  'minimumWage.monthlyHours',
  'minimumWage.fullTimeWeeklyHours',
  'spouseLeave.workingDays',
  'spouseLeave.maxParts',
  'spouseLeave.useFromDaysBeforeDue',
  'spouseLeave.useWithinDays',
  'spouseLeave.paidHoursPerDay',
  'spouseLeave.insuranceCap',
  'spouseMiscarriageLeave.days',
  'spouseMiscarriageLeave.paidDays',
  'spouseMiscarriageLeave.applyWithinDays',
  'parentalLeave.months',
  'parentalLeave.monthsExtended',
  'parentalLeave.extendedMinMonthsEach',
  'parentalLeave.childAgeLimit',
  'parentalLeave.maxParts',
  'parentalLeave.replyDays',
  'parentalLeave.noticeDays',
  'parentalLeave.minTenureMonths',
  'parentalLeave.claimWithinMonthsAfterEnd',
  'parentalLeave.rateMonths1to6',
  'parentalLeave.rateFromMonth7',
  'parentalLeave.capMonths1to3',
  'parentalLeave.capMonths4to6',
  'parentalLeave.capFromMonth7',
  'parentalLeave.singleParentCapMonths1to3',
  'parentalLeave.floor',
  'shortParentalLeave.maxWeeks',
  'shortParentalLeave.timesPerYear',
  'sixPlusSix.childAgeMonths',
  'sixPlusSix.rate',
  'sixPlusSix.capMonth1',
  'sixPlusSix.capMonth2',
  'sixPlusSix.capMonth3',
  'sixPlusSix.capMonth4',
  'sixPlusSix.capMonth5',
  'sixPlusSix.capMonth6',
  'childcareReducedHours.childAgeLimit',
  'childcareReducedHours.baseMonths',
  'childcareReducedHours.unusedLeaveMultiplier',
  'childcareReducedHours.minWeeklyHours',
  'childcareReducedHours.maxWeeklyHours',
  'childcareReducedHours.minBlockMonths',
  'childcareReducedHours.noticeDays',
  'childcareReducedHours.fullRateHours',
  'childcareReducedHours.fullRate',
  'childcareReducedHours.partRate',
  'childcareReducedHours.capFullRate',
  'childcareReducedHours.capPartRate',
  'childcareReducedHours.floorWage',
  'familyCare.leaveDaysPerYear',
  'familyCare.leaveMinBlockDays',
  'familyCare.daysOffPerYear',
  'artistMaternity.minInsuredMonths',
  'artistMaternity.days',
  'artistMaternity.claimWithinMonthsAfterBirth',
  'protection.noDismissalDaysAfterMaternityLeave',
  'remedy.unfairDismissalApplyMonths',
  'remedy.unfairDismissalMinWorkers',
  'remedy.lateWageInterestRate',
] as const;
export type BenefitRuleId = (typeof benefitRuleIds)[number];

export const ruleUnits = ['원', '비율', '일', '근무일', '주', '개월', '세', '시간', '명', '회', '배'] as const;

/** law: read in the statute text. 2nd: secondary sources only, shown with 확인 필요. */
export const ruleTiers = ['law', '2nd'] as const;
export type RuleTier = (typeof ruleTiers)[number];

/** One value of one rule, in force from `effectiveFrom` until the next entry with the same id. */
export const benefitRuleSchema = z
  .strictObject({
    id: z.enum(benefitRuleIds, { error: (issue) => `'${String(issue.input)}'은(는) 계산기가 아는 규칙 id가 아닙니다. 목록에 있는 id를 그대로 쓰세요.` }),
    /** What the number means, in Korean, as shown next to results. */
    label: nonEmpty('규칙 이름(label)'),
    value: z.number({ error: '값(value)은 숫자로 쓰세요. 비율은 0.8처럼, 금액은 2500000처럼 씁니다.' }).nonnegative({ error: '값(value)은 0 이상이어야 합니다. 상한·하한·일수는 음수가 될 수 없습니다.' }),
    unit: z.enum(ruleUnits, { error: `단위(unit)는 ${ruleUnits.join(', ')} 가운데 하나로 쓰세요.` }),
    /** 시행일: the first day this value applies. */
    effectiveFrom: seoulDate(),
    /** The article or 고시 the value comes from: 고용보험법 시행령 제104조의2 제2항, 고용노동부 고시 제2025-124호. */
    article: nonEmpty('근거 조문(article)'),
    tier: z.enum(ruleTiers, { error: '등급(tier)은 law(법령 원문에서 확인) 또는 2nd(2차 자료로만 확인) 가운데 하나로 쓰세요.' }),
    /** The article itself (law.go.kr links to one article), never a home page. */
    source: sourceSchema,
    /** 기준일: when staff last checked this entry against its source. */
    reviewedAt: seoulDate(),
    /** Set anew every year by a 고시 (minimum wage, maternity cap): a new year without its entry is flagged. */
    yearly: z.boolean({ error: '해마다 고시(yearly)는 true 또는 false로 쓰세요.' }).optional(),
    /** Anything a reader should know, shown beside the rule. */
    note: nonEmpty('덧붙일 말(note)').optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.unit === '비율' && rule.value > 1) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `비율 ${rule.value}은(는) 0%~100% 밖입니다. 비율은 0에서 1 사이로 쓰세요 (80%는 0.8).` });
    }
  });
export type BenefitRule = z.infer<typeof benefitRuleSchema>;

/** `content/data/benefit-rules.yaml`. */
export const benefitRulesSchema = z
  .strictObject({
    /** Where a reader confirms a 2nd-tier rule, shown after every 확인 필요. */
    confirmWhere: nonEmpty('확인할 곳(confirmWhere)'),
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
