import type { Feature } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { t } from '../i18n/messages.ts';
import { featureId } from './featureId.ts';
import { matchAccuracies } from './schematicDistance.ts';
import type { QueryMatch } from './types.ts';

export interface ResultRow {
  key: string;
  index: number;
  name: string;
  distance_m: number;
  /** How precisely distance_m may be given (m), when the match or its source is schematic; else null. */
  accuracy_m: number | null;
  source: string;
  confidence: string;
}

export type SortKey = 'name' | 'distance_m' | 'source' | 'confidence';

/**
 * What the table calls each source, keyed by the id matches name it by. A drawn shape has no
 * name of its own, and its id ("drawn") means nothing to a reader; a nameless feature shows
 * blank rather than an id.
 */
export function sourceNames(sources: readonly Feature[], lang: Lang, drawn: boolean): Map<string, string> {
  return new Map(
    sources.map((s, i) => {
      const p = s.properties ?? {};
      return [featureId(s, i), drawn ? t('sourceDrawn', lang) : String(p[`name_${lang}`] ?? p.name_zh ?? p.name_en ?? '')];
    }),
  );
}

/**
 * Table rows for a result: names in the UI language, the nearest source by name (see
 * sourceNames), and how precisely each distance may be given (the query's `sources`).
 */
export function resultRows(matches: QueryMatch[], sourceNames: ReadonlyMap<string, string>, lang: Lang, sources: readonly Feature[] = []): ResultRow[] {
  const accuracies = matchAccuracies(matches, sources);
  return matches.map((m, i) => {
    const p = m.feature.properties ?? {};
    const id = String(p.id ?? m.index);
    const name = String(p[`name_${lang}`] ?? p.name_zh ?? id);
    const src = m.nearest_source_id === null ? '' : (sourceNames.get(m.nearest_source_id) ?? '');
    return { key: `${id}|${m.nearest_source_id ?? ''}|${i}`, index: m.index, name, distance_m: m.distance_m, accuracy_m: accuracies[i] ?? null, source: src, confidence: String(p.confidence ?? '') };
  });
}

export function sortRows(rows: ResultRow[], key: SortKey, ascending: boolean): ResultRow[] {
  const dir = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
    return c * dir || a.index - b.index;
  });
}
