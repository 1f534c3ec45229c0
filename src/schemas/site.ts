import { z } from 'zod';
import { nonEmpty, seoulDate, webUrl } from './fields';

const hexColor = (what: string) => z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: `${what}은(는) #1a4d8f처럼 # 뒤에 16진수 6자리로 쓰세요.` });

/** Site-wide settings: `content/data/site.yaml`. Everything staff may need to change about the centre. */
export const siteSchema = z.strictObject({
  name: nonEmpty('센터 이름'),
  shortName: nonEmpty('짧은 이름'),
  /** The public address of the site, used for absolute links in feeds and emails. */
  url: webUrl(),
  description: nonEmpty('사이트 설명'),
  phone: z
    .string({ error: '전화번호는 02-308-1220처럼 하이픈을 넣어 쓰세요.' })
    .regex(/^\d{2,4}-\d{3,4}-\d{4}$/, { error: '전화번호는 02-308-1220처럼 하이픈을 넣어 쓰세요.' }),
  email: z.email({ error: '이메일 주소 형식이 아닙니다.' }).optional(),
  address: nonEmpty('주소'),
  addressDetail: z.string().optional(),
  postalCode: z.string().optional(),
  /** e.g. 평일 09:00–18:00 */
  hours: nonEmpty('운영 시간'),
  directions: z.array(nonEmpty('찾아오는 길')).default([]),
  counsellingChannels: z
    .array(
      z.strictObject({
        name: nonEmpty('상담 창구 이름'),
        detail: nonEmpty('설명'),
        url: webUrl().optional(),
      }),
    )
    .min(1),
  social: z.array(z.strictObject({ name: nonEmpty('채널 이름'), url: webUrl() })).default([]),
  kakaoChannelUrl: webUrl().optional(),
  operator: z.strictObject({
    name: nonEmpty('운영 법인'),
    representative: nonEmpty('대표자'),
    address: z.string().optional(),
  }),
  director: nonEmpty('센터장'),
  openedAt: seoulDate(),
  /** Card and OG image colours. */
  brand: z.strictObject({
    primary: hexColor('primary'),
    primaryDark: hexColor('primaryDark'),
    accent: hexColor('accent'),
    background: hexColor('background'),
    text: hexColor('text'),
  }),
  /** The online counselling form: the 개인정보 수집·이용 동의 it shows, matching the privacy page. */
  counselling: z.strictObject({
    consent: z.strictObject({
      /** Changes whenever the wording changes; each request records the version it was given. */
      version: nonEmpty('동의 문구 버전'),
      items: nonEmpty('수집 항목'),
      purpose: nonEmpty('수집·이용 목적'),
      retention: nonEmpty('보유·이용 기간'),
    }),
  }),
  newsletter: z.strictObject({
    /** The mailing service's hosted subscribe form. Leave empty to show "구독 신청은 전화로" instead. */
    subscribeUrl: webUrl().optional(),
    /** The name of the email field that form expects. */
    subscribeEmailField: z.string().default('email'),
    /** Placeholder the mailing service replaces with the unsubscribe link, e.g. Stibee's $%unsubscribe%$. */
    unsubscribePlaceholder: nonEmpty('수신거부 자리표시자'),
    /** Why subscribers receive the email, shown in its footer. */
    reason: nonEmpty('수신 사유'),
    /** 개인정보 수집·이용 동의, shown above the email field of the subscribe form. */
    consent: z.strictObject({
      /** 수집 항목, e.g. 이메일 주소 */
      items: nonEmpty('수집 항목'),
      /** 수집·이용 목적 */
      purpose: nonEmpty('수집·이용 목적'),
      /** 보유·이용 기간 */
      retention: nonEmpty('보유·이용 기간'),
    }),
  }),
  /** Where the CMS at /admin saves in production: the Git repository and the OAuth provider that logs staff in. */
  cms: z
    .strictObject({
      /** GitHub repository, e.g. seobuk-workingmom/website */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'cms.repo는 소유자/저장소 형식으로 쓰세요 (예: seobuk-workingmom/website).' }),
      branch: nonEmpty('브랜치'),
      /** The OAuth provider's address (base_url in Decap). */
      baseUrl: webUrl(),
    })
    .optional(),
});
export type SiteSettings = z.infer<typeof siteSchema>;

/** A category staff pick from, e.g. 런치노동법: `content/data/program-categories.yaml`. */
export const categorySchema = z.strictObject({
  /** Shown to readers and written in content files. */
  name: nonEmpty('분류 이름'),
  /** English URL segment for filter pages, e.g. lunch-labour-law. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'slug는 영문 소문자, 숫자, 하이픈으로만 쓰세요.' }),
  description: z.string().default(''),
});
export const categoryListSchema = z
  .array(categorySchema)
  .min(1)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      for (const key of [c.name, c.slug]) {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `'${key}'가 두 번 나옵니다. 분류 이름과 slug는 서로 달라야 합니다.` });
        seen.add(key);
      }
    });
  });
export type Category = z.infer<typeof categorySchema>;
