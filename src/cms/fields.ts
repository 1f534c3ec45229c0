/**
 * Decap field builders with the centre's conventions: Korean labels, KST date strings exactly as the
 * schemas in src/schemas/ expect, and the IME-safe text widgets from src/cms/widgets/.
 */

/** The subset of Decap's field options this site uses. */
export interface CmsField {
  name: string;
  label: string;
  label_singular?: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: string[] | { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  types?: CmsField[];
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  choose_url?: boolean;
  allow_add?: boolean;
  add_to_top?: boolean;
  media_library?: { config: { max_file_size: number } };
}

/**
 * Text widgets. Decap's plain inputs keep Korean IME input; its Slate Markdown editor has scrambled composed
 * Korean (decap-cms #1347, reproduced in tests/e2e/cms-ime-bug.test.ts), so Markdown uses our own widget
 * from src/cms/widgets/.
 */
const KOREAN_STRING = 'string';
const KOREAN_TEXT = 'text';
export const KOREAN_MARKDOWN = 'korean-markdown';

type Extra = Partial<CmsField>;

export const line = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: KOREAN_STRING, ...extra });
export const paragraph = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: KOREAN_TEXT, ...extra });
export const markdown = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: KOREAN_MARKDOWN, ...extra });

/** `2021-10-14`: a calendar day in Korea. The browser's own date picker; no time zone is involved. */
export const seoulDate = (name: string, label: string, extra: Extra = {}): CmsField => ({
  name,
  label,
  widget: 'datetime',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  format: 'YYYY-MM-DD',
  picker_utc: false,
  ...extra,
});

/** `2021-10-14T12:00`: Korean wall-clock time, written without an offset, exactly as typed. */
export const seoulDateTime = (name: string, label: string, extra: Extra = {}): CmsField => ({
  name,
  label,
  widget: 'datetime',
  date_format: 'YYYY-MM-DD',
  time_format: 'HH:mm',
  format: 'YYYY-MM-DDTHH:mm',
  picker_utc: false,
  hint: '한국 시각으로 입력하세요.',
  ...extra,
});

const WEB_URL_PATTERN: [string, string] = ['^https?://[^\\s/$.?#][^\\s]*$', 'https://로 시작하는 전체 주소를 쓰세요.'];
export const webUrl = (name: string, label: string, extra: Extra = {}): CmsField => line(name, label, { pattern: WEB_URL_PATTERN, ...extra });
/** A source: a full address with a path or query after the host, so never a site's front page. */
const ARTICLE_URL_PATTERN: [string, string] = ['^https?://[^\\s/$.?#][^\\s/?#]*(/+[^\\s/?#][^\\s]*|/*\\?[^\\s]+)$', '조문이나 안내 한 건으로 바로 가는 전체 주소를 쓰세요. 누리집 첫 화면 주소는 안 됩니다.'];
export const articleUrl = (name: string, label: string, extra: Extra = {}): CmsField => line(name, label, { pattern: ARTICLE_URL_PATTERN, ...extra });

export const wholeNumber = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'number', value_type: 'int', ...extra });
export const toggle = (name: string, label: string, extra: Extra = {}): CmsField => ({ name, label, widget: 'boolean', default: false, required: false, ...extra });
export const choice = (name: string, label: string, options: readonly string[], extra: Extra = {}): CmsField => ({ name, label, widget: 'select', options: [...options], ...extra });

/** Largest image an image field accepts, in bytes; above it staff get a Korean message (src/cms/locale-ko.ts). */
export const MAX_UPLOAD_BYTES = 1_000_000;

/** An image uploaded through the media library into public/uploads/. */
export const image = (name: string, label: string, extra: Extra = {}): CmsField => ({
  name,
  label,
  widget: 'image',
  choose_url: false,
  // Decap reads the size limit from the field that opened the media library.
  media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } },
  hint: '가로 1600px 이하의 JPG·PNG·WebP, 1MB 이하. 사진 속 글자는 대체 텍스트에도 쓰세요.',
  ...extra,
});

export const group = (name: string, label: string, fields: CmsField[], extra: Extra = {}): CmsField => ({ name, label, widget: 'object', fields, ...extra });
export const listOf = (name: string, label: string, fields: CmsField[], extra: Extra = {}): CmsField => ({ name, label, widget: 'list', fields, ...extra });
/** A list of single lines, each edited in its own IME-safe input (Decap's comma-separated list input is not). */
export const lines = (name: string, label: string, itemLabel: string, extra: Extra = {}): CmsField => ({
  name,
  label,
  widget: 'list',
  field: line('item', itemLabel),
  // Open, so each line shows its text rather than just the label.
  collapsed: false,
  ...extra,
});
