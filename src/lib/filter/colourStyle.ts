import type { Lang, Localized } from '../catalogue/types.ts';
import { yuanAmount } from '../catalogue/yuanAmount.ts';
import { fieldLabel, valueLabel, type AttributeField } from './attributeFields.ts';
import type { ClassBreaks } from './classBreaks.ts';
import type { ColourBy } from './colourBy.ts';
import { CATEGORY_COLOURS, classColours, OTHER_COLOUR, type ColourTheme } from './colourPalette.ts';
import type { ExpressionJson } from './filterExpression.ts';

/** One legend row of a coloured layer. */
export interface ColourEntry {
  label: Localized;
  color: string;
}

/**
 * A layer coloured by an attribute: the colour expression its style layers draw with, and the
 * legend rows that explain it (labels in both languages, so a language switch needs no rework).
 */
export interface ColourStyle {
  field: string;
  fieldLabel: Localized;
  mode: ColourBy['mode'];
  expression: ExpressionJson;
  entries: ColourEntry[];
}

/** A category with this code is drawn in the neutral colour, like values beyond the palette. */
const UNKNOWN = 'unknown';
const OTHER: Localized = { zh: '其他', en: 'Other' };
const NO_VALUE: Localized = { zh: '无数值', en: 'No value' };

/**
 * Each listed value its own colour, in the field's order; past the palette's eight, and for
 * `unknown`, the neutral colour. The property is compared as text, as a category filter does.
 */
export function categoryColourStyle(field: AttributeField, theme: ColourTheme): ColourStyle {
  const palette = CATEGORY_COLOURS[theme];
  const other = OTHER_COLOUR[theme];
  const pairs: ExpressionJson[] = [];
  const entries: ColourEntry[] = [];
  let next = 0;
  let unknown: ColourEntry | null = null;
  for (const v of field.values) {
    if (v.value === UNKNOWN) {
      unknown = { label: valueLabel(v), color: other };
      continue;
    }
    const color = palette[next];
    if (color === undefined) break;
    next++;
    pairs.push(v.value, color);
    entries.push({ label: valueLabel(v), color });
  }
  if (unknown) entries.push(unknown);
  const coloured = entries.length - (unknown ? 1 : 0);
  if (field.valuesCapped || field.values.length > coloured + (unknown ? 1 : 0)) entries.push({ label: OTHER, color: other });
  const expression: ExpressionJson = pairs.length ? ['match', ['to-string', ['get', field.name]], ...pairs, other] : other;
  return { field: field.name, fieldLabel: fieldLabel(field), mode: 'category', expression, entries };
}

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** A class bound as planners read it: 10亿 / 1B for large values, two decimals at most otherwise. */
export function formatNumber(n: number, lang: Lang): string {
  const large = Math.abs(n) >= 1e4;
  return new Intl.NumberFormat(LOCALE[lang], large ? { notation: 'compact', maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 }).format(n);
}

/** A value of a field with its unit: "36亿元", "12 km²"; a unit of Chinese characters follows without a space. */
export function formatValue(n: number, field: Pick<AttributeField, 'unit' | 'format'>, lang: Lang): string {
  if (field.format === 'yuan') return yuanAmount(n, lang);
  const u = field.unit?.[lang];
  const text = formatNumber(n, lang);
  return !u ? text : /^[\u4e00-\u9fff]/.test(u) ? `${text}${u}` : `${text} ${u}`;
}

/** "10亿–36亿元" / "1B–3.6B CNY" (yuan: "5.46 亿元–9.98 亿元"): a class's data range. */
function rangeLabel([min, max]: [number, number], field: Pick<AttributeField, 'unit' | 'format'>): Localized {
  const one = (lang: Lang): string => {
    if (min === max) return formatValue(min, field, lang);
    if (field.format === 'yuan') return `${yuanAmount(min, lang)}–${yuanAmount(max, lang)}`;
    return formatValue(max, field, lang).replace(formatNumber(max, lang), `${formatNumber(min, lang)}–${formatNumber(max, lang)}`);
  };
  return { zh: one('zh'), en: one('en') };
}

/**
 * Graduated colours by class breaks (thresholds on data values, see classBreaks): a `step` on
 * the number, and the neutral colour for a feature whose value is not a number.
 */
export function classColourStyle(field: AttributeField, mode: 'quantile' | 'jenks', breaks: ClassBreaks, theme: ColourTheme): ColourStyle {
  const colours = classColours(theme, breaks.ranges.length);
  const other = OTHER_COLOUR[theme];
  const value: ExpressionJson = ['get', field.name];
  const steps: ExpressionJson[] = [colours[0] ?? other];
  breaks.thresholds.forEach((t, i) => steps.push(t, colours[i + 1] ?? other));
  // A `step` needs a threshold: data of one value is one class, drawn in its one colour.
  const ramp: ExpressionJson = breaks.thresholds.length ? ['step', value, ...steps] : (steps[0] as string);
  const expression: ExpressionJson = breaks.ranges.length ? ['case', ['==', ['typeof', value], 'number'], ramp, other] : other;
  const entries: ColourEntry[] = breaks.ranges.map((r, i) => ({ label: rangeLabel(r, field), color: colours[i] ?? other }));
  if (breaks.skipped > 0) entries.push({ label: NO_VALUE, color: other });
  return { field: field.name, fieldLabel: fieldLabel(field), mode, expression, entries };
}
