import { z } from 'zod';
import { nonEmpty } from './fields';
import { ruleTiers } from './benefit-rules';
import { letterKinds, letterPlaceholders, PLACEHOLDER } from '../lib/planner/letter-placeholders';

/**
 * `content/data/leave-letters.yaml`: the letters the leave planner fills in — each with the rows of the form the
 * employer receives and a plain-language covering letter. Staff edit the wording; the planner fills the {자리표시}
 * from the plan (dates, periods, hours) and from what the parent types on the page (name, team), which is never stored.
 */
const letterSchema = z
  .strictObject({
    kind: z.enum(letterKinds, { error: `서식 종류(kind)는 ${letterKinds.join(', ')} 가운데 하나로 쓰세요.` }),
    /** 출산전후휴가 신청서 */
    title: nonEmpty('서식 이름(title)'),
    /** Where the rows of the form come from (an article, an official form), shown above the form. */
    basis: nonEmpty('서식 항목의 근거(basis)'),
    /** law: the rows follow a form or article read in the statute. 2nd: not checked against it, shown with 확인 필요. */
    tier: z.enum(ruleTiers, { error: '확인 수준(tier)은 law(법령 원문에서 확인) 또는 2nd(확인 필요) 가운데 하나로 쓰세요.' }),
    /** The rows of the form, in order; a row without a value prints as a blank to fill in by hand. */
    fields: z
      .array(z.strictObject({ label: nonEmpty('항목 이름(label)'), value: nonEmpty('채울 내용(value)').optional() }), { error: '서식 항목(fields)은 목록으로 쓰세요.' })
      .min(1, { error: '서식 항목(fields)을 하나 이상 쓰세요.' }),
    /** The covering letter to the employer, in plain language; paragraphs are separated by a blank line. */
    coveringLetter: nonEmpty('안내 편지(coveringLetter)'),
  })
  .superRefine((letter, ctx) => {
    const allowed: readonly string[] = letterPlaceholders[letter.kind];
    const check = (text: string | undefined, path: (string | number)[]) => {
      for (const [, name] of (text ?? '').matchAll(PLACEHOLDER)) {
        if (!allowed.includes(name)) {
          ctx.addIssue({ code: 'custom', path, message: `{${name}}은(는) 이 서식에서 쓸 수 없는 자리표시입니다. 쓸 수 있는 것: ${allowed.map((a) => `{${a}}`).join(', ')}.` });
        }
      }
    };
    letter.fields.forEach((field, index) => check(field.value, ['fields', index, 'value']));
    check(letter.coveringLetter, ['coveringLetter']);
  });
export type LeaveLetter = z.infer<typeof letterSchema>;

export const leaveLettersSchema = z
  .strictObject({
    /** Shown above the letters: what they are for and what to check before handing them in. */
    note: nonEmpty('안내(note)'),
    letters: z.array(letterSchema, { error: '서식(letters)은 목록으로 쓰세요.' }),
  })
  .superRefine((file, ctx) => {
    for (const kind of letterKinds) {
      const count = file.letters.filter((letter) => letter.kind === kind).length;
      if (count !== 1) ctx.addIssue({ code: 'custom', path: ['letters'], message: `서식 ${kind}이(가) ${count}개 있습니다. 종류마다 하나씩 있어야 합니다.` });
    }
  });
export type LeaveLetters = z.infer<typeof leaveLettersSchema>;
