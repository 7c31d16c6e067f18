import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Normaliser } from '../import/normalise.ts';
import { restoreProperties, storedProperties } from './storedProperties.ts';

const SOURCE = '用户导入 / imported: a.csv';
const sameKeys = (a: Record<string, unknown>, b: Record<string, unknown>) => expect(Object.fromEntries(Object.entries(b).sort())).toEqual(Object.fromEntries(Object.entries(a).sort()));

describe('stored properties', () => {
  it('drops what the importer derived and restores it exactly, for whatever a file names its fields', () => {
    const value = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.constantFrom('甲', 'sourced', SOURCE, 'x'));
    const raw = fc.record(
      { id: value, name: value, 名称: value, NAME: value, Name: value, name_zh: value, name_en: value, source: value, confidence: value, other: value },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(raw, (props) => {
        // The importer's own output is what gets stored.
        const [f] = new Normaliser((p) => p, 'u_t', SOURCE).add([{ type: 'Feature', geometry: { type: 'Point', coordinates: [112, 38] }, properties: props }]);
        const full = f?.properties as Record<string, unknown>;
        sameKeys(full, restoreProperties(storedProperties(full, SOURCE), SOURCE));
      }),
      { numRuns: 2000 },
    );
  });

  it('stores a plain CSV row without its four derived fields', () => {
    const full = { id: 'p1', name: '地块点 1', value: 3, name_zh: '地块点 1', name_en: '地块点 1', source: SOURCE, confidence: 'sourced' };
    expect(storedProperties(full, SOURCE)).toEqual({ id: 'p1', name: '地块点 1', value: 3 });
  });
});
