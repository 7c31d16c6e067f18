import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, type MinutesGrid } from '../access/types.ts';
import type { AccessMapSpec } from './accessMapLegend.ts';
import { gridFigureAt, popupAccessLine, readoutLine } from './accessReadout.ts';

const time2027: AccessMapSpec = { to: 'xiongan', view: 'time', assumptions: { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' } } };
const custom: AccessMapSpec = { to: 'taiyuan', view: 'time', assumptions: { ...DEFAULT_ASSUMPTIONS, scenario: { custom: ['daxi'] } } };
const saved: AccessMapSpec = { to: 'xiongan', view: 'saved', assumptions: DEFAULT_ASSUMPTIONS };

describe('the readout under the pointer', () => {
  it.each([
    [94.2, '指针处：约 1 小时 35 分（2027）·\u00a0估算', 'At pointer: about 1 h 35 min (2027) ·\u00a0estimate'],
    [68.3, '指针处：约 1 小时 10 分（2027）·\u00a0估算', 'At pointer: about 1 h 10 min (2027) ·\u00a0estimate'],
    [1, '指针处：不到 5 分（2027）·\u00a0估算', 'At pointer: under 5 min (2027) ·\u00a0estimate'],
    [Number.NaN, '指针处：附近无车站可达', 'At pointer: no station leads there'],
    [null, '指针处：—（超出计算范围）', 'At pointer: — (outside the computed area)'],
  ])('words a travel time of %s, to 5 minutes', (figure, zh, en) => {
    expect(readoutLine(figure, time2027, true, 'pointer', 'zh')).toBe(zh);
    expect(readoutLine(figure, time2027, true, 'pointer', 'en')).toBe(en);
  });

  it.each([
    [44.6, '指针处：节省约 45 分 ·\u00a0估算', 'At pointer: saves about 45 min ·\u00a0estimate'],
    [204, '指针处：节省约 3 小时 25 分 ·\u00a0估算', 'At pointer: saves about 3 h 25 min ·\u00a0estimate'],
    [0.2, '指针处：无变化 ·\u00a0估算', 'At pointer: no change ·\u00a0estimate'],
    [1.5, '指针处：节省不到 5 分 ·\u00a0估算', 'At pointer: saves under 5 min ·\u00a0estimate'],
    [Number.NaN, '指针处：附近无车站可达', 'At pointer: no station leads there'],
  ])('words minutes saved of %s, no change under half a minute as the legend does', (figure, zh, en) => {
    expect(readoutLine(figure, saved, true, 'pointer', 'zh')).toBe(zh);
    expect(readoutLine(figure, saved, true, 'pointer', 'en')).toBe(en);
  });

  it('marks an estimate only where the legend does, names chosen lines, and says when the centre is read', () => {
    expect(readoutLine(65, time2027, false, 'pointer', 'zh')).toBe('指针处：约 1 小时 5 分（2027）');
    expect(readoutLine(65, custom, false, 'pointer', 'en')).toBe('At pointer: about 1 h 05 min (chosen lines)');
    expect(readoutLine(120, time2027, false, 'centre', 'zh')).toBe('地图中心：约 2 小时（2027）');
    expect(readoutLine(120, time2027, false, 'centre', 'en')).toBe('At map centre: about 2 h (2027)');
  });
});

describe('the line a popup adds while a travel-time map is drawn', () => {
  it('names the destination and the scenario, in both languages', () => {
    expect(popupAccessLine(64.6, time2027, true, 'zh')).toBe('此处到雄安（2027）：约 1 小时 5 分 ·\u00a0估算');
    expect(popupAccessLine(64.6, time2027, true, 'en')).toBe("From here to Xiong'an (2027): about 1 h 05 min ·\u00a0estimate");
    expect(popupAccessLine(44.6, saved, false, 'zh')).toBe('此处到雄安（2022 → 2027）：节省约 45 分');
    expect(popupAccessLine(44.6, saved, false, 'en')).toBe("From here to Xiong'an (2022 → 2027): saves about 45 min");
    expect(popupAccessLine(Number.NaN, time2027, true, 'en')).toBe("From here to Xiong'an (2027): no station leads there");
  });

  it('says nothing of the map outside its grid', () => {
    expect(popupAccessLine(null, time2027, true, 'zh')).toBeNull();
  });
});

describe('gridFigureAt', () => {
  // 2 × 2 cells over [0, 0, 2, 2]: rows run north to south.
  const grid: MinutesGrid = { bbox: [0, 0, 2, 2], width: 2, height: 2, cellKm: 1, minutes: new Float32Array([10, Number.NaN, 30, 40]) };

  it('tells a cell without a route (NaN) from a place outside the grid (null)', () => {
    expect(gridFigureAt(grid, 0.5, 1.5)).toBe(10);
    expect(gridFigureAt(grid, 1.5, 0.5)).toBe(40);
    expect(gridFigureAt(grid, 1.5, 1.5)).toBeNaN();
    expect(gridFigureAt(grid, 2.5, 1)).toBeNull();
    expect(gridFigureAt(grid, 1, -0.1)).toBeNull();
    expect(gridFigureAt(grid, 2, 1)).toBeNull();
  });
});
