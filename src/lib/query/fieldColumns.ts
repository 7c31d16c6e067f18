import { fieldKeyOf } from '../catalogue/fieldCoverage.ts';
import { glossCitation } from '../catalogue/citationGloss.ts';
import type { FieldSpec, Lang } from '../catalogue/types.ts';
import { bracketed } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';

type Props = Record<string, unknown>;

/** One column of a reader's CSV: its heading and how a feature's properties fill its cell. */
export interface CsvColumn {
  head: string;
  cell(p: Props): unknown;
}

/** A localized text in the reader's language, else its original-language `<key>` (as popups do). */
function prose(p: Props, key: string, lang: Lang): unknown {
  const own = p[`${key}_${lang}`];
  return own !== undefined && own !== null && own !== '' ? own : p[key];
}

/** Chinese names in an English reader's text are glossed, as the popup glosses them. */
const gloss = (v: unknown, lang: Lang): unknown => (lang === 'en' && typeof v === 'string' ? glossCitation(v) : v);

/**
 * A value through its field, for a spreadsheet: coded words from the value map, yes/no for a
 * flag; numbers stay bare numbers (the unit is in the heading) so the column still sums.
 */
function cellOf(v: unknown, spec: FieldSpec, lang: Lang): unknown {
  if (v === null || v === undefined || v === '') return null;
  const words = spec.values?.[String(v)];
  if (words) return words[lang];
  if (typeof v === 'boolean') return t(v ? 'fieldYes' : 'fieldNo', lang);
  return gloss(v, lang);
}

/** Provenance shown once in its own column: `source` / `source_zh` / `source_en` are one citation. */
const SOURCE = /^source(?:_(?:zh|en))?$/;

/**
 * The columns after the fixed ones, read through a catalogue layer's field schema: one per field
 * (a localized field's `<key>_zh` / `<key>_en` copies make one column in the reader's language),
 * headed by its label and unit as the popup words them; hidden fields left out; the source and
 * the accuracy last, once each. A property the schema misses (a stale catalogue) keeps its key,
 * rather than dropping a fact. `fixed` are the leading columns, already written.
 */
export function fieldColumns(rows: readonly Props[], fields: Readonly<Record<string, FieldSpec>>, lang: Lang, fixed: readonly string[]): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const seen = new Set<string>(fixed);
  let source = false;
  let accuracy = false;
  for (const k of new Set(rows.flatMap((r) => Object.keys(r)))) {
    if (seen.has(k)) continue;
    if (SOURCE.test(k)) source = true;
    else if (k === 'accuracy_m') accuracy = true;
    else {
      const key = fieldKeyOf(k, fields);
      if (key === null) {
        seen.add(k);
        columns.push({ head: k, cell: (p) => p[k] });
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      const spec = fields[key] as FieldSpec;
      if (spec.hidden) continue;
      columns.push({
        head: `${spec.label[lang]}${bracketed(spec.unit?.[lang], lang)}`,
        cell: (p) => cellOf(spec.localized ? prose(p, key, lang) : p[key], spec, lang),
      });
    }
  }
  if (source) columns.push({ head: t('queryCsv.source', lang), cell: (p) => gloss(prose(p, 'source', lang), lang) });
  if (accuracy) columns.push({ head: t('queryCsv.accuracy_m', lang), cell: (p) => p.accuracy_m });
  return columns;
}
