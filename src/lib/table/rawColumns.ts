import type { Lang } from '../catalogue/types.ts';
import { t } from '../i18n/messages.ts';
import { allNumbers, cellValue, plainText } from './cellText.ts';
import type { RowSource, TableColumn } from './tableTypes.ts';

/** Columns that number the rows rather than measure anything: never totalled. */
const IDENTIFIER = /^(id|fid|gid|objectid|oid|编号|序号)$/i;

/**
 * Columns of a user's own file: headed by its own column names, values as the file has them
 * (numbers grouped for reading, flags worded in the UI language).
 */
export function rawColumns(source: RowSource, keys: readonly string[], lang: Lang): TableColumn[] {
  const yes = t('fieldYes', lang);
  const no = t('fieldNo', lang);
  return keys.map((key) => {
    const read = source.reader(key);
    const value = (row: number) => cellValue(read(row), yes, no);
    const numeric = allNumbers(source.count, value);
    return { key, label: key, numeric, summable: numeric && !IDENTIFIER.test(key), value, text: (v) => plainText(v, lang) };
  });
}
