import { describe, expect, it } from 'vitest';
import type { FilterClause, FilterSpec } from '../filter/filterSpec.ts';
import { isBarOn, toggleBar, withoutField } from './barClause.ts';

const nm: FilterClause = { kind: 'category', field: 'industry', values: ['new_materials'] };
const eq: FilterClause = { kind: 'category', field: 'industry', values: ['high_end_equipment'] };
const y22: FilterClause = { kind: 'date', field: 'date', from: '2022-01', to: '2022-12' };

describe('toggleBar', () => {
  it('sets the bar’s clause, replaces another on the same field, keeps other fields, and takes it off again', () => {
    const one = toggleBar(undefined, nm);
    expect(one).toEqual([nm]);
    expect(isBarOn(one, nm)).toBe(true);
    const both = toggleBar(one, y22);
    expect(both).toEqual([nm, y22]);
    expect(toggleBar(both, eq)).toEqual([y22, eq]);
    expect(toggleBar(both, nm)).toEqual([y22]);
    expect(isBarOn(toggleBar(both, nm), nm)).toBe(false);
  });

  it('replaces a wider clause on the field (set in the filter panel) with the bar’s own', () => {
    const wide: FilterSpec = [{ kind: 'category', field: 'industry', values: ['new_materials', 'high_end_equipment'] }];
    expect(isBarOn(wide, nm)).toBe(false);
    expect(toggleBar(wide, nm)).toEqual([nm]);
  });

  it('clears a chart’s field', () => {
    expect(withoutField([nm, y22], 'industry')).toEqual([y22]);
    expect(withoutField(undefined, 'industry')).toEqual([]);
  });
});
