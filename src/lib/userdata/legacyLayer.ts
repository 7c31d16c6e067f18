import type { Feature } from 'geojson';
import type { ImportReport } from '../import/importLayer.ts';
import { importedSource } from '../import/importedSource.ts';
import { FieldStats } from './fieldStats.ts';
import { storedProperties } from './storedProperties.ts';
import type { UserLayerMeta } from './userLayerMeta.ts';

/** How the previous version kept an imported layer: everything, features included, in one record. */
export interface LegacyLayerRecord {
  id: string;
  name: string;
  color: string;
  visible: boolean;
  features: Feature[];
  report: ImportReport;
}

export function isLegacyRecord(r: unknown): r is LegacyLayerRecord {
  const o = r as Partial<LegacyLayerRecord> | null;
  return typeof o?.id === 'string' && Array.isArray(o.features) && typeof o.report === 'object' && o.report !== null;
}

/** The metadata today's version keeps for a layer saved by the previous one (its features go to a file). */
export function metaFromLegacy(r: LegacyLayerRecord): UserLayerMeta {
  const fileName = r.name;
  const stats = new FieldStats();
  const source = importedSource(fileName);
  for (const f of r.features) stats.add(storedProperties(f.properties ?? {}, source));
  return {
    id: r.id, name: r.name, color: r.color, visible: r.visible, fileName, fileBytes: 0, importedAt: '', count: r.features.length,
    bbox: r.report.bbox, geometryTypes: r.report.geometryTypes, fields: stats.summary(), report: r.report, stored: false,
  };
}
