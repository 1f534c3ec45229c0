/**
 * Reads the content tree from disk and validates it. Shared by the Astro content loader,
 * the card renderer and the checks, so every tool sees the same content and the same errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ContentError, ContentErrors, parseMarkdownFile, parseYaml, validateContent } from './content-errors';

export interface ContentFile<T> {
  /** URL segment: the file name without `.md`. */
  slug: string;
  /** Path relative to the project root, as shown in messages. */
  file: string;
  data: T;
  /** Markdown body (empty for YAML files). */
  body: string;
}

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() && !entry.name.startsWith('.') ? [full] : [];
  });
}

/** Every string in `data` that points at a file under public/ (e.g. /uploads/a.jpg) but is missing there. */
function missingPublicFiles(data: unknown, publicDir: string, at: string[] = []): { field: string; value: string }[] {
  if (typeof data === 'string') {
    const isLocalFile = /^\/(?:uploads|images|files)\/[^\s]+\.[a-z0-9]+$/i.test(data);
    return isLocalFile && !existsSync(path.join(publicDir, decodeURI(data))) ? [{ field: at.join(' › '), value: data }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => missingPublicFiles(item, publicDir, [...at, `${i + 1}번째`]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => missingPublicFiles(value, publicDir, [...at, key]));
  }
  return [];
}

/** Also finds Markdown image links `![…](/uploads/x.png)` in a body. */
function missingBodyImages(body: string, publicDir: string) {
  return [...body.matchAll(/!\[[^\]]*\]\((\/[^)\s]+)/g)].flatMap((m) => missingPublicFiles(m[1], publicDir, ['본문 이미지']));
}

/** A front-matter field whose value no two files of a collection may share, and what staff call it. */
export interface UniqueField {
  field: string;
  what: string;
}

export interface LoadOptions<S extends z.ZodType, T = z.output<S>> {
  root: string;
  /** Folder under root, e.g. content/card-news */
  dir: string;
  schema: S;
  unique?: readonly UniqueField[];
  publicDir?: string;
  /** For content whose body carries data (card news: the cards): the entry made from valid front matter and the body. */
  fromBody?: (data: z.output<S>, body: string, file: string) => T;
}

/** One error per file that repeats another file's value of a unique field (the first file keeps it). */
function duplicateValues(entries: readonly ContentFile<unknown>[], unique: readonly UniqueField[]): ContentError[] {
  return unique.flatMap(({ field, what }) => {
    const firstFile = new Map<unknown, string>();
    return entries.flatMap((entry) => {
      const value = (entry.data as Record<string, unknown>)[field];
      const first = firstFile.get(value);
      if (first === undefined) {
        firstFile.set(value, entry.file);
        return [];
      }
      return [new ContentError(entry.file, [`'${field}' 필드: ${what} ${String(value)}이(가) ${first}와 겹칩니다. 파일마다 다른 ${what}을(를) 쓰세요.`])];
    });
  });
}

/**
 * Loads every Markdown file of one collection. Throws one ContentErrors listing every bad file,
 * so nothing is half-loaded.
 */
export function loadMarkdownCollection<S extends z.ZodType, T = z.output<S>>({ root, dir, schema, unique = [], publicDir = path.join(root, 'public'), fromBody }: LoadOptions<S, T>): ContentFile<T>[] {
  const errors: ContentError[] = [];
  const entries: ContentFile<T>[] = [];
  const bySlug = new Map<string, string>();
  for (const full of walk(path.join(root, dir)).sort()) {
    const file = path.relative(root, full).split(path.sep).join('/');
    if (!file.endsWith('.md')) {
      errors.push(new ContentError(file, [`${dir}에는 .md 파일만 둘 수 있습니다. 이 파일을 옮기거나 지우세요.`]));
      continue;
    }
    const slug = path.basename(file, '.md');
    try {
      if (!SLUG_RE.test(slug)) {
        throw new ContentError(file, [`파일 이름 '${slug}'은(는) 주소로 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈만 쓰세요 (예: 2026-11-parental-leave.md).`]);
      }
      const other = bySlug.get(slug);
      if (other) throw new ContentError(file, [`주소(slug) '${slug}'가 ${other}와 겹칩니다. 둘 중 하나의 파일 이름을 바꾸세요.`]);
      bySlug.set(slug, file);
      const { data: raw, body } = parseMarkdownFile(readFileSync(full, 'utf8'), file);
      const data = validateContent(schema, raw, file);
      const missing = [...missingPublicFiles(raw, publicDir), ...missingBodyImages(body, publicDir)];
      if (missing.length) {
        throw new ContentError(
          file,
          missing.map((m) => `'${m.field}' 필드: 파일 ${m.value}이(가) public${m.value}에 없습니다. 이미지를 다시 올리거나 경로를 고치세요.`),
        );
      }
      entries.push({ slug, file, data: fromBody ? fromBody(data, body, file) : (data as T), body });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  errors.push(...duplicateValues(entries, unique));
  if (errors.length) throw new ContentErrors(errors);
  return entries;
}

/** Loads and validates one YAML data file under content/data/. */
export function loadDataFile<S extends z.ZodType>(root: string, file: string, schema: S): z.output<S> {
  const full = path.join(root, file);
  if (!existsSync(full)) throw new ContentErrors([new ContentError(file, ['파일이 없습니다.'])]);
  try {
    return validateContent(schema, parseYaml(readFileSync(full, 'utf8'), file), file);
  } catch (error) {
    throw error instanceof ContentError ? new ContentErrors([error]) : error;
  }
}
