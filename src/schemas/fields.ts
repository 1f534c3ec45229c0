/** Field types shared by several content schemas. Messages are written for staff, in Korean. */
import { z } from 'zod';
import { compareSeoul, dateProblem, isDateOnly } from '../lib/dates/seoul-time';

/** Years the centre's content can be about: a year outside them is a typo (2062 for 2026, 0201 for 2021). */
const YEARS = { from: 2000, to: 2100 } as const;
const yearProblem = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year < YEARS.from || year > YEARS.to ? `'${text}': ${year}년은 잘못 쓴 연도 같습니다. ${YEARS.from}~${YEARS.to}년 사이로 고치세요.` : null;
};

/** A calendar date as written in Korea: `2021-10-14`. */
export const seoulDate = () =>
  z.string({ error: '날짜를 2021-10-14 형식으로 쓰세요.' }).check((ctx) => {
    const problem = dateProblem(ctx.value) ?? (isDateOnly(ctx.value) ? yearProblem(ctx.value) : `'${ctx.value}': 시각 없이 날짜만 쓰세요 (예: 2021-10-14).`);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** A Korean wall-clock date, with or without a time: `2021-10-14` or `2021-10-14T12:00`. */
export const seoulDateTime = () =>
  z.string({ error: '날짜와 시각을 2021-10-14T12:00 형식으로 쓰세요.' }).check((ctx) => {
    const problem = dateProblem(ctx.value) ?? yearProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

/** A whole number between `min` and `max`, the range the real world allows for it. */
export const wholeNumberIn = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what}은(는) 숫자로 쓰세요.` })
    .int({ error: `${what}은(는) 정수로 쓰세요.` })
    .min(min, { error: `${what}은(는) ${min.toLocaleString('en-US')} 이상이어야 합니다.` })
    .max(max, { error: `${what} ${max.toLocaleString('en-US')}을(를) 넘는 값은 잘못 쓴 것 같습니다. 숫자를 확인하세요.` });

/** A web address that a browser can open: it must start with https:// or http://. */
export const webUrl = () =>
  z.string({ error: '주소(URL)를 쓰세요.' }).check((ctx) => {
    if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        message: `'${ctx.value}'은(는) 완전한 주소가 아닙니다. https://로 시작하는 전체 주소를 쓰세요.`,
        input: ctx.value,
      });
    }
  });

/** A file the CMS uploaded, under public/: `/uploads/poster.jpg`. Existence is checked by the loader. */
export const publicImage = () =>
  z.string().regex(/^\/[^\s]+\.(png|jpe?g|webp|gif|svg|avif)$/i, {
    error: '이미지는 /uploads/파일이름.jpg처럼 /로 시작하는 경로와 이미지 확장자(png, jpg, webp, gif, svg, avif)로 쓰세요.',
  });

export const nonEmpty = (what: string) => z.string({ error: `${what}을(를) 쓰세요.` }).trim().min(1, { error: `${what}이(가) 비어 있습니다.` });

/** Adds an error on `endKey` when it comes before `startKey`. */
export function endNotBeforeStart<T extends Record<string, unknown>>(startKey: keyof T & string, endKey: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (typeof start !== 'string' || typeof end !== 'string') return;
    if (dateProblem(start) || dateProblem(end)) return;
    if (compareSeoul(end, start) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: [endKey],
        message: `끝(${end})이 시작(${start})보다 앞섭니다. ${endKey}를 ${startKey} 이후로 고치세요.`,
      });
    }
  };
}
