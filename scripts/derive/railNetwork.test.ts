import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveRailNetwork, networkJson, readStations } from './railNetwork.ts';

describe('data/rail_network.json', () => {
  it('is what the derivation makes of data/stations.geojson and the research figures (re-run it after either changes)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../data/rail_network.json'), 'utf8');
    expect(networkJson(deriveRailNetwork(readStations()))).toBe(committed);
  });

  it('takes every layer station’s position from the stations layer', () => {
    const stations = readStations();
    const network = deriveRailNetwork(stations);
    for (const n of network.nodes.filter((x) => x.id.startsWith('stn-'))) {
      const f = stations.features.find((s) => s.properties?.id === n.id);
      expect(f?.geometry.coordinates).toEqual(n.coord);
      expect(n.name.zh).toBe(f?.properties?.name_zh);
    }
    // 小里 is reserved (no stop): not a node, its two sections joined.
    expect(network.nodes.some((x) => x.id === 'stn-xiaoli')).toBe(false);
  });

  it('times distance-based sections as km ÷ speed + the dwell, and each express run as its sections’ km', () => {
    const network = deriveRailNetwork(readStations());
    const xx = network.edges.filter((e) => e.line === 'xiongxin' && e.basis === 'distance');
    for (const e of xx) expect(e.minutes).toBeCloseTo(((e.km as number) / 315) * 60 + network.dwellMinutes, 1);
    const nonStop = xx.find((e) => e.from === 'stn-xinzhouxi' && e.to === 'stn-xiongan');
    expect(nonStop?.km).toBeCloseTo(342.7, 1);
  });
});
