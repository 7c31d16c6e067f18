import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZONE_BBOX } from '../catalogue/types.ts';
import { haversine } from '../query/sphere.ts';
import { accessMinutes } from './accessLeg.ts';
import { journey, weakest } from './journey.ts';
import { committedNetwork } from './testNetwork.ts';
import { DESTINATIONS, type AccessAssumptions } from './types.ts';

const network = committedNetwork();
const [W, S, E, N] = ZONE_BBOX;
const pointArb = fc.tuple(fc.double({ min: W, max: E, noNaN: true }), fc.double({ min: S, max: N, noNaN: true }));
const assumptionsArb = fc.record({
  speedKmh: fc.double({ min: 5, max: 120, noNaN: true }),
  detour: fc.double({ min: 1, max: 2, noNaN: true }),
  k: fc.integer({ min: 1, max: 6 }),
  transferMinutes: fc.double({ min: 0, max: 60, noNaN: true }),
});
const coord = (id: string) => network.nodes.find((n) => n.id === id)?.coord as [number, number];

describe('journey', () => {
  it('is never slower in 2027 than in 2022, from anywhere in the map area, to every destination', () => {
    fc.assert(
      fc.property(pointArb, assumptionsArb, fc.constantFrom(...DESTINATIONS), (p, a, to) => {
        const before = journey(network, p, to, { ...a, scenario: { year: '2022' } });
        const after = journey(network, p, to, { ...a, scenario: { year: '2027' } });
        expect(before).not.toBeNull();
        expect(after).not.toBeNull();
        // Equal times may come out of different sums: allow floating-point noise, nothing more.
        expect(after?.minutes as number).toBeLessThanOrEqual((before?.minutes as number) * (1 + 1e-12) + 1e-9);
      }),
      { numRuns: 1500 },
    );
  });

  it('times the road leg as straight-line km × detour ÷ speed, and adds the train to it', () => {
    fc.assert(
      fc.property(pointArb, assumptionsArb, fc.constantFrom(...DESTINATIONS), fc.constantFrom('2022', '2027' as const), (p, a0, to, year) => {
        const a: AccessAssumptions = { ...a0, scenario: { year } };
        const j = journey(network, p, to, a);
        if (!j) throw new Error('no journey');
        const km = haversine(p, coord(j.access.station)) / 1000;
        expect(j.access.km).toBeCloseTo(km, 9);
        expect(j.access.minutes).toBeCloseTo(((km * a.detour) / a.speedKmh) * 60, 9);
        expect(j.minutes).toBeCloseTo(j.access.minutes + j.trainMinutes, 9);
        // The rail part is its steps plus the changes between them.
        expect(j.trainMinutes).toBeCloseTo(j.route.reduce((s, r) => s + r.minutes, 0) + j.transfers * a.transferMinutes, 6);
        expect(j.transfers).toBe(Math.max(0, j.route.length - 1));
        // The steps join up, from the station reached by road to the destination.
        if (j.route.length) {
          expect(j.route[0]?.from).toBe(j.access.station);
          j.route.slice(1).forEach((s, i) => expect(s.from).toBe(j.route[i]?.to));
          expect(network.destinations[to]).toContain(j.route[j.route.length - 1]?.to);
          expect(j.confidence).toBe(j.route.map((s) => s.confidence).reduce(weakest));
        } else {
          expect(network.destinations[to]).toContain(j.access.station);
          expect(j.confidence).toBe('estimate');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('states the formula exactly: 13 km at 40 km/h with a 1.3 detour is 25.35 min', () => {
    expect(accessMinutes(13, { speedKmh: 40, detour: 1.3 })).toBeCloseTo(25.35, 12);
    expect(accessMinutes(0, { speedKmh: 40, detour: 1.3 })).toBe(0);
  });

  it('picks the best of the k nearest, not just the nearest', () => {
    // A point a little nearer 忻州站 (北同蒲) than 忻州西: to 雄安 in 2027 the 雄忻 at 忻州西 wins.
    const p: [number, number] = [112.735, 38.425];
    const a: AccessAssumptions = { speedKmh: 40, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2027' } };
    expect(haversine(p, coord('stn-xinzhou'))).toBeLessThan(haversine(p, coord('stn-xinzhouxi')));
    expect(journey(network, p, 'xiongan', a)?.access.station).toBe('stn-xinzhouxi');
    expect(journey(network, p, 'xiongan', { ...a, k: 1 })?.access.station).toBe('stn-xinzhou');
  });

  it('merges a line’s sections into one step and names the changes: 大盂 → 雄安, today and in 2027', () => {
    const dayu: [number, number] = [112.689, 38.17475];
    const a: AccessAssumptions = { speedKmh: 40, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2022' } };
    const today = journey(network, dayu, 'xiongan', a);
    expect(today?.route.map((s) => s.line)).toEqual(['daxi', 'shitai', 'jingguang', 'jingxiong']);
    expect(today?.confidence).toBe('estimate');
    const later = journey(network, dayu, 'xiongan', { ...a, scenario: { year: '2027' } });
    expect(later?.route.map((s) => [s.line, s.from, s.to])).toEqual([
      ['daxi', 'stn-yangquxi', 'stn-xinzhouxi'],
      ['xiongxin', 'stn-xinzhouxi', 'stn-xiongan'],
    ]);
    expect(later?.transfers).toBe(1);
  });

  it('refuses assumptions no time can be computed with, by code', () => {
    const a: AccessAssumptions = { speedKmh: 0, detour: 1.3, k: 3, transferMinutes: 15, scenario: { year: '2022' } };
    expect(() => journey(network, [112.7, 38.4], 'xiongan', a)).toThrow(expect.objectContaining({ key: 'accessError.badAssumption' }));
    expect(() => journey(network, [112.7, 38.4], 'paris' as never, { ...a, speedKmh: 40 })).toThrow(expect.objectContaining({ key: 'accessError.unknownDestination' }));
  });
});
