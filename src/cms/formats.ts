/**
 * Decap edits YAML maps only. Category lists and the glossary are YAML lists at the top level, so this
 * format shows such a file as `{ items: [...] }` and writes the list back unchanged in shape.
 */
import { parse, stringify } from 'yaml';
import { YAML_LIST_FIELD } from './collections';

export const yamlListFormat = {
  fromFile(text: string): Record<string, unknown> {
    const list = parse(text) ?? [];
    // Refuse rather than show an empty list that would overwrite the file when saved.
    if (!Array.isArray(list)) throw new Error('이 파일은 맨 위가 목록(- 로 시작하는 항목)이어야 합니다. 개발 담당자에게 알려 주세요.');
    return { [YAML_LIST_FIELD]: list };
  },
  toFile(data: Record<string, unknown>): string {
    return stringify(data[YAML_LIST_FIELD] ?? [], { lineWidth: 0 });
  },
};
