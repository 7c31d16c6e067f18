import { describe, expect, it } from 'vitest';
import type { ViewQuery } from './tableTypes.ts';
import { viewChange } from './viewChange.ts';

const base: ViewQuery = { filter: [], search: '', sort: null };

describe('viewChange', () => {
  it('names nothing for the first view or the same query again', () => {
    expect(viewChange(null, base)).toBeNull();
    expect(viewChange(base, { ...base })).toBeNull();
  });
  it('names the order, the search or the filter that changed', () => {
    expect(viewChange(base, { ...base, sort: { column: 'name', descending: false } })).toBe('sort');
    expect(viewChange({ ...base, sort: { column: 'name', descending: false } }, { ...base, sort: { column: 'name', descending: true } })).toBe('sort');
    expect(viewChange(base, { ...base, search: '太原' })).toBe('search');
    expect(viewChange(base, { ...base, filter: [{ kind: 'category', field: 'industry', values: ['new_materials'] }] })).toBe('filter');
  });
  it('puts the order first when several change at once', () => {
    expect(viewChange(base, { filter: [{ kind: 'category', field: 'type', values: ['a'] }], search: 'x', sort: { column: 'v', descending: false } })).toBe('sort');
  });
});
