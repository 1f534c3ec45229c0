/**
 * The rules the couple's leave planner reads itself. The money comes from the calculators and the windows from the
 * timeline, each with its own declared list, so both tools use the same dated rules.
 */
import type { BenefitRuleId } from '../../schemas/benefit-rules';

export const plannerRuleIds = [
  'maternityLeave.claimWithinMonthsAfterEnd',
  'spouseLeave.workingDays',
  'spouseLeave.maxParts',
  'spouseLeave.useWithinDays',
  'parentalLeave.months',
  'parentalLeave.monthsExtended',
  'parentalLeave.extendedMinMonthsEach',
  'parentalLeave.childAgeLimit',
  'parentalLeave.maxParts',
  'parentalLeave.replyDays',
  'parentalLeave.noticeDays',
  'parentalLeave.minTenureMonths',
  'parentalLeave.claimWithinMonthsAfterEnd',
  'shortParentalLeave.maxWeeks',
  'shortParentalLeave.timesPerYear',
  'sixPlusSix.childAgeMonths',
  'childcareReducedHours.childAgeLimit',
  'childcareReducedHours.baseMonths',
  'childcareReducedHours.unusedLeaveMultiplier',
  'childcareReducedHours.noticeDays',
  'artistMaternity.days',
  'artistMaternity.minInsuredMonths',
  'artistMaternity.claimWithinMonthsAfterBirth',
] as const satisfies readonly BenefitRuleId[];
export type PlannerRuleId = (typeof plannerRuleIds)[number];
