import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { journey } from '../access/journey.ts';
import { committedNetwork } from '../access/testNetwork.ts';
import { DEFAULT_ASSUMPTIONS } from '../access/types.ts';
import { approxMinutesText } from '../access/wording.ts';
import { ACCESS_LAYER, ACCESS_SOURCE } from '../map/accessMapImage.ts';
import { accessLegendEntries, styleWithAccess, type SceneAccessImage } from './sceneAccess.ts';

const image: SceneAccessImage = {
  source: { type: 'image', url: 'data:image/png;base64,', coordinates: [[111.5, 39.6], [116.5, 39.6], [116.5, 37.4], [111.5, 37.4]] },
  legend: { title: 'To Xiong\'an · minutes saved, 2022 → 2027', rows: [{ label: '0 min (no change)', color: '#d4d4d4' }, { label: '≥ 120 min', color: '#a63603' }], note: 'Times are model estimates, not timetables.', noRoute: '', assumptions: 'Assumes: road 40 km/h', empty: null },
};

describe('a scene’s travel-time map in its export', () => {
  it('goes under the zone’s data, above the background, basemap and hillshade', () => {
    const style: StyleSpecification = {
      version: 8, sources: {},
      layers: [{ id: 'bg', type: 'background' }, { id: 'basemap:x:0', type: 'raster', source: 'b' }, { id: 'terrain:t:hillshade', type: 'hillshade', source: 't' }, { id: 'counties--fill', type: 'fill', source: 'counties' }],
    };
    const out = styleWithAccess(style, image);
    expect(out.layers.map((l) => l.id)).toEqual(['bg', 'basemap:x:0', 'terrain:t:hillshade', ACCESS_LAYER, 'counties--fill']);
    expect(out.sources[ACCESS_SOURCE]).toBe(image.source);
    expect(styleWithAccess(style, null)).toBe(style);
  });

  it('puts the title, the bands, the estimate note and the assumptions in the legend', () => {
    const rows = accessLegendEntries(image.legend);
    expect(rows.map((r) => r.label)).toEqual([image.legend.title, '0 min (no change)', '≥ 120 min', image.legend.note, image.legend.assumptions]);
    expect(rows[1]?.swatch.color).toBe('#d4d4d48c');
    expect(rows[0]?.heading).toBe(true);
  });
});

describe('the shipped briefing’s “雄忻高铁通车后” caption', () => {
  it('quotes the model’s figures as the page shows them (to 5 min), in both languages', () => {
    const root = join(import.meta.dirname, '../../..');
    const briefing = JSON.parse(readFileSync(join(root, 'data/briefings/zone-overview.json'), 'utf8')) as { scenes: Array<{ id: string; caption: { zh: string; en: string } }> };
    const caption = briefing.scenes.find((s) => s.id === 'xiongxin-opens')?.caption;
    const network = committedNetwork();
    const at = (id: string) => network.nodes.find((n) => n.id === id)?.coord as [number, number];
    for (const id of ['stn-xinzhouxi', 'stn-taiyuannan']) {
      for (const year of ['2022', '2027'] as const) {
        const j = journey(network, at(id), 'xiongan', { ...DEFAULT_ASSUMPTIONS, scenario: { year } });
        expect(caption?.zh).toContain(approxMinutesText(j?.minutes ?? NaN, 'zh'));
        expect(caption?.en).toContain(approxMinutesText(j?.minutes ?? NaN, 'en'));
      }
    }
  });
});
