/**
 * Every popup of the shipped data speaks the UI language (issue 13): in zh no English word but
 * proper nouns, units and format names; in en no Chinese but the citations' outlet names, titles
 * and place names. And every feature property has a field, so no popup shows a raw key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { uncoveredProps } from '../../src/lib/catalogue/fieldCoverage.ts';
import { parseCatalogue } from '../../src/lib/catalogue/parseCatalogue.ts';
import type { CatalogueLayer, Lang, PublishedLayer } from '../../src/lib/catalogue/types.ts';
import { popupContent, type PopupContent } from '../../src/lib/map/popupFields.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = join(root, 'data');
const catalogue = parseCatalogue(JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8')));
const curated = catalogue.layers.filter((l) => !l.streamed);
const featuresOf = (l: CatalogueLayer): FeatureCollection => JSON.parse(readFileSync(join(dataDir, l.file), 'utf8')) as FeatureCollection;
const published = (l: CatalogueLayer): PublishedLayer => ({ ...l, url: '', featureCount: 0, confidenceCounts: { surveyed: 0, sourced: 0, schematic: 0 }, bbox: [0, 0, 0, 0] });

/** The synthetic parcels are generated, not shipped: a parcel of each land-use code the generator draws. */
const landUse = /const LAND_USE = \[([^\]]*)\]/.exec(readFileSync(join(root, 'scripts/data-large.ts'), 'utf8'))?.[1]?.match(/'(\w+)'/g)?.map((s) => s.slice(1, -1)) ?? [];
const parcels = landUse.map((code, i) => ({ id: `p${i}`, landuse: code, area_m2: 1234.5 }));

function popups(lang: Lang): Array<[string, PopupContent]> {
  const out: Array<[string, PopupContent]> = curated.flatMap((l) => featuresOf(l).features.map((f): [string, PopupContent] => [`${l.id}/${String(f.properties?.id)}`, popupContent(f.properties, published(l), lang)]));
  const parcelLayer = catalogue.layers.find((l) => l.id === 'parcels');
  if (parcelLayer) for (const p of parcels) out.push([`parcels/${p.id}`, popupContent(p, published(parcelLayer), lang)]);
  return out;
}

/**
 * Latin words a Chinese reader meets in zh popups: proper nouns (sources, outlets, datasets,
 * repositories, airports' codes), units and format names. URLs, domains, file names and
 * repository paths are removed before the check, since they are addresses, not words.
 */
const ZH_ALLOW = new Set([
  // data sources, outlets, their datasets and software
  'OpenStreetMap', 'OSM', 'OMap', 'GeoDB', 'ODbL', 'DataV', 'GeoAtlas', 'Natural', 'Earth', 'GitHub',
  // licence names (CC BY 4.0, CC BY-SA)
  'CC', 'BY', 'SA', 'CC0',
  // coordinate systems
  'GCJ', 'WGS84',
  // units (300mm wafers, 10GW of cells)
  'km', 'mm', 'GW',
  // chemical products, named by their abbreviations in Chinese trade text (BDO 丁二醇, PBAT 可降解塑料)
  'BDO', 'PBAT',
]);
const ADDRESS = [
  /https?:\/\/[^\s（）()，；、]+/g, // URLs
  /[\w-]+(?:\/[\w.%-]+)+(?::[\w.-]+(?: [\w.]+)?)?/g, // repository paths (owner/name[:file])
  /[\w-]+(?:\.[\w-]+)+/g, // domains and file names (zone-facts.md, mefea.com)
  /@[0-9a-f]{7}/g, // commit hashes
  /npm run [\w:-]+/g, // the command that generates a layer
];
const latinWords = (text: string): string[] => {
  let t = text;
  for (const re of ADDRESS) t = t.replace(re, ' ');
  return (t.match(/[A-Za-z][A-Za-z_]+\w*/g) ?? []).filter((w) => !ZH_ALLOW.has(w));
};

/**
 * Fields whose English may keep Chinese: citations keep outlet names (人民网, 山西日报), article
 * titles (《…》) and the place names the source uses, so a reader can find the original.
 */
const EN_CJK_OK = new Set(['facts_source']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

describe('popups of every catalogue layer', () => {
  it('zh: no English words but proper nouns, units and addresses', () => {
    const found = new Map<string, string[]>();
    for (const [where, c] of popups('zh')) {
      // The subtitle is the feature's English name on purpose (the other language, one glance away).
      const texts = [c.title, c.layerTitle, c.confidenceLabel, c.source, ...c.rows.flatMap((r) => [r.label, r.value])];
      const words = texts.flatMap(latinWords);
      for (const w of words) if (!found.has(w)) found.set(w, [where]);
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('zh: layer provenance (layer panel, site comparison) has no English words either', () => {
    const found = catalogue.layers.flatMap((l) => (['source', 'licence', 'accuracy', 'date'] as const).flatMap((k) => latinWords(l[k].zh).map((w) => `${l.id}.${k}: ${w}`)));
    expect(found).toEqual([]);
  });

  it('en: layer provenance (layer panel, site comparison) has no Chinese', () => {
    const found = catalogue.layers.flatMap((l) => (['source', 'licence', 'accuracy', 'date'] as const).filter((k) => CJK.test(l[k].en)).map((k) => `${l.id}.${k}: ${l[k].en}`));
    expect(found).toEqual([]);
  });

  it('en: no Chinese but in citations', () => {
    const found = new Map<string, string[]>();
    for (const [where, c] of popups('en')) {
      const texts = [c.title, c.layerTitle, c.confidenceLabel, c.rows.map((r) => r.label).join(' '), ...c.rows.filter((r) => !EN_CJK_OK.has(r.key)).map((r) => r.value)];
      const bad = texts.filter((t) => CJK.test(t));
      if (bad.length) found.set(where, bad);
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('every row has a label from the schema, never its raw key', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const [where, c] of popups(lang)) for (const r of c.rows) expect(r.label, `${where} ${r.key}`).not.toBe(r.key);
    }
  });

  it('every feature citing a source cites it in Chinese too', () => {
    for (const l of curated) {
      for (const f of featuresOf(l).features) expect(f.properties?.source_zh, `${l.id}/${String(f.properties?.id)}`).toEqual(expect.any(String));
    }
  });
});

describe('the field schema', () => {
  it.each(curated.map((l) => [l.id, l] as const))('%s: covers every property of its features', (_id, l) => {
    const keys = new Set(featuresOf(l).features.flatMap((f) => Object.keys(f.properties ?? {})));
    expect(uncoveredProps(keys, l.fields)).toEqual([]);
  });

  it('parcels: covers the generated properties and names every land-use code', () => {
    const l = catalogue.layers.find((x) => x.id === 'parcels');
    expect(landUse.length).toBeGreaterThan(0);
    expect(uncoveredProps(['id', 'landuse', 'area_m2'], l?.fields ?? {})).toEqual([]);
    for (const code of landUse) expect(l?.fields.landuse?.values?.[code], code).toBeDefined();
  });

  it('every coded value in the data has words in the value map', () => {
    for (const l of curated) {
      for (const [key, spec] of Object.entries(l.fields)) {
        if (!spec.values || spec.hidden) continue;
        for (const f of featuresOf(l).features) {
          const v = f.properties?.[key];
          if (v === null || v === undefined) continue;
          expect(spec.values[String(v)], `${l.id}/${String(f.properties?.id)} ${key}=${String(v)}`).toBeDefined();
        }
      }
    }
  });
});
