import { glossCitation } from '../catalogue/citationGloss.ts';
import { fieldKeyOf } from '../catalogue/fieldCoverage.ts';
import { yuanAmount } from '../catalogue/yuanAmount.ts';
import { figureBasis } from '../charts/figureBasis.ts';
import { PROVENANCE_PROPS, type FieldSpec, type Lang } from '../catalogue/types.ts';
import { bracketed, tf } from '../i18n/describe.ts';
import { t } from '../i18n/messages.ts';
import { allNumbers, cellValue, numberText, plainText } from './cellText.ts';
import type { CellValue, RowSource, TableColumn } from './tableTypes.ts';

const CONFIDENCE = new Set(['surveyed', 'sourced', 'schematic']);

/**
 * Fields whose total means something: amounts of money, area, length, volume. The schema does not
 * say which those are, so their units and names tell: a speed (km/h), a station's sequence
 * number or a year adds up to nothing and is left out of the totals.
 */
const AMOUNT_UNITS = new Set(['km²', 'm²', 'km', 'm', 'm³', 'm³/年', '元', '万元', '亿元', '公顷', '亩']);
const AMOUNT_KEYS = /(?:_cny|investment|area|length|capacity)/;
const isAmount = (key: string, spec: FieldSpec): boolean => !spec.code && !spec.values && (spec.format === 'yuan' || AMOUNT_UNITS.has(spec.unit?.zh ?? '') || AMOUNT_KEYS.test(key));

/** Chinese names in an English reader's text are glossed, as popups gloss them. */
const glossed = (v: CellValue, lang: Lang): CellValue => (lang === 'en' && typeof v === 'string' ? glossCitation(v) : v);

/** A localized text in the reader's language, else the original-language `<key>` (as popups do). */
function proseReader(source: RowSource, key: string, lang: Lang): (row: number) => unknown {
  const own = source.reader(`${key}_${lang}`);
  const original = source.reader(key);
  return (row) => {
    const v = own(row);
    return v !== undefined && v !== null && v !== '' ? v : original(row);
  };
}

/** The feature's name in the UI language (else Chinese, else its id): the first column of every catalogue table. */
export function nameColumn(source: RowSource, lang: Lang): TableColumn {
  const reads = [source.reader(`name_${lang}`), source.reader('name_zh'), source.reader('name_en'), source.reader('id')];
  const value = (row: number): CellValue => {
    for (const read of reads) {
      const v = cellValue(read(row), '', '');
      if (v !== null) return String(v);
    }
    return null;
  };
  return { key: 'name', label: t('colName', lang), numeric: false, summable: false, value, text: (v) => plainText(v, lang) };
}

/** surveyed / sourced / schematic, worded. */
export function confidenceColumn(source: RowSource, lang: Lang): TableColumn {
  const read = source.reader('confidence');
  const value = (row: number): CellValue => {
    const v = read(row);
    return typeof v === 'string' && CONFIDENCE.has(v) ? t(v as 'surveyed' | 'sourced' | 'schematic', lang) : cellValue(v, '', '');
  };
  return { key: 'confidence', label: t('confidence', lang), numeric: false, summable: false, value, text: (v) => plainText(v, lang) };
}

function fieldColumn(source: RowSource, key: string, spec: FieldSpec, lang: Lang): TableColumn {
  const read = spec.localized ? proseReader(source, key, lang) : source.reader(key);
  const yes = t('fieldYes', lang);
  const no = t('fieldNo', lang);
  const value = (row: number): CellValue => {
    const v = read(row);
    const words = v === null || v === undefined ? undefined : spec.values?.[String(v)];
    return words ? words[lang] : glossed(cellValue(v, yes, no), lang);
  };
  const numeric = allNumbers(source.count, value);
  const unit = spec.unit ? ` ${spec.unit[lang]}` : '';
  const label = `${spec.label[lang]}${bracketed(spec.unit?.[lang], lang)}`;
  // Money figures say in `investment_basis` when they are a range's low end (see figureBasis).
  const basis = spec.format === 'yuan' ? source.reader('investment_basis') : null;
  return {
    ...(basis
      ? { lowerBound: { row: (row: number) => figureBasis({ investment_basis: basis(row) }) === 'lowerBound', text: (total: number) => tf('tableAtLeast', lang, { amount: yuanAmount(total, lang) }) } }
      : {}),
    key,
    label,
    ...(spec.format === 'yuan' ? { exportLabel: `${label}${bracketed(t('tableYuan', lang), lang)}` } : {}),
    numeric,
    summable: numeric && isAmount(key, spec),
    value,
    text: (v) => {
      if (typeof v !== 'number') return plainText(v, lang);
      // Money as readers quote it (46.35 亿元 / ¥4.635 bn), as the popup shows it.
      if (spec.format === 'yuan') return yuanAmount(v, lang);
      return `${spec.code ? String(v) : numberText(v, lang)}${unit}`;
    },
  };
}

/**
 * The columns a catalogue layer's fields give, in the schema's order: labelled and worded as the
 * popup words them (a localized field's `<key>_zh` / `<key>_en` make one column in the UI
 * language), hidden fields left out; then any property the schema misses (a stale catalogue),
 * under its own key, rather than a fact dropped. `keys` are the properties the rows have.
 */
export function fieldColumns(source: RowSource, keys: readonly string[], fields: Readonly<Record<string, FieldSpec>>, lang: Lang): TableColumn[] {
  const present = new Set<string>();
  const uncovered: string[] = [];
  for (const k of keys) {
    if (PROVENANCE_PROPS.includes(k) || /^source(?:_(?:zh|en))?$/.test(k)) continue;
    const field = fieldKeyOf(k, fields);
    if (field === null) uncovered.push(k);
    else present.add(field);
  }
  const columns: TableColumn[] = [];
  for (const [key, spec] of Object.entries(fields)) if (present.has(key) && !spec.hidden) columns.push(fieldColumn(source, key, spec, lang));
  const yes = t('fieldYes', lang);
  const no = t('fieldNo', lang);
  for (const key of uncovered) {
    const read = source.reader(key);
    const value = (row: number) => cellValue(read(row), yes, no);
    const numeric = allNumbers(source.count, value);
    columns.push({ key, label: key, numeric, summable: false, value, text: (v) => plainText(v, lang) });
  }
  return columns;
}

/** A catalogue layer's table: name, its fields, confidence. */
export function catalogueColumns(source: RowSource, keys: readonly string[], fields: Readonly<Record<string, FieldSpec>>, lang: Lang): TableColumn[] {
  return [nameColumn(source, lang), ...fieldColumns(source, keys, fields, lang), confidenceColumn(source, lang)];
}

/** The leading and closing columns a catalogue layer's CSV adds to the table's: its id, and the source it cites. */
export function catalogueCsvExtras(source: RowSource, lang: Lang): { first: TableColumn; last: TableColumn } {
  const id = source.reader('id');
  const cited = proseReader(source, 'source', lang);
  const text = (v: CellValue) => plainText(v, lang);
  return {
    first: { key: 'id', label: t('tableCsvId', lang), numeric: false, summable: false, value: (row) => cellValue(id(row), '', ''), text },
    last: { key: 'source', label: t('tableCsvSource', lang), numeric: false, summable: false, value: (row) => glossed(cellValue(cited(row), '', ''), lang), text },
  };
}
