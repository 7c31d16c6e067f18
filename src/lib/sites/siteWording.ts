import type { Lang } from '../catalogue/types.ts';
import { tf } from '../i18n/describe.ts';
import { t, type MessageKey } from '../i18n/messages.ts';
import type { Criterion } from './criteria.ts';

/** A criterion's unit as written after a number in `lang` ("公里" / "km"); '' for a count. */
export function unitLabel(unit: string, lang: Lang): string {
  if (unit === 'km') return t('unit.km', lang);
  if (unit === 'km²') return t('unit.km²', lang);
  return unit;
}

/** A column heading about one criterion, e.g. "距高铁站（公里）" / "To HSR station (km)". */
export function criterionHeader(key: Extract<MessageKey, `siteCsv.${string}`>, c: Criterion, lang: Lang, unit = ''): string {
  return tf(key, lang, { criterion: c.label[lang], unit });
}
