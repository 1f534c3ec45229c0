import { describe, expect, it } from 'vitest';
import { groupByStartMonth } from '../../src/lib/programs/list';

const at = (id: string, start: string) => ({ id, data: { start, end: start } });

describe('groupByStartMonth', () => {
  it('groups consecutive programmes by the month they start, keeping the given order', () => {
    const groups = groupByStartMonth([at('a', '2026-11-30'), at('b', '2026-12-03T10:00'), at('c', '2026-12-17T12:00'), at('d', '2027-01-21T12:00')]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['2026년 11월', ['a']],
      ['2026년 12월', ['b', 'c']],
      ['2027년 1월', ['d']],
    ]);
  });
  it('returns no groups for no programmes', () => {
    expect(groupByStartMonth([])).toEqual([]);
  });
});
