import { describe, expect, it } from 'vitest';
import { WIDE_LABEL_FONT } from '../../../../styles/labelFont.ts';
import { PALETTES } from '../../../../styles/palettes.ts';
import { plainArchiveLayers, protomapsArchiveLayers } from './vectorArchiveLayers.ts';

describe('vector archive layers', () => {
  const light = protomapsArchiveLayers('basemap:b:0', 'basemap:b:0:', 'light', 'zh');

  it('styles the Protomaps schema under our ids, with our background left in place', () => {
    expect(light.length).toBeGreaterThan(40);
    expect(light.every((l) => l.id.startsWith('basemap:b:0:'))).toBe(true);
    expect(light.some((l) => l.type === 'background')).toBe(false);
    expect(new Set(light.map((l) => l.id)).size).toBe(light.length);
  });

  it('paints land and water in our palette', () => {
    const paint = (id: string, theme: 'light' | 'contrast') =>
      (protomapsArchiveLayers('s', 'p:', theme, 'zh').find((l) => l.id === `p:${id}`) as { paint?: Record<string, unknown> } | undefined)?.paint;
    expect(paint('earth', 'light')?.['fill-color']).toBe(PALETTES.light.land);
    expect(paint('water', 'light')?.['fill-color']).toBe(PALETTES.light.water);
    expect(paint('earth', 'contrast')?.['fill-color']).toBe(PALETTES.contrast.land);
  });

  it('draws every label in the shipped font and asks for no icon', () => {
    const symbols = light.filter((l) => l.type === 'symbol') as Array<{ layout?: Record<string, unknown> }>;
    expect(symbols.length).toBeGreaterThan(5);
    for (const s of symbols) {
      expect(s.layout?.['text-font']).toEqual(WIDE_LABEL_FONT);
      expect(s.layout?.['icon-image']).toBeUndefined();
    }
  });

  it('names places in the UI language', () => {
    const zh = JSON.stringify(protomapsArchiveLayers('s', 'p:', 'light', 'zh'));
    const en = JSON.stringify(protomapsArchiveLayers('s', 'p:', 'light', 'en'));
    expect(zh).toContain('name:zh-Hans');
    expect(en).toContain('name:en');
    expect(en).not.toContain('name:zh-Hans');
  });

  it('draws another schema plainly, layer by layer', () => {
    const plain = plainArchiveLayers('s', 'p:', ['roads', 'pois'], 'light');
    expect(plain.map((l) => l.id)).toEqual(['p:roads:fill', 'p:roads:line', 'p:roads:point', 'p:pois:fill', 'p:pois:line', 'p:pois:point']);
  });
});
