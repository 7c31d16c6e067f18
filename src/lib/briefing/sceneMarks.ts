import type { FeatureCollection } from 'geojson';
import type { Lang } from '../catalogue/types.ts';
import { matchedFeatures } from '../map/queryOverlay.ts';
import { queryRings } from '../map/queryRings.ts';
import type { QueryResult, QuerySpec } from '../query/runQuery.ts';
import { parseQuerySpec } from '../query/querySpecUrl.ts';
import { highlightedFeatures } from './sceneOnMap.ts';
import type { Scene } from './schema.ts';

/** What a scene marks on the map beyond its layers: highlights, and its query's matches and rings. */
export interface SceneMarks {
  highlight: FeatureCollection;
  matches: FeatureCollection;
  rings: FeatureCollection;
  /** Features named by the marks, so their own layers do not name them again. */
  highlightIds: string[];
  matchIds: string[];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The marks of a scene as the live map draws them, for an off-screen render (an export shows
 * what the audience saw). `answer` runs the scene's query (in the worker, on the page).
 */
export async function sceneMarks(
  scene: Scene,
  collections: Readonly<Record<string, FeatureCollection>>,
  layerIds: ReadonlySet<string>,
  lang: Lang,
  answer: (spec: QuerySpec) => Promise<Pick<QueryResult, 'matches' | 'sources'>>,
): Promise<SceneMarks> {
  const marks: SceneMarks = { highlight: highlightedFeatures(scene, collections, lang), matches: EMPTY, rings: EMPTY, highlightIds: scene.highlight, matchIds: [] };
  const spec = scene.query ? parseQuerySpec(scene.query, layerIds).spec : null;
  if (!spec) return marks;
  const result = await answer(spec);
  const meters = spec.op === 'within' || spec.op === 'along' ? (spec.meters ?? 0) : 0;
  return {
    ...marks,
    matches: matchedFeatures(result.matches, lang),
    rings: queryRings(result.sources, result.matches, meters),
    matchIds: result.matches.map((m) => String(m.feature.properties?.id ?? '')),
  };
}
