import { describe, expect, it } from 'vitest';
import { userLayersBefore } from './userLayersBefore.ts';

const types: Record<string, string> = {
  background: 'background',
  'basemap:b1:water': 'fill',
  'basemap:b1:places': 'symbol',
  'dayu--fill': 'fill',
  'stations--hsr': 'circle',
  'table-selection--fill': 'fill',
  'counties--label': 'symbol',
  'stations--label': 'symbol',
  'user-sites--fill': 'fill',
  'query-matches--label': 'symbol',
};
const typeOf = (id: string) => types[id];

describe('userLayersBefore', () => {
  it('puts an imported layer over the zone’s features and under the first zone label, past a basemap’s own labels', () => {
    expect(userLayersBefore(['background', 'basemap:b1:water', 'basemap:b1:places', 'dayu--fill', 'stations--hsr', 'counties--label', 'stations--label'], typeOf)).toBe('counties--label');
  });

  it('keeps it under a highlight or the user’s sites that come before the labels', () => {
    expect(userLayersBefore(['dayu--fill', 'table-selection--fill', 'counties--label'], typeOf)).toBe('table-selection--fill');
    expect(userLayersBefore(['dayu--fill', 'user-sites--fill', 'query-matches--label'], typeOf)).toBe('user-sites--fill');
  });

  it('is undefined (on top) when nothing of the kind is there yet', () => {
    expect(userLayersBefore(['background', 'dayu--fill'], typeOf)).toBeUndefined();
  });
});
