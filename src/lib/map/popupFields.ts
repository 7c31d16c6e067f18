import type { GeoJsonProperties } from 'geojson';
import type { Confidence, Lang, PublishedLayer } from '../catalogue/types.ts';
import { formatMetres, t } from '../i18n/messages.ts';

export interface PopupRow {
  label: string;
  value: string;
}

export interface PopupContent {
  title: string;
  subtitle: string;
  layerTitle: string;
  confidence: Confidence | null;
  confidenceLabel: string;
  rows: PopupRow[];
  source: string;
}

/** Properties shown elsewhere in the popup, or bookkeeping nobody needs to read. */
const HIDDEN = new Set(['id', 'name_zh', 'name_en', 'source', 'confidence', 'accuracy_m', 'kind', 'hsr']);

const KEY_LABELS: Record<string, { zh: string; en: string }> = {
  line: { zh: '线路', en: 'Line' },
  status: { zh: '状态', en: 'Status' },
  seq: { zh: '站序', en: 'Order' },
  adcode: { zh: '行政区划代码', en: 'Admin code' },
  in_zone: { zh: '属于经济区（推定）', en: 'In the zone (inferred)' },
  area_km2_official: { zh: '官方面积（km²）', en: 'Official area (km²)' },
  length_km_official: { zh: '官方长度（km）', en: 'Official length (km)' },
  design_speed_kmh: { zh: '设计时速（km/h）', en: 'Design speed (km/h)' },
  bounded_by: { zh: '四至', en: 'Bounded by' },
  capacity_near_m3_per_year: { zh: '近期供水（m³/年）', en: 'Near-term supply (m³/yr)' },
  capacity_far_m3_per_year: { zh: '远期供水（m³/年）', en: 'Long-term supply (m³/yr)' },
  official_area_km2: { zh: '官方面积（km²）', en: 'Official area (km²)' },
  drawn_area_km2: { zh: '图上面积（km²）', en: 'Drawn area (km²)' },
  units: { zh: '组成单元', en: 'Units' },
};

function display(v: unknown, lang: Lang): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'boolean') return lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no';
  if (typeof v === 'number') return v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/**
 * What a popup says about a feature, as plain strings (the component renders them as text,
 * never as markup, so a hostile property value stays inert).
 */
export function popupContent(props: GeoJsonProperties, layer: PublishedLayer, lang: Lang): PopupContent {
  const p = props ?? {};
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  // A user's own file: the app cannot vouch for it, and its id column is the user's data.
  const imported = layer.group === 'imported';
  const confidence = imported ? null : ((['surveyed', 'sourced', 'schematic'] as const).find((c) => c === p.confidence) ?? null);
  const rows: PopupRow[] = [];
  for (const [k, v] of Object.entries(p)) {
    if (HIDDEN.has(k) && !(imported && k === 'id')) continue;
    const value = display(v, lang);
    if (value === null) continue;
    rows.push({ label: KEY_LABELS[k]?.[lang] ?? k, value });
  }
  if (typeof p.accuracy_m === 'number') rows.push({ label: t('accuracy', lang), value: `± ${formatMetres(p.accuracy_m, lang)}` });
  const title = display(p[`name_${lang}`], lang) ?? display(p.name_zh, lang) ?? String(p.id ?? '');
  const subtitle = display(p[`name_${other}`], lang) ?? '';
  return {
    title,
    subtitle: subtitle === title ? '' : subtitle,
    layerTitle: layer.title[lang],
    confidence,
    confidenceLabel: imported ? t('userData', lang) : confidence ? t(confidence, lang) : '—',
    rows,
    source: imported ? `${t('importedFrom', lang)}${layer.file}` : (display(p.source, lang) ?? layer.source),
  };
}
