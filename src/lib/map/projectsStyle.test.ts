import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../../styles/palettes.ts';
import { buildStyle, SOURCE_IDS, styleLayerOwner } from '../../../styles/zoneStyle.ts';
import { legendFromStyle } from '../legend/legendFromStyle.ts';

const SCHEMATIC = ['==', ['get', 'confidence'], 'schematic'];

describe.each(['light', 'contrast'] as const)('the projects layer in the %s style', (theme) => {
  const style = buildStyle(theme, 'zh');
  const own = style.layers.filter((l) => styleLayerOwner(l) === 'projects');
  const p = PALETTES[theme];

  it('has its own source and draws a hollow ring with a centre dot, in its own colour, above the parks', () => {
    expect(SOURCE_IDS).toContain('projects');
    const ring = own.find((l) => l.id === 'projects--circle') as CircleLayerSpecification;
    expect(ring.paint?.['circle-color']).toEqual(['case', SCHEMATIC, p.halo, p.project]);
    expect(ring.paint?.['circle-stroke-color']).toEqual(['case', SCHEMATIC, p.project, p.halo]);
    expect((own.find((l) => l.id === 'projects--dot') as CircleLayerSpecification).paint?.['circle-color']).toBe(p.project);
    const order = style.layers.map((l) => l.id);
    expect(order.indexOf('projects--circle')).toBeGreaterThan(order.indexOf('parks--circle'));
    expect(Object.entries(p).filter(([, c]) => c === p.project).map(([k]) => k)).toEqual(['project']);
  });

  it('labels projects only when zoomed in, in the UI language', () => {
    const label = own.find((l) => l.id === 'projects--label') as SymbolLayerSpecification;
    expect(label.minzoom).toBeGreaterThanOrEqual(11);
    expect(JSON.stringify((buildStyle(theme, 'en').layers.find((l) => l.id === 'projects--label') as SymbolLayerSpecification).layout?.['text-field'])).toContain('name_en');
  });

  it('has one legend row, which says the positions are schematic', () => {
    for (const lang of ['zh', 'en'] as const) {
      const rows = legendFromStyle(buildStyle(theme, lang).layers, new Set(['projects']), ['projects'], lang, () => ({ schematic: 14, total: 14 }));
      expect(rows.map((r) => r.label)).toEqual([lang === 'zh' ? '重点项目（示意位置）' : 'Key project (schematic position)']);
      // All drawn projects are schematic: the swatch is the hollow ring the map draws.
      expect(rows[0]?.swatch).toMatchObject({ kind: 'circle', color: p.halo, outline: p.project });
      const solid = legendFromStyle(buildStyle(theme, lang).layers, new Set(['projects']), ['projects'], lang, () => ({ schematic: 1, total: 2 }));
      expect(solid[0]?.swatch).toMatchObject({ color: p.project, outline: p.halo });
    }
  });
});
