import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../access/types.ts';
import { accessHashEntry, parseAccessLink } from './accessUrl.ts';
import { parseAppHash } from './appHash.ts';

describe('the travel-time map in a link', () => {
  it('names the destination and the scenario year, and only assumptions off their defaults', () => {
    expect(accessHashEntry({ map: { to: 'xiongan', view: 'time' }, assumptions: { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' } } })).toBe('acc=xiongan~2027');
    expect(accessHashEntry({ map: { to: 'xiongan', view: 'saved' }, assumptions: DEFAULT_ASSUMPTIONS })).toBe('acc=xiongan~saved');
    expect(accessHashEntry({ map: { to: 'beijing', view: 'time' }, assumptions: { ...DEFAULT_ASSUMPTIONS, speedKmh: 60, k: 5 } })).toBe('acc=beijing~2022~v60~k5');
    expect(accessHashEntry({ map: null, assumptions: { ...DEFAULT_ASSUMPTIONS, scenario: { custom: ['daxi', 'xiongxin'] } } })).toBe('acc=off~lines.daxi.xiongxin');
    expect(accessHashEntry({ map: null, assumptions: DEFAULT_ASSUMPTIONS })).toBeNull();
  });

  it('reads them back', () => {
    expect(parseAccessLink('xiongan~2027')).toEqual({ map: { to: 'xiongan', view: 'time' }, assumptions: { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' } } });
    expect(parseAccessLink('taiyuan~saved~t10~d1.5')).toEqual({ map: { to: 'taiyuan', view: 'saved' }, assumptions: { ...DEFAULT_ASSUMPTIONS, transferMinutes: 10, detour: 1.5 } });
    expect(parseAccessLink('off~lines.daxi')?.map).toBeNull();
  });

  it('refuses junk: an unknown destination or token, a repeat, a value the form would refuse', () => {
    for (const junk of ['', 'tokyo~2027', 'xiongan~2030', 'xiongan~2022~2027', 'xiongan~v0', 'xiongan~v1e3', 'xiongan~k2.5', 'xiongan~d0.9', 'xiongan~lines.Bad', 'off~saved', 'xiongan~x1']) {
      expect(parseAccessLink(junk), junk).toBeNull();
    }
  });

  it('is a coded link problem in parseAppHash; the rest of the link still applies', () => {
    const { state, problems } = parseAppHash('#lang=en&acc=xiongan~2030', { layers: new Set() });
    expect(problems).toEqual([{ key: 'linkProblem.access', params: { value: 'xiongan~2030' } }]);
    expect(state.lang).toBe('en');
    expect(state.access.map).toBeNull();
  });
});
