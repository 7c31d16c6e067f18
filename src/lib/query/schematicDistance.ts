import type { Feature } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { featureId } from './featureId.ts';
import type { QueryMatch } from './types.ts';
import { tf } from '../i18n/describe.ts';
import { formatMetres } from '../i18n/messages.ts';

/**
 * Distances to or from a schematic feature (a point that stands for a park, a project placed
 * beside its park's point) can be kilometres out: 916 m to a point that is ±2.3 km is really
 * "about 1 km". These say how precisely such a distance may be given, and give it so.
 */

/** A schematic feature that states no accuracy is taken to be good to a kilometre. */
const SCHEMATIC_DEFAULT_M = 1000;

type Props = Readonly<Record<string, unknown>> | null | undefined;

/** The accuracy (m) of a feature's position if it is schematic; null for a surveyed or sourced one. */
export function schematicAccuracy(p: Props): number | null {
  if (p?.confidence !== 'schematic') return null;
  const a = p.accuracy_m;
  return typeof a === 'number' && Number.isFinite(a) && a > 0 ? a : SCHEMATIC_DEFAULT_M;
}

/**
 * The accuracy a distance between two features can claim: the coarser of their schematic
 * positions (two projects beside the same park point do not add their errors); null when
 * neither is schematic and the distance may be given as measured.
 */
export function distanceAccuracy(a: Props, b: Props): number | null {
  const both = [schematicAccuracy(a), schematicAccuracy(b)].filter((x): x is number => x !== null);
  return both.length ? Math.max(...both) : null;
}

/** The step a distance is rounded to: the accuracy's order of magnitude (±2.3 km → 1 km, ±800 m → 100 m). */
export const roundingStep = (accuracyM: number): number => 10 ** Math.floor(Math.log10(Math.max(1, accuracyM)));

/** A distance rounded to what an accuracy allows: 916 m at ±2.3 km is 1000 m. */
export const roundToAccuracy = (m: number, accuracyM: number): number => {
  const step = roundingStep(accuracyM);
  return Math.round(m / step) * step;
};

/**
 * A distance to or from a schematic position, as far as it is known: "约 1 公里（示意位置）",
 * "about 3 km (schematic position)"; one that rounds to nothing is "不到 1 公里" / "under 1 km".
 */
export function approxDistanceText(m: number, accuracyM: number, lang: Lang): string {
  const rounded = roundToAccuracy(m, accuracyM);
  return rounded === 0 ? tf('distanceUnderSchematic', lang, { d: formatMetres(roundingStep(accuracyM), lang) }) : tf('distanceAboutSchematic', lang, { d: formatMetres(rounded, lang) });
}

/**
 * For each match (in order), how precisely its distance may be given: from its own position and
 * that of the source it was measured from (`sources`, as the query returned them).
 */
export function matchAccuracies(matches: readonly QueryMatch[], sources: readonly Feature[]): Array<number | null> {
  const byId = new Map(sources.map((s, i) => [featureId(s, i), s.properties]));
  return matches.map((m) => distanceAccuracy(m.feature.properties, m.nearest_source_id === null ? null : byId.get(m.nearest_source_id)));
}

/** A distance for an export: to the decimetre as measured, or to what a schematic position allows. */
export const exportedMetres = (m: number, accuracyM: number | null): number => (accuracyM === null ? Math.round(m * 10) / 10 : roundToAccuracy(m, accuracyM));
