/** The guide's interactive pages, listed on /guide/ and /guide/calculators/. */
import { calculatorPath, MY_TIMELINE, PLANNER } from '../lib/urls';

export const guideTools = [
  { href: MY_TIMELINE, title: '나의 모성보호 일정', description: '출산 예정일을 넣으면 근로시간 단축, 출산전후휴가, 배우자 출산전후휴가, 육아휴직의 날짜와 신청 기한을 보여 줍니다.' },
  { href: PLANNER, title: '부모 휴가 계획', description: '엄마와 아빠의 출산전후휴가, 배우자 출산전후휴가, 육아휴직(6+6), 근로시간 단축을 함께 계획합니다. 달마다 받는 돈과 신청 기한, 회사에 낼 신청서를 만듭니다.' },
  { href: calculatorPath('parental-leave'), title: '육아휴직 급여 계산기', description: '월급과 시작일, 기간을 넣으면 달마다 받을 급여와 합계를 계산합니다. 한부모와 6+6도 계산합니다.' },
  { href: calculatorPath('reduced-hours'), title: '육아기 근로시간 단축 급여 계산기', description: '단축 전후의 주 근로시간을 넣으면 고용보험에서 받는 월 급여를 계산합니다.' },
  { href: calculatorPath('maternity-leave'), title: '출산전후휴가 급여 계산기', description: '회사와 고용보험이 각각 며칠을 얼마씩 주는지 계산합니다. 단시간 근로자와 미숙아 출산도 계산합니다.' },
  { href: calculatorPath('spouse-leave'), title: '배우자 출산전후휴가 급여 계산기', description: '20일 동안의 임금과, 고용보험과 회사가 각각 주는 금액을 계산합니다.' },
] as const;
