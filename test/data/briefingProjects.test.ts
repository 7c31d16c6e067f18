/**
 * The briefing's projects scene (issue 16 review): its caption's counts by status, drawn and with
 * a published figure, and its total are the projects data's own — never typed in apart from it —
 * and the total says "at least" when a range's low end is in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { yuanAmount } from '../../src/lib/catalogue/yuanAmount.ts';

const dataDir = join(import.meta.dirname, '../../data');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const features = read<FeatureCollection>('projects.geojson').features;
const scene = read<{ scenes: Array<{ id: string; title: Record<string, string>; caption: Record<string, string> }> }>('briefings/zone-overview.json').scenes.find((s) => s.id === 'projects');
const catalogue = read<{ layers: Array<{ id: string; fields: Record<string, { values?: Record<string, { zh: string }> }> }> }>('catalogue.json');
const statusWords = catalogue.layers.find((l) => l.id === 'projects')?.fields.status?.values ?? {};
/** The caption's English for each status, in as few words as a caption has room for. */
const EN: Record<string, string> = { in_operation: 'operating', under_construction: 'under construction', signed: 'signed', talks: 'in talks', planned: 'planned', unclear: 'unclear' };

describe('the projects scene of the zone overview', () => {
  const zh = scene?.caption.zh ?? '';
  const en = scene?.caption.en ?? '';
  const count = (status: string) => features.filter((f) => f.properties?.status === status).length;
  const figures = features.filter((f) => typeof f.properties?.investment_cny === 'number');
  const total = figures.reduce((s, f) => s + (f.properties?.investment_cny as number), 0);
  const bounded = figures.some((f) => f.properties?.investment_basis === 'lowerBound');

  it('does not call every project landed', () => {
    expect(scene?.title.zh).not.toMatch(/^已落地/);
    expect(zh).not.toContain('已落地');
  });

  it('counts the projects by status as the data does', () => {
    const statuses = Object.keys(statusWords);
    expect(statuses.reduce((s, code) => s + count(code), 0)).toBe(features.length);
    expect(zh).toContain(`${features.length} 个项目`);
    expect(en).toContain(`${features.length} reported projects`);
    for (const code of statuses) {
      expect(zh).toMatch(new RegExp(`${statusWords[code]?.zh.replace(/[()（）]/g, '.')} ?${count(code)} 个`));
      expect(en).toContain(`${count(code)} ${EN[code]}`);
    }
  });

  it('gives the drawn, the published figures and their total (at least, with a lower bound) as the data does', () => {
    expect(zh).toContain(`${features.filter((f) => f.geometry).length} 个示意上图`);
    expect(zh).toContain(`${figures.length} 个公布计划投资额`);
    expect(en).toContain(`${figures.length} published planned figures`);
    expect(bounded).toBe(true);
    expect(zh).toContain(`至少 ${yuanAmount(total, 'zh')}`);
    expect(en).toContain(`at least ${yuanAmount(total, 'en')}`);
  });
});
