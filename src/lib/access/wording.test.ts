import { describe, expect, it } from 'vitest';
import { scanText } from '../i18n/scanText.ts';
import { committedNetwork } from './testNetwork.ts';
import { DEFAULT_ASSUMPTIONS } from './types.ts';
import { journey } from './journey.ts';
import { approxMinutesText, assumptionsText, confidenceWord, minutesText, routeText, transfersText } from './wording.ts';

const network = committedNetwork();

describe('minutesText', () => {
  it.each([
    [220, '3 小时 40 分', '3 h 40 min'],
    [65, '1 小时 5 分', '1 h 05 min'],
    [64.6, '1 小时 5 分', '1 h 05 min'],
    [45, '45 分', '45 min'],
    [120, '2 小时', '2 h'],
    [0.2, '0 分', '0 min'],
    [Number.NaN, '无法到达', 'no route'],
  ])('words %s minutes', (min, zh, en) => {
    expect(minutesText(min, 'zh')).toBe(zh);
    expect(minutesText(min, 'en')).toBe(en);
  });
});

describe('approxMinutesText', () => {
  it.each([
    [271.7, '约 4 小时 30 分', 'about 4 h 30 min'],
    [68.3, '约 1 小时 10 分', 'about 1 h 10 min'],
    [62.4, '约 1 小时', 'about 1 h'],
    [57.5, '约 1 小时', 'about 1 h'],
    [57.4, '约 55 分', 'about 55 min'],
    [3, '约 5 分', 'about 5 min'],
    [1, '不到 5 分', 'under 5 min'],
    [Number.POSITIVE_INFINITY, '无法到达', 'no route'],
  ])('rounds %s minutes to 5', (min, zh, en) => {
    expect(approxMinutesText(min, 'zh')).toBe(zh);
    expect(approxMinutesText(min, 'en')).toBe(en);
  });
});

describe('confidenceWord', () => {
  it('says 估算 / estimate for an estimate', () => {
    expect(confidenceWord('estimate', 'zh')).toBe('估算');
    expect(confidenceWord('estimate', 'en')).toBe('estimate');
    expect(confidenceWord('confirmed', 'zh')).toBe('有据');
    expect(confidenceWord('inferred', 'en')).toBe('inferred');
  });
});

describe('assumptionsText', () => {
  it('states every assumption, the dwell and the scenario, in each language', () => {
    expect(assumptionsText(DEFAULT_ASSUMPTIONS, network, 'zh')).toBe(
      '假设：公路时速 40 公里，绕行系数 1.3，可到最近 3 个车站；每次换乘 15 分钟；按距离推算的区段每站加 3 分钟；现状线网（2022 情景）',
    );
    expect(assumptionsText({ ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' } }, network, 'en')).toBe(
      'Assumes: road 40 km/h, detour 1.3, any of the 3 nearest stations; 15 min per change; 3 min per stop on sections timed from distance; with the Xiongxin HSR open (2027 scenario, planned)',
    );
  });

  it('names the lines of a custom scenario in the reader’s language', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, scenario: { custom: ['daxi', 'xiongxin'] } };
    expect(assumptionsText(a, network, 'zh')).toMatch(/自选线路：大西高铁、雄忻高铁（规划 2027 通车）$/);
    expect(assumptionsText(a, network, 'en')).toMatch(/chosen lines: Datong–Xi'an HSR, Xiongxin HSR \(planned, 2027\)$/);
    expect(scanText(assumptionsText(a, network, 'en'), 'en')).toEqual([]);
    expect(scanText(assumptionsText(a, network, 'zh'), 'zh')).toEqual([]);
  });
});

describe('routeText and transfersText', () => {
  it('word the trip: the road leg, then each line with its stations and minutes', () => {
    const j = journey(network, [112.689, 38.17475], 'xiongan', { ...DEFAULT_ASSUMPTIONS, scenario: { year: '2027' } });
    if (!j) throw new Error('no journey');
    expect(routeText(j, network, 'zh')).toBe('公路 12.2 km 至阳曲西站（24 分）；大西高铁 阳曲西站→忻州西站（18 分）；雄忻高铁（规划 2027 通车） 忻州西站→雄安站（1 小时 8 分）；换乘 1 次（15 分）');
    expect(routeText(j, network, 'en')).toBe("road 12.2 km to Yangqu West (24 min); Datong–Xi'an HSR Yangqu West→Xinzhou West (18 min); Xiongxin HSR (planned, 2027) Xinzhou West→Xiong'an (1 h 08 min); 1 change (15 min)");
    expect(transfersText(j.transfers, 'zh')).toBe('换乘 1 次');
    expect(transfersText(0, 'en')).toBe('no change');
    expect(transfersText(2, 'en')).toBe('2 changes');
    const today = journey(network, [112.689, 38.17475], 'xiongan', DEFAULT_ASSUMPTIONS);
    expect(today && routeText(today, network, 'en')).toMatch(/; 3 changes \(15 min each\)$/);
  });
});
