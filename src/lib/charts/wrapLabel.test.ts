import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrapLabel.ts';

describe('wrapLabel', () => {
  it.each([
    ['New materials', ['New materials']],
    ['Yangqu Industrial Park of the Shanxi Transformation Demonstration Zone', ['Yangqu Industrial Park of', 'the Shanxi Transformation', 'Demonstration Zone']],
    ['山西转型综改示范区阳曲工业园区', ['山西转型综改示范', '区阳曲工业园区']],
    ['太原（阳曲）转型发展产业园区', ['太原（阳曲）转', '型发展产业园区']],
    ['Integrated circuits & semiconductors', ['Integrated circuits', '& semiconductors']],
    ['Supercalifragilisticexpialidocious-and-then-some', ['Supercalifragilisticexpialidocious-and-then-some']],
    ['', ['']],
  ])('%s', (text, lines) => {
    expect(wrapLabel(text)).toEqual(lines);
  });
});
