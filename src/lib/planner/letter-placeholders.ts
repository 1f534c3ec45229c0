/**
 * The letters' kinds and the {자리표시} each may use, apart from the zod schema (src/schemas/leave-letters.ts) so the
 * planner's browser code can fill letters without loading zod, whose object schemas probe `new Function` and so break
 * the page's CSP (no 'unsafe-eval').
 */
export const letterKinds = ['maternityLeave', 'parentalLeave', 'reducedHours'] as const;
export type LetterKind = (typeof letterKinds)[number];

const common = ['신청인', '소속', '연락처', '회사', '자녀', '자녀생년월일', '신청일'] as const;

/** The placeholders each letter can use, each filled from the plan or the page. */
export const letterPlaceholders = {
  maternityLeave: [...common, '휴가시작일', '휴가종료일', '휴가일수'],
  parentalLeave: [...common, '휴직시작일', '휴직종료일', '휴직개월', '몇번째', '추가휴직사유'],
  reducedHours: [...common, '단축시작일', '단축종료일', '단축개월', '단축전시간', '단축후시간'],
} as const satisfies Record<LetterKind, readonly string[]>;
export type LetterPlaceholder = (typeof letterPlaceholders)[LetterKind][number];

/** `{신청인}` */
export const PLACEHOLDER = /\{([^{}]*)\}/g;
