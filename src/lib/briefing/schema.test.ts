import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBriefing } from './schema.ts';

const known = new Set(['dayu', 'stations', 'xiongxin']);
const scene = () => ({ id: 's1', title: { zh: '题', en: 'T' }, camera: { center: [112.7, 38.2], zoom: 9 }, layers: ['dayu'], caption: { zh: '说明', en: 'Caption' } });
const briefing = (scenes: unknown[] = [scene()]) => ({ id: 'b', title: { zh: '简报', en: 'Briefing' }, scenes });
const problemsOf = (input: unknown) => parseBriefing(input, 'b.json', known).problems.join('\n');

describe('parseBriefing', () => {
  it('accepts a minimal briefing and fills defaults', () => {
    const { briefing: b } = parseBriefing(briefing(), 'b.json', known);
    expect(b?.scenes[0]).toMatchObject({ camera: { center: [112.7, 38.2], zoom: 9, bearing: 0, pitch: 0 }, highlight: [], notes: { zh: '', en: '' } });
  });

  it('keeps a scene\'s ground as written: a name, null for the default, absent for the presenter\'s own', () => {
    const scenes = [
      { ...scene(), id: 'a', basemap: ' 天地图影像 ', terrain: null, terrain3d: true },
      { ...scene(), id: 'b', basemap: null },
      { ...scene(), id: 'c' },
    ];
    const { briefing: b, problems } = parseBriefing(briefing(scenes), 'b.json', known);
    expect(problems).toEqual([]);
    expect(b?.scenes[0]).toMatchObject({ basemap: '天地图影像', terrain: null, terrain3d: true });
    expect(b?.scenes[1]?.basemap).toBeNull();
    expect(b?.scenes[1]).not.toHaveProperty('terrain');
    for (const key of ['basemap', 'terrain', 'terrain3d']) expect(b?.scenes[2]).not.toHaveProperty(key);
  });

  it('keeps a scene\'s chart by its id, and leaves it absent when the scene names none', () => {
    const { briefing: b, problems } = parseBriefing(briefing([{ ...scene(), id: 'a', chart: 'investmentByIndustry' }, { ...scene(), id: 'b' }]), 'b.json', known);
    expect(problems).toEqual([]);
    expect(b?.scenes[0]?.chart).toBe('investmentByIndustry');
    expect(b?.scenes[1]).not.toHaveProperty('chart');
  });

  it('keeps a scene\'s travel-time map, and names a bad one by a coded problem', () => {
    const good = [{ ...scene(), id: 'a', access: { to: 'xiongan', view: 'saved' } }, { ...scene(), id: 'b', access: { to: 'beijing', view: 'time', year: '2027' } }];
    const { briefing: b, problems } = parseBriefing(briefing(good), 'b.json', known);
    expect(problems).toEqual([]);
    expect(b?.scenes.map((x) => x.access)).toEqual([{ to: 'xiongan', view: 'saved' }, { to: 'beijing', view: 'time', year: '2027' }]);
    for (const access of [{ to: 'tokyo', view: 'saved' }, { to: 'xiongan', view: 'time' }, { to: 'xiongan', view: 'saved', year: '2027' }, { to: 'xiongan', view: 'map' }, 'xiongan']) {
      const { found } = parseBriefing(briefing([{ ...scene(), access }]), 'b.json', known);
      expect(found.map((p) => p.code), JSON.stringify(access)).toEqual(['accessMap']);
    }
    expect(problemsOf(briefing([{ ...scene(), access: {} }]))).toContain('access map ("access") needs "to"');
  });

  it('accepts the shipped briefings', () => {
    const layers = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/catalogue.json'), 'utf8')) as { layers: Array<{ id: string }> };
    const file = 'zone-overview.json';
    const input: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../../data/briefings', file), 'utf8'));
    const { briefing: b, problems } = parseBriefing(input, file, new Set(layers.layers.map((l) => l.id)));
    expect(problems).toEqual([]);
    expect(b?.scenes.length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['not an object', 7, /b\.json: not a JSON object/],
    ['bad id', { ...briefing(), id: 'Bad Id' }, /b\.json: "id"/],
    ['no title', { ...briefing(), title: { zh: '简报' } }, /b\.json: "title" needs zh and en/],
    ['no scenes', briefing([]), /"scenes" must be a non-empty array/],
    ['scene not object', briefing([3]), /scene 1: not an object/],
    ['duplicate scene id', briefing([scene(), scene()]), /scene 2 \(s1\): duplicate scene id/],
    ['bad center', briefing([{ ...scene(), camera: { center: [500, 38], zoom: 9 } }]), /scene 1 \(s1\): camera\.center must be \[lon, lat\]/],
    ['bad zoom', briefing([{ ...scene(), camera: { center: [112, 38], zoom: 40 } }]), /camera\.zoom must be a number 0–22/],
    ['bad pitch', briefing([{ ...scene(), camera: { center: [112, 38], zoom: 9, pitch: 90 } }]), /camera\.pitch/],
    ['bad bearing', briefing([{ ...scene(), camera: { center: [112, 38], zoom: 9, bearing: 'north' } }]), /camera\.bearing/],
    ['no camera', briefing([{ ...scene(), camera: null }]), /"camera" must be an object/],
    ['unknown layer', briefing([{ ...scene(), layers: ['dayu', 'nope'] }]), /layers: unknown layer "nope"/],
    ['layers not list', briefing([{ ...scene(), layers: 'dayu' }]), /"layers" must be a list/],
    ['bad highlight', briefing([{ ...scene(), highlight: [1] }]), /"highlight" must be a list/],
    ['bad reveal', briefing([{ ...scene(), reveal: 'nope' }]), /reveal: unknown layer "nope"/],
    ['no caption', briefing([{ ...scene(), caption: { en: 'x' } }]), /"caption" needs zh and en/],
    ['bad notes', briefing([{ ...scene(), notes: 'n' }]), /"notes" needs zh and en/],
    ['bad query', briefing([{ ...scene(), query: 5 }]), /"query" must be a query string/],
    ['basemap not a name', briefing([{ ...scene(), basemap: 3 }]), /scene 1 \(s1\): "basemap" must be a basemap name of 1–120 characters, or null/],
    ['empty basemap name', briefing([{ ...scene(), basemap: '  ' }]), /"basemap" must be a basemap name/],
    ['basemap name too long', briefing([{ ...scene(), basemap: 'x'.repeat(121) }]), /"basemap" must be a basemap name of 1–120 characters/],
    ['terrain not a name', briefing([{ ...scene(), terrain: { name: 'x' } }]), /"terrain" must be a terrain name of 1–120 characters, or null/],
    ['terrain3d not a boolean', briefing([{ ...scene(), terrain3d: 'yes' }]), /"terrain3d" must be true or false/],
    ['unknown chart', briefing([{ ...scene(), chart: 'pie' }]), /scene 1 \(s1\): chart: unknown chart "pie"/],
  ])('reports %s', (_n, input, message) => {
    expect(problemsOf(input)).toMatch(message);
  });
});
