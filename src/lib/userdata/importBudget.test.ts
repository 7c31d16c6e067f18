import { describe, expect, it } from 'vitest';
import { ImportError } from '../import/importError.ts';
import { checkImportBudget, MAX_FEATURES } from './importBudget.ts';

const csvHead = (rows: number) => new TextEncoder().encode(['id,name,lon,lat,value', ...Array.from({ length: rows }, (_, i) => `p${i},地块点 ${i},112.123456,38.123456,12.34`)].join('\n') + '\n');
const roomy = { heapLimit: 4 * 1024 ** 3 };

describe('checkImportBudget', () => {
  it('lets a 1,000,000-row CSV (42 MB) through with its row estimate', () => {
    const head = csvHead(1000);
    const rowBytes = (head.length - 22) / 1000;
    const v = checkImportBudget('pts.csv', Math.round(22 + rowBytes * 1_000_000), head, roomy);
    expect(v.format).toBe('csv');
    expect(Math.abs((v.estimatedFeatures ?? 0) - 1_000_000)).toBeLessThan(20_000);
  });

  it('stops a 300 MB CSV of ~7M rows before parsing, saying why and what to do', () => {
    const head = csvHead(1000);
    const err = (() => {
      try {
        checkImportBudget('huge.csv', 300 * 1024 * 1024, head, roomy);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/huge\.csv: about [\d,]+ rows \(300 MB\) — more than the 2,000,000/);
    expect((err as Error).message).toMatch(/Split the file/);
    expect(MAX_FEATURES).toBe(2_000_000);
  });

  it('stops a file whose working memory would not fit the heap', () => {
    expect(() => checkImportBudget('big.kmz', 100 * 1024 * 1024, new Uint8Array([0x50, 0x4b, 3, 4]), roomy)).toThrow(/would need about/);
  });

  it('an unknown heap limit only checks the row estimate', () => {
    expect(checkImportBudget('a.geojson', 10_000, new TextEncoder().encode('{"type":"FeatureCollection","features":[{"type":"Feature"'), { heapLimit: null }).format).toBe('geojson');
  });
});
