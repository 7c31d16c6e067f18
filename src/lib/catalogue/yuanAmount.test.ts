import { describe, expect, it } from 'vitest';
import { yuanAmount } from './yuanAmount.ts';

describe('yuanAmount', () => {
  it.each([
    [14_000_000_000, '140 亿元', '¥14 bn'],
    [4_635_000_000, '46.35 亿元', '¥4.635 bn'],
    [998_000_000, '9.98 亿元', '¥998 m'],
    [546_000_000, '5.46 亿元', '¥546 m'],
    [533_700_000_000, '5,337 亿元', '¥533.7 bn'],
    [50_000_000, '5,000 万元', '¥50 m'],
    [8_000, '8,000 元', '¥8,000'],
    // Sums as the table's total, the charts and the captions write them: every digit the sources give.
    [57_879_000_000, '578.79 亿元', '¥57.879 bn'],
    [17_235_000_000, '172.35 亿元', '¥17.235 bn'],
  ])('%d yuan: %s / %s', (yuan, zh, en) => {
    expect(yuanAmount(yuan, 'zh')).toBe(zh);
    expect(yuanAmount(yuan, 'en')).toBe(en);
  });
});
