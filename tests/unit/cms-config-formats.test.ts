import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlListFormat } from '../../src/cms/formats';
import { koreanOverrides, mergePhrases } from '../../src/cms/locale-ko';

describe('yaml-list format (top-level YAML lists in the CMS)', () => {
  it('shows a category file as { items } and writes back the same list', () => {
    const text = readFileSync('content/data/program-categories.yaml', 'utf8');
    const shown = yamlListFormat.fromFile(text);
    expect(shown.items).toEqual(parse(text));
    expect(parse(yamlListFormat.toFile(shown))).toEqual(parse(text));
  });

  it('keeps Korean text as written, without escaping', () => {
    const written = yamlListFormat.toFile({ items: [{ name: '런치노동법', slug: 'lunch-labour-law', description: '점심시간: 온라인 강의' }] });
    expect(written).toContain('name: 런치노동법');
    expect(parse(written)).toEqual([{ name: '런치노동법', slug: 'lunch-labour-law', description: '점심시간: 온라인 강의' }]);
  });

  it('refuses a file that is not a list, instead of showing an empty one that would overwrite it', () => {
    expect(() => yamlListFormat.fromFile('name: 센터\n')).toThrow(/목록/);
  });
});

describe('Korean wording', () => {
  const base = { editor: { editorToolbar: { ready: '준비됨', save: '저장' } }, app: { header: { workflow: '워크플로우', media: '미디어' } } };

  it('replaces the workflow labels and keeps every phrase it does not mention', () => {
    const merged = mergePhrases(base, koreanOverrides) as typeof base & { workflow: { workflowList: Record<string, string> } };
    expect(merged.editor.editorToolbar.ready).toBe('발행 준비');
    expect(merged.editor.editorToolbar.save).toBe('저장');
    expect(merged.app).toEqual({ header: { workflow: '작업 흐름', media: '미디어' } });
    expect([merged.workflow.workflowList.draftHeader, merged.workflow.workflowList.inReviewHeader, merged.workflow.workflowList.readyHeader]).toEqual(['초안', '검토 중', '발행 준비']);
  });
});
