import { describe, expect, it } from 'vitest';
import { popupStale, type PopupSubject } from './popupStale.ts';

const tx17: PopupSubject = { layer: 'projects', row: { layer: 'projects', index: 16 }, properties: { id: 'TX17', industry: 'new_materials' } };

describe('popupStale', () => {
  it('keeps the popup while its own row is selected, or nothing is', () => {
    expect(popupStale(tx17, { layer: 'projects', index: 16 }, undefined)).toBe(false);
    expect(popupStale(tx17, null, undefined)).toBe(false);
  });

  it('closes it when another row is selected, of this layer or another', () => {
    expect(popupStale(tx17, { layer: 'projects', index: 3 }, undefined)).toBe(true);
    expect(popupStale(tx17, { layer: 'u_abc', index: 16 }, undefined)).toBe(true);
    // A feature without a row (no id) gives way to any selected row.
    expect(popupStale({ ...tx17, row: null }, { layer: 'projects', index: 16 }, undefined)).toBe(true);
  });

  it('closes it when the layer’s filter hides the feature, not when the feature still passes', () => {
    expect(popupStale(tx17, null, [{ kind: 'category', field: 'industry', values: ['green_energy'] }])).toBe(true);
    expect(popupStale(tx17, null, [{ kind: 'category', field: 'industry', values: ['new_materials', 'green_energy'] }])).toBe(false);
    expect(popupStale(tx17, null, [])).toBe(false);
  });
});
