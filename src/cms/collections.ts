/**
 * The CMS collections: one per content folder and data file in src/loaders/content-model.ts, with fields that
 * mirror the zod schemas in src/schemas/ (tests/unit/cms-config.test.ts checks every name and rule).
 */
import { benefitRuleIds, ruleTiers, ruleUnits } from '../schemas/benefit-rules';
import { letterKinds } from '../lib/planner/letter-placeholders';
import { manualProgramStatuses } from '../schemas/program';
import {
  choice,
  group,
  image,
  line,
  lines,
  listOf,
  markdown,
  paragraph,
  seoulDate,
  seoulDateTime,
  toggle,
  webUrl,
  articleUrl,
  wholeNumber,
  type CmsField,
} from './fields';

export interface CategoryNames {
  cardNews: readonly string[];
  program: readonly string[];
}

/** Custom format (registered in src/cms/formats.ts) for YAML files whose top level is a list. */
export const YAML_LIST_FORMAT = 'yaml-list';
/** The one field a list file is edited through; the format unwraps it when saving. */
export const YAML_LIST_FIELD = 'items';

const SLUG_PATTERN: [string, string] = ['^[a-z0-9]+(-[a-z0-9]+)*$', '영문 소문자, 숫자, 하이픈으로만 쓰세요.'];

// File names: the date and time of creation, in ASCII, so addresses never hold Korean or spaces.
const DATED_SLUG = '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}';

const body = (label: string, hint?: string) => markdown('body', label, hint ? { hint } : {});

const SITE_PATH: [string, string] = ['^/[^\\s]*$', '/guide/spouse-leave/처럼 /로 시작하는 사이트 안 주소로 쓰세요.'];

/** Dated corrections (src/schemas/corrections.ts), the same for card news and newsletters. */
const corrections = (what: string): CmsField =>
  listOf(
    'corrections',
    '정정 안내',
    [
      seoulDate('date', '정정한 날', { hint: '발행일 이후. 누리집에 "정정 안내 (2026년 12월 1일)"처럼 나옵니다.' }),
      paragraph('text', '정정 내용', { hint: '무엇이 바뀌었거나 틀렸는지, 지금은 어떤지 한두 문장으로.' }),
      line('link', '지금 기준 페이지', { pattern: SITE_PATH, hint: '바뀐 규칙을 설명하는 사이트 안 주소. 예: /guide/spouse-leave/' }),
    ],
    {
      required: false,
      summary: '{{fields.date}} {{fields.text}}',
      hint: `발행한 ${what}의 글은 고치지 않습니다. 발행 뒤 제도가 바뀌었거나 틀린 곳을 찾으면 여기에 날짜와 함께 씁니다.`,
    },
  );

function folder(name: string, label: string, labelSingular: string, dir: string, fields: CmsField[], extra: Record<string, unknown> = {}) {
  return {
    name,
    label,
    label_singular: labelSingular,
    folder: dir,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    delete: true,
    slug: DATED_SLUG,
    summary: '{{title}}',
    fields,
    ...extra,
  };
}

/** The kinds of question a programme's sign-up form may add (src/server/signups/signup-questions.ts). */
const questionBase: CmsField[] = [
  line('id', '질문 이름 (영어)', {
    pattern: ['^[a-z][a-z0-9-]{0,39}$', '영어 소문자로 시작하고 소문자, 숫자, -만 쓰세요. 예: child-age'],
    hint: '신청서 칸의 이름입니다. 한 프로그램 안에서 질문마다 달라야 합니다. 예: child-age',
  }),
  line('label', '질문 문구', { hint: '신청서에 보이는 질문. 예: 자녀 나이 (만 나이)' }),
  toggle('required', '꼭 답해야 하는 질문', { hint: '끄면 신청서에 "(선택)"이 붙습니다.' }),
];
const signupQuestionTypes: CmsField[] = [
  group('text', '글로 답하기', [...questionBase, wholeNumber('maxLength', '최대 글자 수', { required: false, min: 1, max: 1000, default: 200 })]),
  group('number', '숫자로 답하기', [
    ...questionBase,
    { name: 'min', label: '가장 작은 값', widget: 'number', value_type: 'float', hint: '예: 자녀 나이라면 0' },
    { name: 'max', label: '가장 큰 값', widget: 'number', value_type: 'float', hint: '예: 자녀 나이라면 12' },
  ]),
  group('choice', '보기에서 고르기', [...questionBase, lines('options', '보기', '보기', { min: 2, hint: '2개 이상.' })]),
  group('yes-no', '예/아니요로 답하기', questionBase),
];

export function cmsFolderCollections(categories: CategoryNames) {
  return [
    folder(
      'cardNews',
      '카드뉴스',
      '카드뉴스',
      'content/card-news',
      [
        line('title', '제목'),
        seoulDate('date', '발행일'),
        choice('category', '분류', categories.cardNews, { hint: '분류 목록은 「목록 › 카드뉴스 분류」에서 고칩니다.' }),
        lines('tags', '태그', '태그', { required: false }),
        paragraph('summary', '요약', { hint: '목록과 검색 결과, SNS 미리보기에 나오는 한두 문장.' }),
        toggle('draft', '임시 저장 (사이트에 내보내지 않음)'),
        corrections('카드뉴스'),
        body(
          '카드뉴스 글',
          '# 표지 제목, 카드마다 ## 제목. ## 질문: … 은 질문과 답, ## 숫자: 18개월 은 큰 숫자, ## 마무리: … 는 마지막 카드. ### 소제목 아래는 누리집 글에만 나옵니다. 오른쪽에 카드가 바로 그려집니다.',
        ),
      ],
      { preview_path: 'card-news/{{slug}}', sortable_fields: ['date', 'title'] },
    ),
    folder(
      'newsletters',
      '뉴스레터',
      '뉴스레터',
      'content/newsletters',
      [
        wholeNumber('number', '호수', { min: 1, hint: '제N호의 N' }),
        seoulDate('date', '발행일'),
        line('title', '제목'),
        paragraph('summary', '요약'),
        image('image', '대표 이미지', { required: false }),
        line('imageAlt', '대표 이미지 대체 텍스트', { required: false }),
        listOf(
          'sections',
          '섹션',
          [
            line('title', '섹션 제목'),
            markdown('body', '내용', { required: false }),
            {
              name: 'cardNews',
              label: '함께 보여 줄 카드뉴스',
              widget: 'relation',
              collection: 'cardNews',
              value_field: '{{slug}}',
              search_fields: ['title'],
              display_fields: ['{{title}} ({{date}})'],
              multiple: true,
              required: false,
            },
            {
              name: 'programs',
              label: '함께 보여 줄 프로그램',
              widget: 'relation',
              collection: 'programs',
              value_field: '{{slug}}',
              search_fields: ['title'],
              display_fields: ['{{title}} ({{start}})'],
              multiple: true,
              required: false,
            },
          ],
          { min: 1, summary: '{{fields.title}}' },
        ),
        toggle('draft', '임시 저장 (사이트에 내보내지 않음)'),
        corrections('뉴스레터'),
        body('여는 글'),
      ],
      { slug: 'issue-{{fields.number}}', preview_path: 'newsletters/{{slug}}', sortable_fields: ['number', 'date'] },
    ),
    folder(
      'guide',
      '모성보호 가이드',
      '가이드 장',
      'content/guide',
      [
        wholeNumber('order', '순서', { min: 1, hint: '가이드에서 몇 번째 장인지. 1이 처음입니다.' }),
        line('title', '제목'),
        paragraph('summary', '요약'),
        group(
          'summaryBox',
          '요약 상자',
          [line('who', '대상'), line('howLong', '기간'), line('howMuch', '급여'), line('howToApply', '신청 방법')],
          { required: false, collapsed: false },
        ),
        lines('legalBasis', '법적 근거', '법 조항', { min: 1, hint: '예: 근로기준법 제74조' }),
        listOf('sources', '출처', [line('title', '출처 이름'), articleUrl('url', '주소', { hint: '조문 하나로 가는 주소. 예: https://www.law.go.kr/법령/근로기준법/제74조' })], { min: 1, summary: '{{fields.title}}' }),
        seoulDate('effectiveDate', '시행일', { hint: '이 장에서 설명하는 제도가 시행된 날.' }),
        seoulDate('reviewedAt', '기준일', { hint: '출처와 대조해 마지막으로 확인한 날.' }),
        body('본문'),
      ],
      { sortable_fields: ['order', 'title'], summary: '{{order}}. {{title}}' },
    ),
    folder(
      'programs',
      '프로그램',
      '프로그램',
      'content/programs',
      [
        line('title', '제목'),
        choice('category', '분류', categories.program, { hint: '분류 목록은 「목록 › 프로그램 분류」에서 고칩니다.' }),
        line('series', '시리즈', { required: false, hint: '예: 런치노동법' }),
        seoulDateTime('start', '시작'),
        seoulDateTime('end', '끝'),
        toggle('allDay', '종일 행사', { hint: '켜면 시각은 표시하지 않습니다.' }),
        group(
          'location',
          '장소',
          [
            choice('type', '방식', ['online', 'place'], { hint: 'online: 온라인(플랫폼을 쓰세요), place: 오프라인(장소 이름과 주소를 쓰세요).' }),
            line('platform', '온라인 플랫폼', { required: false, hint: '온라인일 때만. 예: ZOOM' }),
            line('name', '장소 이름', { required: false, hint: '오프라인일 때만.' }),
            line('address', '주소', { required: false, hint: '오프라인일 때만.' }),
          ],
          { collapsed: false },
        ),
        group(
          'registration',
          '신청',
          [
            webUrl('url', '신청 주소', { required: false }),
            seoulDateTime('opensAt', '신청 시작', { required: false }),
            seoulDateTime('deadline', '신청 마감', { required: false }),
          ],
          { required: false },
        ),
        wholeNumber('capacity', '정원', { required: false, min: 1, hint: '제한이 없으면 비워 두세요.' }),
        line('audience', '대상'),
        wholeNumber('fee', '참가비 (원)', { required: false, min: 0, default: 0, hint: '무료는 0' }),
        choice('status', '상태 (직접 정할 때만)', manualProgramStatuses, {
          required: false,
          hint: '모집 예정·모집 중·종료는 날짜로 저절로 정해집니다. 일찍 마감되었거나 취소된 경우에만 고르세요.',
        }),
        paragraph('summary', '요약'),
        image('image', '포스터·대표 이미지', { required: false }),
        line('imageAlt', '이미지 대체 텍스트', { required: false }),
        wholeNumber('attendance', '참여 인원', { required: false, min: 0, hint: '끝난 프로그램의 실제 참여 인원.' }),
        {
          name: 'questions',
          label: '신청서 추가 질문',
          label_singular: '질문',
          widget: 'list',
          typeKey: 'kind',
          types: signupQuestionTypes,
          required: false,
          summary: '{{fields.label}}',
          hint: '누리집 신청서가 이름·연락처 말고 더 묻는 것. 예: 자녀 나이. 신청 주소(url) 없이 누리집에서 신청을 받는 프로그램에만 씁니다.',
        },
        body('소개'),
      ],
      { preview_path: 'programs/{{slug}}', sortable_fields: ['start', 'title'], summary: '{{title}} ({{start}})' },
    ),
    folder(
      'pages',
      '안내 페이지',
      '안내 페이지',
      'content/pages',
      [line('title', '제목'), paragraph('description', '설명'), seoulDate('updatedAt', '고친 날'), body('본문')],
      { preview_path: '{{slug}}' },
    ),
  ];
}

const categoryItem: CmsField[] = [
  line('name', '분류 이름'),
  line('slug', '영문 주소', { pattern: SLUG_PATTERN, hint: '예: lunch-labour-law' }),
  paragraph('description', '설명', { required: false }),
];

/** A service form's 개인정보 수집·이용 동의; `privacyItem` names the privacy page's retention line it must match. */
const versionedConsent = (form: string, privacyItem: string) =>
  group('consent', `개인정보 수집·이용 동의 (${form})`, [
    line('version', '동의 문구 버전', { hint: '문구를 고칠 때마다 날짜로 바꿉니다. 예: 2026-12-01. 신청마다 어느 문구에 동의했는지 남깁니다.' }),
    paragraph('items', '수집 항목'),
    paragraph('purpose', '수집·이용 목적'),
    paragraph('retention', '보유·이용 기간', { hint: `개인정보처리방침의 ${privacyItem} 보유 기간과 같게 쓰세요.` }),
  ]);

const HEX: [string, string] = ['^#[0-9a-fA-F]{6}$', '#1a4d8f처럼 # 뒤에 16진수 6자리로 쓰세요.'];

const siteFields: CmsField[] = [
  line('name', '센터 이름'),
  line('shortName', '짧은 이름'),
  webUrl('url', '누리집 주소'),
  paragraph('description', '사이트 설명'),
  line('phone', '전화번호', { pattern: ['^\\d{2,4}-\\d{3,4}-\\d{4}$', '02-308-1220처럼 하이픈을 넣어 쓰세요.'] }),
  line('email', '이메일', { required: false, pattern: ['^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', '이메일 주소 형식으로 쓰세요.'] }),
  line('address', '주소'),
  line('addressDetail', '상세 주소', { required: false }),
  line('postalCode', '우편번호', { required: false }),
  line('hours', '운영 시간'),
  lines('directions', '찾아오는 길', '안내 문장', { required: false }),
  listOf(
    'counsellingChannels',
    '상담 창구',
    [line('name', '상담 창구 이름'), paragraph('detail', '설명'), webUrl('url', '주소', { required: false })],
    { min: 1, summary: '{{fields.name}}' },
  ),
  listOf('social', 'SNS', [line('name', '채널 이름'), webUrl('url', '주소')], { required: false, summary: '{{fields.name}}' }),
  webUrl('kakaoChannelUrl', '카카오톡 채널 주소', { required: false }),
  group('operator', '운영 법인', [line('name', '운영 법인'), line('representative', '대표자'), line('address', '주소', { required: false })]),
  line('director', '센터장'),
  seoulDate('openedAt', '개소일'),
  group('brand', '카드·미리보기 이미지 색', [
    line('primary', '주 색', { pattern: HEX }),
    line('primaryDark', '진한 주 색', { pattern: HEX }),
    line('accent', '강조 색', { pattern: HEX }),
    line('background', '배경 색', { pattern: HEX }),
    line('text', '글자 색', { pattern: HEX }),
    line('highlight', '표지 강조 색', { pattern: HEX, hint: '표지(주 색 바탕)에서 **굵게** 쓴 글자의 색.' }),
  ]),
  group('counselling', '온라인 상담 설정', [versionedConsent('상담 신청서', '상담')]),
  group('signups', '프로그램 신청 설정', [versionedConsent('프로그램 신청서', '교육·프로그램 신청 정보')]),
  group('newsletter', '뉴스레터 설정', [
    line('unsubscribePlaceholder', '수신거부 자리표시자', { hint: '받는 사람마다 수신거부 링크로 바뀌는 글자. 예: $%unsubscribe%$ (명단을 메일 서비스로 옮겨 보낼 때는 그 서비스의 것)' }),
    paragraph('reason', '수신 사유'),
    group('consent', '개인정보 수집·이용 동의 (구독 양식)', [
      line('version', '동의 문구 버전', { hint: '문구를 고칠 때마다 날짜로 바꿉니다. 예: 2026-12-02. 구독마다 어느 문구에 동의했는지 남깁니다.' }),
      line('items', '수집 항목'),
      line('purpose', '수집·이용 목적'),
      line('retention', '보유·이용 기간'),
    ]),
  ]),
  group(
    'cms',
    '관리 화면 연결 (개발 담당자용)',
    [
      line('repo', '저장소', { pattern: ['^[\\w.-]+/[\\w.-]+$', '소유자/저장소 형식으로 쓰세요.'] }),
      line('branch', '브랜치'),
      webUrl('baseUrl', 'OAuth 서버 주소'),
    ],
    { required: false, collapsed: true },
  ),
];

const performanceFields: CmsField[] = [
  wholeNumber('year', '연도', { min: 2000, max: 2100 }),
  line('asOf', '기준 시점', { hint: '예: 2021년 9월 말 기준' }),
  paragraph('source', '출처'),
  listOf('highlights', '주요 숫자', [line('label', '항목'), line('value', '값')], { min: 1, summary: '{{fields.label}}: {{fields.value}}' }),
  listOf(
    'charts',
    '차트',
    [
      line('title', '차트 제목'),
      line('unit', '단위', { hint: '예: 건, 명' }),
      choice('kind', '모양', ['bar', 'column'], { hint: 'bar: 항목 비교(가로 막대), column: 월별 변화(세로 막대)' }),
      paragraph('note', '설명', { required: false }),
      listOf('data', '값', [line('label', '항목'), { name: 'value', label: '값', widget: 'number', value_type: 'float', min: 0, max: 10_000_000 }], {
        min: 1,
        summary: '{{fields.label}}: {{fields.value}}',
      }),
    ],
    { min: 1, summary: '{{fields.title}}' },
  ),
  listOf(
    'targets',
    '목표 대비 실적',
    [line('area', '사업 영역'), line('program', '사업명'), line('indicator', '성과 지표'), line('target', '목표'), line('result', '실적')],
    { required: false, summary: '{{fields.program}}' },
  ),
];

const glossaryTerm: CmsField[] = [
  line('term', '용어'),
  line('slug', '영문 주소', { pattern: SLUG_PATTERN, hint: '용어사전에서 이 용어로 바로 가는 주소. 예: parental-leave' }),
  lines('parts', '구성 낱말', '낱말', { required: false, hint: '육아휴직 → 육아, 휴직. 한 낱말로 찾아도 나오게 합니다.' }),
  lines('aliases', '다른 표현', '표현', { required: false, hint: '줄임말, 띄어쓰기가 다른 말. 예: 육휴, 육아 휴직' }),
  paragraph('definition', '뜻풀이'),
  line('link', '설명 페이지', { required: false, pattern: ['^/[^\\s]*$', '/guide/parental-leave/처럼 /로 시작하는 사이트 안 주소로 쓰세요.'] }),
];

const benefitRulesFields: CmsField[] = [
  line('confirmWhere', '확인할 곳', { hint: "'확인 필요' 표시 뒤에 붙는 안내. 예: 고용24(www.work24.go.kr) 또는 고용노동부 고객상담센터(국번 없이 1350)" }),
  listOf(
    'rules',
    '규칙',
    [
      choice('id', '규칙 id', benefitRuleIds, { hint: '계산기가 찾는 이름. 값이 바뀌면 같은 id로 새 항목을 더하고 시행일을 새로 쓰세요.' }),
      line('label', '규칙 이름'),
      { name: 'value', label: '값', widget: 'number', value_type: 'float', min: 0, hint: '비율은 0.8처럼(0~1), 금액은 2500000처럼.' },
      choice('unit', '단위', ruleUnits),
      seoulDate('effectiveFrom', '시행일'),
      line('article', '근거 조문', { hint: '예: 고용보험법 시행령 제104조의2 제2항, 고용노동부 고시 제2025-124호' }),
      choice('tier', '확인 수준', ruleTiers, { hint: 'law: 법령 원문에서 읽음. 2nd: 보도자료·안내 등으로만 확인(누리집에 확인 필요로 표시).' }),
      group('source', '출처', [line('title', '출처 이름'), articleUrl('url', '주소', { hint: '조문 하나로 가는 주소. 예: https://www.law.go.kr/법령/근로기준법/제74조 (누리집 첫 화면은 안 됩니다)' })]),
      seoulDate('reviewedAt', '기준일', { hint: '출처와 대조해 마지막으로 확인한 날. 12개월이 지나면 알려 줍니다.' }),
      toggle('yearly', '해마다 고시', { required: false, hint: '최저임금처럼 해마다 새로 고시하는 값이면 켭니다. 새해 값이 없으면 알려 줍니다.' }),
      paragraph('note', '덧붙일 말', { required: false }),
    ],
    { summary: '{{fields.id}} = {{fields.value}} ({{fields.effectiveFrom}}~, {{fields.tier}})' },
  ),
];

const leaveLettersFields: CmsField[] = [
  paragraph('note', '신청서 위 안내', { hint: '신청서를 내기 전에 확인할 것. 이름과 소속을 저장하지 않는다는 말도 여기에 씁니다.' }),
  listOf(
    'letters',
    '신청서',
    [
      choice('kind', '서식 종류', letterKinds, { hint: 'maternityLeave 출산전후휴가, parentalLeave 육아휴직, reducedHours 육아기 근로시간 단축. 종류마다 하나씩.' }),
      line('title', '서식 이름'),
      paragraph('basis', '항목의 근거', { hint: '서식의 항목을 어느 조문이나 공식 서식에서 가져왔는지. 공식 서식과 대조하지 못했다면 그렇다고 씁니다.' }),
      choice('tier', '확인 수준', ruleTiers, { hint: 'law: 법령 원문의 서식이나 조문과 대조함. 2nd: 대조하지 못함(누리집에 확인 필요로 표시).' }),
      listOf('fields', '서식 항목', [line('label', '항목 이름'), line('value', '채울 내용', { required: false, hint: '{휴직시작일}처럼 자리표시를 씁니다. 비우면 손으로 쓰는 빈칸이 됩니다.' })], { min: 1, summary: '{{fields.label}}' }),
      paragraph('coveringLetter', '회사에 보내는 편지', { hint: '쉬운 말로. 문단 사이는 빈 줄. 자리표시 목록은 파일 맨 위 설명을 보세요.' }),
    ],
    { summary: '{{fields.title}}' },
  ),
];

/** Data files in content/data/: settings whose top level is a map, and lists whose top level is a list. */
export function cmsDataCollections() {
  return [
    {
      name: 'settings',
      label: '설정',
      format: 'yml',
      editor: { preview: false },
      files: [
        { name: 'site', label: '센터 정보', file: 'content/data/site.yaml', fields: siteFields },
        { name: 'performance2021', label: '2021 성과', file: 'content/data/performance-2021.yaml', fields: performanceFields },
        { name: 'benefitRules', label: '가이드 계산기 규칙', file: 'content/data/benefit-rules.yaml', fields: benefitRulesFields },
        { name: 'leaveLetters', label: '휴가 계획 신청서', file: 'content/data/leave-letters.yaml', fields: leaveLettersFields },
      ],
    },
    {
      name: 'lists',
      label: '목록',
      format: YAML_LIST_FORMAT,
      editor: { preview: false },
      files: [
        {
          name: 'programCategories',
          label: '프로그램 분류',
          file: 'content/data/program-categories.yaml',
          fields: [listOf(YAML_LIST_FIELD, '프로그램 분류', categoryItem, { min: 1, summary: '{{fields.name}}' })],
        },
        {
          name: 'cardNewsCategories',
          label: '카드뉴스 분류',
          file: 'content/data/card-news-categories.yaml',
          fields: [listOf(YAML_LIST_FIELD, '카드뉴스 분류', categoryItem, { min: 1, summary: '{{fields.name}}' })],
        },
        {
          name: 'glossary',
          label: '용어사전',
          file: 'content/data/glossary.yaml',
          fields: [listOf(YAML_LIST_FIELD, '용어', glossaryTerm, { min: 1, summary: '{{fields.term}}' })],
        },
      ],
    },
  ];
}
