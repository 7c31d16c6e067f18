import { describe, expect, it } from 'vitest';
import { readAccessField } from './accessForm.ts';

describe('the access assumptions form', () => {
  it('takes numbers within the stated ranges', () => {
    expect(readAccessField('speedKmh', ' 60 ', 'en')).toEqual({ value: 60 });
    expect(readAccessField('detour', '1.25', 'zh')).toEqual({ value: 1.25 });
    expect(readAccessField('transferMinutes', '0', 'en')).toEqual({ value: 0 });
  });

  it('refuses the rest in the UI language', () => {
    expect(readAccessField('speedKmh', '0', 'en')).toEqual({ error: 'Enter a number from 5 to 120' });
    expect(readAccessField('detour', '0.9', 'zh')).toEqual({ error: '请输入 1–3 之间的数字' });
    expect(readAccessField('k', '2.5', 'en')).toEqual({ error: 'Enter a whole number from 1 to 10' });
    expect(readAccessField('transferMinutes', '', 'en')).toHaveProperty('error');
    expect(readAccessField('speedKmh', 'abc', 'en')).toHaveProperty('error');
  });
});
