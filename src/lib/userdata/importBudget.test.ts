import { describe, expect, it } from 'vitest';
import { budgetMessage } from './budgetMessage.ts';
import { checkImportBudget, MAX_FEATURES } from './importBudget.ts';

const csvHead = (rows: number) => new TextEncoder().encode(['id,name,lon,lat,value', ...Array.from({ length: rows }, (_, i) => `p${i},地块点 ${i},112.123456,38.123456,12.34`)].join('\n') + '\n');
const roomy = { heapLimit: 4 * 1024 ** 3 };

describe('checkImportBudget', () => {
  it('lets a 1,000,000-row CSV (42 MB) through with its row estimate', () => {
    const head = csvHead(1000);
    const rowBytes = (head.length - 22) / 1000;
    const v = checkImportBudget('pts.csv', Math.round(22 + rowBytes * 1_000_000), head, roomy);
    expect(v).toMatchObject({ format: 'csv', refusal: null });
    expect(Math.abs((v.estimatedFeatures ?? 0) - 1_000_000)).toBeLessThan(20_000);
  });

  it('refuses a 300 MB CSV of ~7M rows before parsing, and says why and what to do in both languages', () => {
    const v = checkImportBudget('huge.csv', 300 * 1024 * 1024, csvHead(1000), roomy);
    expect(v.refusal).toMatchObject({ kind: 'rows', max: MAX_FEATURES });
    expect(MAX_FEATURES).toBe(2_000_000);
    const r = v.refusal as NonNullable<typeof v.refusal>;
    expect(budgetMessage('huge.csv', r, 'zh')).toMatch(/^huge\.csv：约 [\d,]+ 行（300 MB），超过浏览器可容纳的 2,000,000 行。请把文件拆成/);
    expect(budgetMessage('huge.csv', r, 'en')).toMatch(/^huge\.csv: about [\d,]+ rows \(300 MB\), more than the 2,000,000 .* Split it/);
  });

  it('refuses a file whose working memory would not fit the heap', () => {
    const v = checkImportBudget('big.kmz', 100 * 1024 * 1024, new Uint8Array([0x50, 0x4b, 3, 4]), roomy);
    expect(v.refusal).toMatchObject({ kind: 'memory' });
    expect(budgetMessage('big.kmz', v.refusal as NonNullable<typeof v.refusal>, 'zh')).toMatch(/内存/);
  });

  it('an unknown heap limit only checks the row estimate', () => {
    expect(checkImportBudget('a.geojson', 10_000, new TextEncoder().encode('{"type":"FeatureCollection","features":[{"type":"Feature"'), { heapLimit: null })).toMatchObject({ format: 'geojson', refusal: null });
  });
});
