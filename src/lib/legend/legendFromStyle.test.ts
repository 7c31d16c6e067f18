import { describe, expect, it } from 'vitest';
import { buildStyle, styleLayerOwner } from '../../../styles/zoneStyle.ts';
import { legendFromStyle, representativeValue } from './legendFromStyle.ts';

describe('representativeValue', () => {
  it.each([
    ['#fff', '#fff'],
    [['case', ['==', ['get', 'confidence'], 'schematic'], '#fff', '#f00'], '#f00'],
    [['interpolate', ['linear'], ['zoom'], 7, 2, 12, 4], 2],
    [['step', ['zoom'], 1, 10, 3], 1],
    [['get', 'colour'], null],
  ])('%j → %j', (input, expected) => {
    expect(representativeValue(input)).toEqual(expected);
  });
});

describe('legendFromStyle', () => {
  const style = buildStyle('light', 'zh');
  const all = new Set(style.layers.map(styleLayerOwner).filter((x): x is string => x !== null));

  it('lists a row for every visible layer that draws something, with the style colour', () => {
    const rows = legendFromStyle(style.layers, all, [...all], 'zh');
    const owners = new Set(rows.map((r) => r.catalogueId));
    expect(owners).toEqual(all);
    const xx = rows.find((r) => r.styleLayerId === 'xiongxin-shanxi--line');
    expect(xx?.label).toBe('雄忻高铁（山西段）');
    expect(xx?.swatch).toMatchObject({ kind: 'line', color: '#dc2626', dashed: false });
    expect(rows.find((r) => r.styleLayerId === 'xiongxin-shanxi--line-schematic')?.swatch.dashed).toBe(true);
  });

  it('drops hidden layers and follows the given order', () => {
    const rows = legendFromStyle(style.layers, new Set(['stations', 'dayu']), ['stations', 'dayu'], 'en');
    expect([...new Set(rows.map((r) => r.catalogueId))]).toEqual(['stations', 'dayu']);
    expect(rows[0]?.label).toBe('Conventional station');
  });

  it('leaves out the solid or the dashed variant when a layer has no features of it', () => {
    const mix = (id: string) => (id === 'xiongxin' ? { schematic: 2, total: 2 } : id === 'rivers' ? { schematic: 0, total: 17 } : undefined);
    const rows = legendFromStyle(style.layers, new Set(['xiongxin', 'rivers', 'roads']), ['xiongxin', 'rivers', 'roads'], 'zh', mix);
    const ids = rows.map((r) => r.styleLayerId);
    expect(ids).toContain('xiongxin-shanxi--line-schematic');
    expect(ids).not.toContain('xiongxin-shanxi--line');
    expect(ids).toContain('rivers--line');
    expect(ids).toEqual(expect.arrayContaining(['roads--line', 'roads--line-schematic']));
  });

  it('follows the theme: the contrast style yields its own colours', () => {
    const dark = buildStyle('contrast', 'zh');
    const row = legendFromStyle(dark.layers, new Set(['xiongxin']), ['xiongxin'], 'zh')[0];
    expect(row?.swatch.color).toBe('#ff3b3b');
  });
});
