/**
 * Turns parse and validation failures into one sentence per problem that staff can act on:
 * which file, which field, what is wrong and how to fix it.
 */
import { parse as parseYamlText, YAMLParseError } from 'yaml';
import type { z } from 'zod';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
    this.name = 'ContentError';
  }
}

/** Several files' problems at once, so staff can fix them in one go. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`콘텐츠에 문제가 ${errors.reduce((n, e) => n + e.problems.length, 0)}건 있어 빌드를 멈췄습니다.\n${errors.map((e) => e.message).join('\n')}`);
    this.name = 'ContentErrors';
  }
}

/** `slides.2.heading` → `slides 3번째 › heading`: counted from 1, as people count. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return path.map((segment) => (typeof segment === 'number' ? `${segment + 1}번째` : String(segment))).join(' › ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  const field = where ? `'${where}' 필드` : '파일 전체';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${field}: 알 수 없는 필드 ${issue.keys.map((k) => `'${k}'`).join(', ')}. 철자를 확인하거나 지우세요.`;
    case 'invalid_type':
      if (issue.input === undefined) return `${field}가 없습니다. ${issue.message.startsWith('Invalid') ? '이 필드를 채우세요.' : issue.message}`;
      return `${field}: ${issue.message.startsWith('Invalid') ? `형식이 맞지 않습니다 (${issue.expected} 필요).` : issue.message}`;
    case 'too_small':
      return `${field}: ${issue.message.startsWith('Too small') ? `최소 ${String(issue.minimum)} 이상이어야 합니다.` : issue.message}`;
    case 'too_big':
      return `${field}: ${issue.message.startsWith('Too big') ? `최대 ${String(issue.maximum)}까지입니다.` : issue.message}`;
    case 'invalid_value':
      return `${field}: ${issue.message.startsWith('Invalid') ? `${issue.values.map((v) => `'${String(v)}'`).join(', ')} 중 하나를 쓰세요.` : issue.message}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** Validates `data` against `schema`; on failure throws a ContentError naming `file` and each field. */
export function validateContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new ContentError(file, result.error.issues.map(describeIssue));
}

/** Parses YAML without turning dates into JS Dates (js-yaml would read 2021-02-30 as 2 March). */
/**
 * Text that looks the same to a reader is the same to the site, whatever the editor saved: Hangul composed
 * (NFC, so 육아휴직 typed on a Mac matches the one typed on Windows), no byte-order mark or zero-width
 * characters, ordinary spaces for no-break spaces pasted from word processors, and \n line ends.
 */
export function normalizeContentText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ');
}

export function parseYaml(text: string, file: string): unknown {
  try {
    return parseYamlText(normalizeContentText(text), { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      throw new ContentError(file, [
        `YAML 문법 오류${line ? ` (${line}번째 줄)` : ''}: ${error.message.split('\n')[0]}. 들여쓰기와 콜론(:) 뒤 공백, 따옴표 짝을 확인하세요.`,
      ]);
    }
    throw error;
  }
}

const FRONTMATTER_RE = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown file into its YAML front matter and its body. */
export function parseMarkdownFile(text: string, file: string): { data: Record<string, unknown>; body: string } {
  const normalized = normalizeContentText(text);
  const match = FRONTMATTER_RE.exec(normalized);
  if (!match) throw new ContentError(file, ['파일 맨 위에 --- 로 감싼 머리말(front matter)이 없습니다.']);
  const data = parseYaml(match[1], file);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, ['머리말(front matter)은 "이름: 값" 형태의 항목이어야 합니다.']);
  }
  return { data: data as Record<string, unknown>, body: normalized.slice(match[0].length) };
}
