import { createExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeField } from './attributeFields.ts';
import { classBreaks, classOf } from './classBreaks.ts';
import { CATEGORY_COLOURS, classColours, OTHER_COLOUR } from './colourPalette.ts';
import { categoryColourStyle, classColourStyle, formatNumber } from './colourStyle.ts';
import type { ExpressionJson } from './filterExpression.ts';

/** The colour MapLibre's own evaluator draws a feature with, as `#rrggbb`. */
function drawn(expression: ExpressionJson, properties: Record<string, unknown>): string {
  const spec = (latest as unknown as { paint_circle: Record<string, StylePropertySpecification> }).paint_circle['circle-color'] as StylePropertySpecification;
  const compiled = createExpression(expression, 'circle-color', spec);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const c = compiled.value.evaluate({ zoom: 10 }, { type: 1, properties, geometry: [] }) as { r: number; g: number; b: number };
  return `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
}

const INDUSTRIES = ['new_materials', 'high_end_equipment', 'ic_semiconductor', 'green_energy', 'modern_services', 'eco_tourism_wellness', 'modern_agriculture', 'unknown'];
const industry: AttributeField = {
  name: 'industry',
  kind: 'category',
  label: { zh: '产业', en: 'Industry' },
  unit: null,
  values: INDUSTRIES.map((value, i) => ({ value, label: { zh: `产业${i}`, en: `Industry ${i}` }, count: i })),
  valuesCapped: false,
};

describe('colour by category', () => {
  it('gives each of the seven industries its own colour and unknown the neutral one, as MapLibre draws them', () => {
    const style = categoryColourStyle(industry, 'light');
    expect(style.entries.map((e) => e.label.zh)).toEqual(['产业0', '产业1', '产业2', '产业3', '产业4', '产业5', '产业6', '产业7']);
    expect(new Set(style.entries.slice(0, 7).map((e) => e.color)).size).toBe(7);
    expect(style.entries[7]?.color).toBe(OTHER_COLOUR.light);
    INDUSTRIES.slice(0, 7).forEach((v, i) => expect(drawn(style.expression, { industry: v })).toBe(CATEGORY_COLOURS.light[i]));
    expect(drawn(style.expression, { industry: 'unknown' })).toBe(OTHER_COLOUR.light);
    expect(drawn(style.expression, {})).toBe(OTHER_COLOUR.light);
    expect(drawn(style.expression, { industry: 3 })).toBe(OTHER_COLOUR.light);
  });

  it('keeps hues across palettes and sends values past the palette to "other"', () => {
    const many: AttributeField = { ...industry, values: Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: null, count: 1 })) };
    const dark = categoryColourStyle(many, 'contrast');
    expect(dark.entries).toHaveLength(CATEGORY_COLOURS.contrast.length + 1);
    expect(dark.entries.at(-1)).toEqual({ label: { zh: '其他', en: 'Other' }, color: OTHER_COLOUR.contrast });
    // A value written as a number is compared as its text, as a category filter compares it.
    expect(drawn(dark.expression, { industry: 2 })).toBe(CATEGORY_COLOURS.contrast[2]);
    expect(drawn(dark.expression, { industry: '10' })).toBe(OTHER_COLOUR.contrast);
  });
});

describe('colour by classes', () => {
  const investment: AttributeField = { name: 'inv', kind: 'number', label: { zh: '投资额', en: 'Investment' }, unit: { zh: '元', en: 'CNY' }, values: [], valuesCapped: false };

  it('draws each value in the colour of the class classOf puts it in (property, against MapLibre)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom(1e9, 2.5e9, 0.5)), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 3, max: 7 }),
        fc.constantFrom('quantile' as const, 'jenks' as const),
        fc.constantFrom('light' as const, 'contrast' as const),
        (values, k, method, theme) => {
          const breaks = classBreaks(values, k, method);
          const style = classColourStyle(investment, method, breaks, theme);
          const colours = classColours(theme, breaks.ranges.length);
          for (const v of values) expect(drawn(style.expression, { inv: v })).toBe(colours[classOf(v, breaks) as number]);
          expect(drawn(style.expression, { inv: '12' })).toBe(OTHER_COLOUR[theme]);
          expect(drawn(style.expression, {})).toBe(OTHER_COLOUR[theme]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('labels classes with their data range and unit, and adds "no value" when features lack one', () => {
    const breaks = classBreaks([1e8, 2e8, 1e9, 3.6e9, null, 'n/a'], 3, 'jenks');
    const style = classColourStyle(investment, 'jenks', breaks, 'light');
    expect(style.entries.map((e) => e.label.zh)).toEqual(['1亿–2亿元', '10亿元', '36亿元', '无数值']);
    expect(style.entries.map((e) => e.label.en)).toEqual(['100M–200M CNY', '1B CNY', '3.6B CNY', 'No value']);
    // An amount field is written as readers quote yuan.
    const yuan = classColourStyle({ ...investment, unit: null, format: 'yuan' }, 'jenks', breaks, 'light');
    expect(yuan.entries.map((e) => e.label.zh)).toEqual(['1 亿元–2 亿元', '10 亿元', '36 亿元', '无数值']);
    expect(yuan.entries.map((e) => e.label.en)).toEqual(['¥100 m–¥200 m', '¥1 bn', '¥3.6 bn', 'No value']);
  });

  it('runs light classes from pale to dark, contrast classes from dark to bright', () => {
    const luminance = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((a, b) => a + b, 0);
    const light = classColours('light', 5).map(luminance);
    const dark = classColours('contrast', 5).map(luminance);
    expect(light).toEqual([...light].sort((a, b) => b - a));
    expect(dark).toEqual([...dark].sort((a, b) => a - b));
  });

  it('formats numbers as planners read them', () => {
    expect(formatNumber(1234.5678, 'en')).toBe('1,234.57');
    expect(formatNumber(25000, 'zh')).toBe('2.5万');
    expect(formatNumber(-3, 'zh')).toBe('-3');
  });
});
