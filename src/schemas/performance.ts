import { z } from 'zod';
import { nonEmpty, wholeNumberIn } from './fields';

/** One figure in a chart: a label and a number. */
const datum = z.strictObject({
  label: nonEmpty('항목'),
  value: z.number({ error: '값(value)은 숫자로 쓰세요.' }).min(0, { error: '값(value)은 0 이상이어야 합니다.' }).max(10_000_000, { error: '값(value)이 1,000만을 넘습니다. 숫자를 확인하세요.' }),
});

/** A chart on /report/<year>/, drawn at build time as SVG with its data table. */
export const chartSchema = z.strictObject({
  title: nonEmpty('차트 제목'),
  /** e.g. 건, 명 */
  unit: nonEmpty('단위'),
  /** bar: compare categories; column: a series over months. */
  kind: z.enum(['bar', 'column']),
  note: z.string().optional(),
  data: z.array(datum).min(1),
});

/** A result against its target, from the report's 추진실적 table. */
const targetRow = z.strictObject({
  area: nonEmpty('사업 영역'),
  program: nonEmpty('사업명'),
  indicator: nonEmpty('성과 지표'),
  target: nonEmpty('목표'),
  result: nonEmpty('실적'),
});

/** The year's figures: `content/data/performance-<year>.yaml`. */
export const performanceSchema = z.strictObject({
  year: wholeNumberIn('연도(year)', 2000, 2100),
  /** e.g. 2021년 9월 말 기준 */
  asOf: nonEmpty('기준 시점'),
  source: nonEmpty('출처'),
  highlights: z.array(z.strictObject({ label: nonEmpty('항목'), value: nonEmpty('값') })).min(1),
  charts: z.array(chartSchema).min(1),
  targets: z.array(targetRow).default([]),
});
export type Performance = z.infer<typeof performanceSchema>;
export type Chart = z.infer<typeof chartSchema>;
