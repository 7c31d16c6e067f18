import { describe, expect, it } from 'vitest';
import { journey } from '../access/journey.ts';
import { committedNetwork } from '../access/testNetwork.ts';
import { DEFAULT_ASSUMPTIONS } from '../access/types.ts';
import { cardAssumptions, claimsFor, journeyTime, placeName, yearRoute } from './travelWording.ts';

const net = committedNetwork();
const at2027 = { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' as const } };
const xinzhouxi = net.nodes.find((n) => n.id === 'stn-xinzhouxi')?.coord ?? [0, 0];

describe('site card travel wording', () => {
  it('names the places in both languages', () => {
    expect(placeName('xiongan', 'zh')).toBe('雄安');
    expect(placeName('xiongan', 'en')).toBe("Xiong'an");
  });

  it('shows the official 忻州–雄安 claim beside a trip boarding at 忻州西 in 2027 only', () => {
    const j = journey(net, [xinzhouxi[0] + 0.001, xinzhouxi[1]], 'xiongan', at2027);
    expect(j?.access.station).toBe('stn-xinzhouxi');
    expect(claimsFor(net, j, 'xiongan', '2027').map((c) => c.minutes)).toEqual([60]);
    expect(claimsFor(net, j, 'xiongan', '2022')).toEqual([]);
    expect(claimsFor(net, j, 'beijing', '2027')).toEqual([]);
    expect(claimsFor(net, null, 'xiongan', '2027')).toEqual([]);
  });

  it('gives each year\'s route with its confidence, and says when there is no route', () => {
    const j = journey(net, [112.73, 38.42], 'xiongan', at2027);
    expect(yearRoute('2027', j, net, 'zh')).toMatch(/^2027：公路 .* km 至.*（(有据|推定|估算)）$/);
    expect(yearRoute('2022', null, net, 'en')).toBe('2022: no route');
    expect(journeyTime(null, 'zh')).toBe('无法到达');
  });

  it('states the shared assumptions with both scenarios the card shows', () => {
    const zh = cardAssumptions({ ...DEFAULT_ASSUMPTIONS, speedKmh: 60 }, net, 'zh');
    expect(zh).toContain('公路时速 60 公里');
    expect(zh).toContain('2022 情景');
    expect(zh).toContain('2027 情景');
  });
});
