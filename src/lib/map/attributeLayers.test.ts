import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildStyle, styleLayerOwner } from '../../../styles/zoneStyle.ts';
import type { LayerAttributeStyle } from '../filter/attributeStyle.ts';
import type { ColourStyle } from '../filter/colourStyle.ts';
import { toMapLibreFilter, type FilterExpression } from '../filter/filterExpression.ts';
import { legendFromStyle } from '../legend/legendFromStyle.ts';
import { attributedLayers } from './attributeLayers.ts';
import { applyLayerAttributes } from './layerAttributesOnMap.ts';
import { MERGED_SOURCE } from './mergeSources.ts';
import { styleWithState } from './styleWithState.ts';

const base = buildStyle('light', 'zh');
const filter = toMapLibreFilter([{ kind: 'category', field: 'status', values: ['existing'] }]) as FilterExpression;
const colour: ColourStyle = {
  field: 'status',
  fieldLabel: { zh: '状态', en: 'Status' },
  mode: 'category',
  expression: ['match', ['to-string', ['get', 'status']], 'existing', '#0072b2', '#9ca3af'],
  entries: [{ label: { zh: '已建成', en: 'Existing' }, color: '#0072b2' }, { label: { zh: '其他', en: 'Other' }, color: '#9ca3af' }],
};
const styles = new Map<string, LayerAttributeStyle>([['stations', { filter, colour }]]);
const byId = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id) as LayerSpecification & { filter?: unknown; paint?: Record<string, unknown> };

describe('attributed style layers', () => {
  const out = attributedLayers(base.layers, styles);

  it('adds the filter to every style layer of the layer, labels too, keeping each one’s own', () => {
    for (const l of base.layers.filter((x) => styleLayerOwner(x) === 'stations')) {
      const own = (l as { filter?: unknown }).filter;
      expect(byId(out, l.id).filter).toEqual(own ? ['all', own, filter] : filter);
    }
    expect(byId(out, 'parks--circle')).toBe(byId(base.layers, 'parks--circle'));
  });

  it('colours where the layer’s own colour was, so schematic points stay hollow', () => {
    const hsr = byId(out, 'stations--hsr');
    const own = byId(base.layers, 'stations--hsr').paint as Record<string, unknown[]>;
    expect(hsr.paint?.['circle-color']).toEqual(['case', own['circle-color']?.[1], own['circle-color']?.[2], colour.expression]);
    expect(hsr.paint?.['circle-stroke-color']).toEqual(['case', own['circle-stroke-color']?.[1], colour.expression, own['circle-stroke-color']?.[3]]);
    expect(byId(out, 'stations--label').paint).toEqual(byId(base.layers, 'stations--label').paint);
  });

  it('leaves casings alone and keeps a translucent fill translucent', () => {
    const lines = attributedLayers(base.layers, new Map([['xiongxin', { filter: null, colour }], ['builtup', { filter: null, colour }]]));
    expect(byId(lines, 'xiongxin--casing').paint).toEqual(byId(base.layers, 'xiongxin--casing').paint);
    expect(byId(lines, 'xiongxin-shanxi--line').paint?.['line-color']).toEqual(colour.expression);
    const fill = byId(lines, 'builtup--fill').paint?.['fill-color'] as unknown[];
    expect(fill[3]).toMatch(/^rgba\(0, 114, 178, 0\.16\)$/);
  });

  it('gives the legend a title row, a row per category, and says the layer is filtered', () => {
    const rows = legendFromStyle(out, new Set(['stations']), ['stations'], 'zh', undefined, (id) => (id === 'stations' ? '铁路车站' : undefined));
    expect(rows.map((r) => r.label)).toEqual(['铁路车站 · 按状态着色（已筛选）', '已建成', '其他']);
    expect(rows[0]?.heading).toBe(true);
    expect(rows.slice(1).map((r) => r.swatch.color)).toEqual(['#0072b2', '#9ca3af']);
    const en = legendFromStyle(attributedLayers(base.layers, new Map([['parks', { filter, colour: null }]])), new Set(['parks']), ['parks'], 'en');
    expect(en.map((r) => r.label)).toEqual(['Industrial park (filtered)']);
  });
});

/** Just enough of a map for applyLayerAttributes: layers with a source, filters and paint, and a log of changes. */
function fakeMap(layers: LayerSpecification[]) {
  const state = new Map(layers.map((l) => [l.id, { source: (l as { source?: string }).source, filter: (l as { filter?: unknown }).filter, paint: { ...((l as { paint?: object }).paint ?? {}) } as Record<string, unknown> }]));
  const log: string[] = [];
  const map = {
    getLayer: (id: string) => state.get(id),
    getFilter: (id: string) => state.get(id)?.filter,
    setFilter: (id: string, f: FilterSpecification | null) => {
      log.push(`filter ${id}`);
      (state.get(id) as { filter: unknown }).filter = f ?? undefined;
    },
    getPaintProperty: (id: string, p: string) => state.get(id)?.paint[p],
    setPaintProperty: (id: string, p: string, v: unknown) => {
      log.push(`paint ${id} ${p}`);
      (state.get(id) as { paint: Record<string, unknown> }).paint[p] = v;
    },
  };
  return { map: map as unknown as MapLibreMap, state, log };
}

describe('the live map follows the same rules', () => {
  const towns: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.7, 38.4] }, properties: { id: 't1' } }] };
  const stations: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [112.6, 38.1] }, properties: { id: 's1', status: 'existing' } }] };

  it('changes nothing on a map started from the attributed style, and undoes a filter and a colour exactly', () => {
    const started = styleWithState(base, { towns, stations }, new Set(['towns', 'stations']), [], styles);
    expect((byId(started.layers, 'stations--hsr') as { source?: string }).source).toBe(MERGED_SOURCE);
    const { map, state, log } = fakeMap(started.layers);
    for (const l of base.layers) {
      const owner = styleLayerOwner(l);
      if (owner) applyLayerAttributes(map, l, styles.get(owner));
    }
    expect(log).toEqual([]);
    // Off again: back to what a map started without them draws.
    for (const l of base.layers) if (styleLayerOwner(l)) applyLayerAttributes(map, l, undefined);
    const plain = styleWithState(base, { towns, stations }, new Set(['towns', 'stations']));
    for (const l of plain.layers.filter((x) => styleLayerOwner(x) === 'stations')) {
      expect(state.get(l.id)?.filter).toEqual((l as { filter?: unknown }).filter);
      expect(state.get(l.id)?.paint).toEqual((l as { paint?: unknown }).paint);
    }
    expect(log.length).toBeGreaterThan(0);
  });
});
