import { describe, expect, it } from 'vitest';
import { journey } from '../access/journey.ts';
import { DEFAULT_ASSUMPTIONS, type Journey } from '../access/types.ts';
import { committedNetwork } from '../access/testNetwork.ts';
import { CARD_DESTINATIONS, siteTravel, travelKey, travelMinutes, type JourneysCall } from './siteTravel.ts';

describe('siteTravel', () => {
  it('asks for every destination in 2022 and 2027 with the shared assumptions, and files the answers by site', async () => {
    const asked: Array<{ to: string; year: string; speed: number; n: number }> = [];
    const call: JourneysCall = async (points, to, a) => {
      asked.push({ to, year: 'year' in a.scenario ? a.scenario.year : 'custom', speed: a.speedKmh, n: points.length });
      return points.map((p) => ({ minutes: p[0] + (to === 'xiongan' ? 1000 : 0) + ('year' in a.scenario && a.scenario.year === '2027' ? 0 : 500) }) as Journey);
    };
    const t = await siteTravel([{ id: 'a', point: [1, 0] }, { id: 'none', point: null }, { id: 'b', point: [2, 0] }], { ...DEFAULT_ASSUMPTIONS, speedKmh: 55 }, call);
    expect(asked).toHaveLength(CARD_DESTINATIONS.length * 2);
    expect(asked.every((x) => x.speed === 55 && x.n === 2)).toBe(true);
    expect(travelMinutes(t, 'b', { to: 'xiongan', year: '2027' })).toBe(1002);
    expect(travelMinutes(t, 'a', { to: 'beijing', year: '2022' })).toBe(501);
    expect(travelMinutes(t, 'none', { to: 'xiongan', year: '2027' })).toBeNull();
    expect(travelMinutes(null, 'a', { to: 'xiongan', year: '2027' })).toBeNull();
  });

  it('gives the same minutes as the engine for the same point (the card and the CLI share it)', async () => {
    const net = committedNetwork();
    const call: JourneysCall = async (points, to, a) => points.map((p) => journey(net, p, to, a));
    const p: [number, number] = [112.73, 38.42];
    const t = await siteTravel([{ id: 's', point: p }], DEFAULT_ASSUMPTIONS, call);
    const direct = journey(net, p, 'xiongan', { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' } });
    expect(t.get('s')?.[travelKey('xiongan', '2027')]?.minutes).toBe(direct?.minutes);
  });
});
