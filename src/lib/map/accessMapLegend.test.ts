import { describe, expect, it } from 'vitest';
import { committedNetwork } from '../access/testNetwork.ts';
import { DEFAULT_ASSUMPTIONS, type RailNetwork } from '../access/types.ts';
import { accessLegend, mapHoldsEstimate } from './accessMapLegend.ts';

const network = committedNetwork();
const a2027 = { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' as const } };

describe('the travel-time map legend', () => {
  it('names the destination and the scenario year(s), the bands in minutes', () => {
    const time = accessLegend({ to: 'xiongan', view: 'time', assumptions: a2027 }, network, 'light', 'zh');
    expect(time.title).toBe('到雄安 · 2027 年');
    expect(time.rows.map((r) => r.label)).toContain('60–75 分钟');
    const saved = accessLegend({ to: 'beijing', view: 'saved', assumptions: DEFAULT_ASSUMPTIONS }, network, 'contrast', 'en');
    expect(saved.title).toBe('To Beijing · minutes saved, 2022 → 2027');
    expect(saved.rows).toHaveLength(9);
    expect(accessLegend({ to: 'taiyuan', view: 'time', assumptions: { ...DEFAULT_ASSUMPTIONS, scenario: { custom: ['daxi'] } } }, network, 'light', 'en').title).toBe('To Taiyuan · chosen lines');
  });

  it('says the times are estimates where the network used holds one, and states the assumptions', () => {
    const legend = accessLegend({ to: 'xiongan', view: 'time', assumptions: a2027 }, network, 'light', 'en');
    expect(legend.note).toBe('Times are model estimates, not timetables.');
    expect(legend.assumptions).toContain('road 40 km/h');
    // A network of confirmed sections only would carry no note.
    const sure: RailNetwork = { ...network, edges: network.edges.map((e) => ({ ...e, confidence: 'confirmed' })) };
    expect(mapHoldsEstimate({ to: 'xiongan', view: 'saved', assumptions: DEFAULT_ASSUMPTIONS }, sure)).toBe(false);
    expect(accessLegend({ to: 'xiongan', view: 'time', assumptions: a2027 }, sure, 'light', 'en').note).toBeNull();
  });

  it('waits for the network rather than guess the note or the assumptions', () => {
    const legend = accessLegend({ to: 'xiongan', view: 'time', assumptions: a2027 }, null, 'light', 'zh');
    expect(legend.note).toBeNull();
    expect(legend.assumptions).toBeNull();
  });
});
