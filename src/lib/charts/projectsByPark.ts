import type { ChartData } from './chartData.ts';
import { groupRows, textOf, type Row, type ValueWords } from './groupRows.ts';
import { parkName } from './parkName.ts';

/** Where a project not on the map is known to be, when the data gives no `placement`. */
const COUNTY_OR_CITY = 'county_or_city';
const FALLBACK_WORDS: ValueWords = {
  county_or_city: { zh: '仅知县市', en: 'County or city only' },
  not_stated: { zh: '未说明地点', en: 'No site stated' },
};

/**
 * Projects by park over the given rows. A drawn project counts for its park, by the park's name
 * without the notes its wording carries (the bar filters to every wording of that park). A project
 * not on the map counts for what is known of its place — 仅知县市, no site stated, … (the data's
 * `placement`, labelled by the catalogue) — in a bar marked as such. Parks run from the most
 * projects down; the unplaced come last.
 */
export function projectsByPark(rows: readonly Row[], statusWords: ValueWords, placementWords: ValueWords = {}): ChartData {
  // Each park's wordings, so a bar's clause takes in all of them.
  const wordings = new Map<string, Set<string>>();
  for (const f of rows) {
    const zh = textOf(f.properties?.park_zh);
    if (f.properties?.located === false || zh === null) continue;
    const name = parkName(zh);
    wordings.set(name, (wordings.get(name) ?? new Set()).add(zh));
  }
  const bars = groupRows(
    rows,
    (f) => {
      const zh = textOf(f.properties?.park_zh);
      if (f.properties?.located === false || zh === null) {
        const kind = textOf(f.properties?.placement) ?? COUNTY_OR_CITY;
        const words = placementWords[kind] ?? FALLBACK_WORDS[kind] ?? { zh: kind, en: kind };
        // The catalogue words a popup value ('county or city only'); an axis label starts a line.
        const label = { zh: words.zh, en: words.en.charAt(0).toUpperCase() + words.en.slice(1) };
        const clause = typeof f.properties?.placement === 'string' ? { kind: 'category' as const, field: 'placement', values: [kind] } : null;
        return { key: `unplaced:${kind}`, label, clause, value: 1, unpublished: false, marks: ['countyOnly'] };
      }
      const name = parkName(zh);
      const en = textOf(f.properties?.park_en);
      return {
        key: `park:${name}`,
        label: { zh: name, en: en ? parkName(en) : name },
        clause: { kind: 'category', field: 'park_zh', values: [...(wordings.get(name) ?? [zh])].sort() },
        value: 1,
        unpublished: false,
        marks: [],
      };
    },
    statusWords,
  );
  const unplaced = (key: string) => Number(key.startsWith('unplaced:'));
  bars.sort((a, b) => unplaced(a.key) - unplaced(b.key) || b.value - a.value || a.key.localeCompare(b.key, 'zh-CN'));
  return { id: 'projectsByPark', unit: 'projects', bars, total: bars.reduce((s, b) => s + b.value, 0), rows: rows.length, unpublished: 0 };
}
