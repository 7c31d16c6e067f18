import { describe, expect, it } from 'vitest';
import { parkName } from './parkName.ts';

describe('parkName', () => {
  it.each([
    ['大盂产业新城（阳曲县）', '大盂产业新城'],
    ['大盂产业新城（阳曲县；据 zone-facts.md）', '大盂产业新城'],
    ['大盂产业新城（阳曲县）——大盂首个工业项目', '大盂产业新城'],
    ['太原（阳曲）转型发展产业园区，阳曲县黄寨镇', '太原（阳曲）转型发展产业园区'],
    ['忻州经济开发区', '忻州经济开发区'],
    ['Dayu Industrial New City (Yangqu County; per zone-facts.md)', 'Dayu Industrial New City'],
    ['Dayu Industrial New City (Yangqu County) — the first industrial project in Dayu', 'Dayu Industrial New City'],
    ['Taiyuan (Yangqu) transformation industrial park, Huangzhai town, Yangqu County', 'Taiyuan (Yangqu) transformation industrial park'],
    ['Yuanping ETDZ (Yuanping)', 'Yuanping ETDZ'],
    ['（仅括号）', '（仅括号）'],
  ])('%s → %s', (text, name) => {
    expect(parkName(text)).toBe(name);
  });
});
