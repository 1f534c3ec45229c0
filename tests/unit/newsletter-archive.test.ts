import { describe, expect, it } from 'vitest';
import { groupByYear, sectionAnchors } from '../../src/lib/newsletter/archive';

describe('groupByYear', () => {
  it('groups issues by year, newest year first, keeping their order', () => {
    const issues = [{ id: 'c', data: { date: '2026-02-01' } }, { id: 'b', data: { date: '2025-12-01' } }, { id: 'a', data: { date: '2026-01-01' } }];
    expect(groupByYear(issues).map((g) => [g.year, g.issues.map((i) => i.id)])).toEqual([
      [2026, ['c', 'a']],
      [2025, ['b']],
    ]);
  });
});

describe('sectionAnchors', () => {
  it('turns titles into unique ids without punctuation', () => {
    expect(sectionAnchors(['이달의 소식', '노동법 Q&A', '이달의 소식', '!!!'])).toEqual(['이달의-소식', '노동법-qa', '이달의-소식-2', 'section']);
  });
});
