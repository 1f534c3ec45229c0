/**
 * Walks a zod schema from src/schemas/ and a Decap field list side by side and lists every difference:
 * names, required-ness, list limits and whether the widget can only produce values the schema accepts.
 */
import type { z } from 'zod';
import type { CmsField } from '../../src/cms/fields';

type Zod = z.ZodType & { _zod: { def: any } };

/** Widgets that take free text. Decap's own `markdown` is not here: it loses Korean IME input. */
const FREE_TEXT_WIDGETS = new Set(['string', 'text', 'korean-markdown']);
const PLAIN_TEXT = '육아휴직을 신청합니다';

/** Strings the pattern-checked fields are probed with, valid and invalid for each kind. */
const PROBES = [
  PLAIN_TEXT, '', ' ', '02-308-1220', '0230812', '010-1234-5678', '#1d4f91', '#1d4f9', '1d4f91', 'https://www.seoul.go.kr/a?b=1',
  'http://example.kr', 'ftp://example.kr', 'www.example.kr', 'lunch-labour-law', 'Lunch_Law', '-a', 'a@b.kr', 'a@b', 'owner/repo',
  'owner/repo/x', '2021-10-14', '2021-10-14T12:00', '/uploads/a.jpg',
  'https://www.law.go.kr/', 'https://www.law.go.kr/법령/근로기준법/제74조', 'https://x.kr/?a=1', 'https://x.kr//', 'https://x.kr/#a',
];

function accepts(schema: Zod, value: unknown) {
  return schema.safeParse(value).success;
}

function unwrap(schema: Zod): { inner: Zod; required: boolean } {
  let inner = schema;
  let required = true;
  while (['optional', 'default', 'nullable', 'prefault'].includes(inner._zod.def.type)) {
    required = false;
    inner = inner._zod.def.innerType;
  }
  return { inner, required };
}

function check(schema: Zod, name: string) {
  return (schema._zod.def.checks ?? []).map((c: any) => c._zod.def).find((d: any) => d.check === name);
}

export function diffFields(schema: Zod, fields: CmsField[], where: string): string[] {
  const shape = objectShape(schema);
  if (!shape) return [`${where}: 스키마가 객체가 아닙니다.`];
  const problems: string[] = [];
  const cmsNames = fields.map((f) => f.name);
  for (const key of Object.keys(shape)) if (!cmsNames.includes(key)) problems.push(`${where}.${key}: CMS에 없는 필드`);
  for (const field of fields) {
    const zodField = shape[field.name];
    if (!zodField) problems.push(`${where}.${field.name}: 스키마에 없는 필드`);
    else problems.push(...diffField(zodField, field, `${where}.${field.name}`));
  }
  return problems;
}

function objectShape(schema: Zod): Record<string, Zod> | null {
  const { inner } = unwrap(schema);
  return inner._zod.def.type === 'object' ? inner._zod.def.shape : null;
}

export function diffField(schema: Zod, field: CmsField, where: string): string[] {
  const { inner, required } = unwrap(schema);
  const problems: string[] = [];
  const cmsRequired = field.required !== false;
  if (cmsRequired !== required) problems.push(`${where}: 필수 여부가 다름 (스키마 ${required}, CMS ${cmsRequired})`);
  const type = inner._zod.def.type;
  const widget = field.widget;
  const expectWidget = (...names: string[]) => {
    if (!names.includes(widget)) problems.push(`${where}: ${type}에는 ${names.join('/')} 위젯이 맞는데 ${widget}`);
    return names.includes(widget);
  };
  switch (type) {
    case 'string':
      problems.push(...diffString(inner, field, where));
      break;
    case 'number': {
      if (!expectWidget('number')) break;
      const isInt = check(inner, 'number_format')?.format === 'safeint';
      if (isInt !== (field.value_type === 'int')) problems.push(`${where}: 정수 여부가 다름`);
      const min = check(inner, 'greater_than');
      if (min && field.min !== min.value + (min.inclusive ? 0 : 1)) problems.push(`${where}: 최솟값이 다름 (스키마 ${min.value})`);
      break;
    }
    case 'boolean':
      expectWidget('boolean');
      break;
    case 'enum':
      if (expectWidget('select')) problems.push(...sameSet(Object.values(inner._zod.def.entries), optionValues(field), `${where} 선택지`));
      break;
    case 'object':
      if (expectWidget('object')) problems.push(...diffFields(inner, field.fields ?? [], where));
      break;
    case 'union':
      if (expectWidget('object')) problems.push(...diffUnionObject(inner, field, where));
      break;
    case 'array':
      if (expectWidget('list', 'relation')) problems.push(...diffArray(inner, field, where));
      break;
    default:
      problems.push(`${where}: 스키마 형식 ${type}을(를) 비교할 수 없음`);
  }
  return problems;
}

function optionValues(field: CmsField): string[] {
  return (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
}

function sameSet(expected: unknown[], actual: unknown[], where: string): string[] {
  const a = [...new Set(expected.map(String))].sort();
  const b = [...new Set(actual.map(String))].sort();
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${where}: 스키마 [${a.join(', ')}], CMS [${b.join(', ')}]`];
}

function diffString(schema: Zod, field: CmsField, where: string): string[] {
  const takesText = accepts(schema, PLAIN_TEXT);
  switch (field.widget) {
    case 'datetime': {
      if (field.picker_utc !== false) return [`${where}: picker_utc: false가 아님 (한국 시각이 바뀔 수 있음)`];
      const sample = field.format === 'YYYY-MM-DD' ? '2026-11-24' : field.format === 'YYYY-MM-DDTHH:mm' ? '2026-11-24T12:30' : null;
      if (!sample) return [`${where}: 날짜 형식 ${field.format}은(는) 스키마의 형식이 아님`];
      if (field.format === 'YYYY-MM-DD' && field.time_format !== false) return [`${where}: 날짜만 받는 필드에 시각 입력이 있음`];
      if (!accepts(schema, sample)) return [`${where}: CMS가 쓰는 ${sample}을(를) 스키마가 받지 않음`];
      if (takesText) return [`${where}: 자유 글 필드에 날짜 위젯`];
      return [];
    }
    case 'select': {
      const options = optionValues(field);
      const refused = options.filter((o) => !accepts(schema, o));
      if (refused.length) return [`${where}: 스키마가 받지 않는 선택지 ${refused.join(', ')}`];
      if (takesText) return [`${where}: 자유 글 필드에 선택 위젯`];
      return [];
    }
    case 'image':
      return accepts(schema, '/uploads/poster.jpg') && !takesText ? [] : [`${where}: 이미지 경로 필드가 아님`];
    case 'relation':
      return accepts(schema, 'some-slug') ? [] : [`${where}: 관계 위젯이 쓰는 slug를 스키마가 받지 않음`];
    default: {
      if (!FREE_TEXT_WIDGETS.has(field.widget)) return [`${where}: 글 필드에 맞지 않는 위젯 ${field.widget}`];
      if (!field.pattern) return takesText ? [] : [`${where}: 스키마는 형식을 검사하는데 CMS에 pattern이 없음`];
      const regex = new RegExp(field.pattern[0]);
      const disagree = PROBES.filter((probe) => regex.test(probe) !== accepts(schema, probe));
      return disagree.length ? [`${where}: pattern과 스키마가 다르게 판단하는 값: ${disagree.map((d) => JSON.stringify(d)).join(', ')}`] : [];
    }
  }
}

/** A discriminated union edited as one object: a select for the discriminator plus every variant's fields. */
function diffUnionObject(schema: Zod, field: CmsField, where: string): string[] {
  const discriminator: string | undefined = schema._zod.def.discriminator;
  if (!discriminator) return [`${where}: 판별 필드가 없는 union`];
  const variants: Zod[] = schema._zod.def.options;
  const shapes = variants.map((v) => objectShape(v)!);
  const problems = sameSet(shapes.map((s) => s[discriminator]._zod.def.values[0]), optionValues(field.fields?.find((f) => f.name === discriminator) ?? ({} as CmsField)), `${where}.${discriminator} 선택지`);
  const keys = new Set(shapes.flatMap((s) => Object.keys(s)).filter((k) => k !== discriminator));
  const cmsKeys = (field.fields ?? []).map((f) => f.name).filter((k) => k !== discriminator);
  problems.push(...sameSet([...keys], cmsKeys, `${where} 필드`));
  for (const cmsField of field.fields ?? []) {
    if (cmsField.name === discriminator) continue;
    const inVariants = shapes.filter((s) => s[cmsField.name]);
    if (!inVariants.length) continue;
    const requiredEverywhere = inVariants.length === shapes.length && inVariants.every((s) => unwrap(s[cmsField.name]).required);
    const problemsHere = diffField(inVariants[0][cmsField.name], { ...cmsField, required: requiredEverywhere ? cmsField.required : true }, `${where}.${cmsField.name}`)
      .filter((p) => !p.includes('필수 여부'));
    problems.push(...problemsHere);
    if ((cmsField.required !== false) !== requiredEverywhere) problems.push(`${where}.${cmsField.name}: 필수 여부가 다름 (모든 종류에서 필수: ${requiredEverywhere})`);
  }
  return problems;
}

function diffArray(schema: Zod, field: CmsField, where: string): string[] {
  const problems: string[] = [];
  const min = check(schema, 'min_length')?.minimum;
  const max = check(schema, 'max_length')?.maximum;
  if (field.widget === 'relation') {
    if (!field.multiple) problems.push(`${where}: 목록인데 relation에 multiple이 없음`);
  } else {
    if ((min ?? undefined) !== field.min) problems.push(`${where}: 최소 개수가 다름 (스키마 ${min}, CMS ${field.min})`);
    if ((max ?? undefined) !== field.max) problems.push(`${where}: 최대 개수가 다름 (스키마 ${max}, CMS ${field.max})`);
  }
  const element: Zod = schema._zod.def.element;
  const elementType = unwrap(element).inner._zod.def.type;
  if (field.widget === 'relation') {
    if (elementType !== 'string') problems.push(`${where}: relation은 글 목록에만 맞음`);
    else problems.push(...diffString(element, field, where));
    return problems;
  }
  if (elementType === 'object') {
    if (!field.fields) return [...problems, `${where}: 객체 목록인데 fields가 없음`];
    return [...problems, ...diffFields(element, field.fields, `${where}[]`)];
  }
  if (elementType === 'union') {
    const discriminator = element._zod.def.discriminator;
    if (!field.types || field.typeKey !== discriminator) return [...problems, `${where}: 종류별 목록에는 types와 typeKey: ${discriminator}가 필요함`];
    const variants: Zod[] = element._zod.def.options;
    const byKind = new Map(variants.map((v) => [objectShape(v)![discriminator]._zod.def.values[0] as string, v]));
    problems.push(...sameSet([...byKind.keys()], field.types.map((t) => t.name), `${where} 종류`));
    for (const type of field.types) {
      const variant = byKind.get(type.name);
      if (!variant) continue;
      const shape = { ...objectShape(variant)! };
      delete shape[discriminator];
      problems.push(...diffFields({ _zod: { def: { type: 'object', shape } } } as unknown as Zod, type.fields ?? [], `${where}[${type.name}]`));
    }
    return problems;
  }
  if (!field.field) return [...problems, `${where}: 글 목록은 항목마다 입력칸이 있는 field가 필요함 (쉼표 구분 입력은 IME에 약함)`];
  return [...problems, ...diffField(element, { ...field.field, required: unwrap(element).required ? field.field.required : false }, `${where}[]`)];
}
