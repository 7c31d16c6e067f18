import { length, lineSliceAlong } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_FONT } from '../../../styles/labelFont.ts';
import type { Lang } from '../catalogue/types.ts';
import { fittedZoom, type Insets } from './sceneFrame.ts';
import type { Scene } from './schema.ts';
import { setSourceData } from '../map/setSourceData.ts';
import type { StyleOverlay } from '../map/styleWithState.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const COLOR = '#e11d48';

/** Sources and layers a briefing draws with: highlighted features and the self-drawing line. */
export const BRIEFING_OVERLAY: StyleOverlay = {
  sources: {
    'briefing-highlight': { type: 'geojson', data: EMPTY },
    'briefing-reveal': { type: 'geojson', data: EMPTY },
  },
  layers: [
    { id: 'briefing-reveal--line', type: 'line', source: 'briefing-reveal', layout: { 'line-cap': 'round' }, paint: { 'line-color': COLOR, 'line-width': 6, 'line-opacity': 0.9 } },
    { id: 'briefing-highlight--line', type: 'line', source: 'briefing-highlight', filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': COLOR, 'line-width': 3.5 } },
    {
      id: 'briefing-highlight--circle', type: 'circle', source: 'briefing-highlight', filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-radius': 12, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLOR, 'circle-stroke-width': 3 },
    },
    // The scene's highlighted features carry their names, placed clear of each other by MapLibre.
    {
      id: 'briefing-highlight--label', type: 'symbol', source: 'briefing-highlight',
      layout: {
        'text-field': ['get', 'label'], 'text-font': LABEL_FONT, 'text-size': 16, 'text-max-width': 10, 'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 1.4, 'text-justify': 'auto',
      },
      paint: { 'text-color': '#ffffff', 'text-halo-color': COLOR, 'text-halo-width': 2.4 },
    },
  ],
};

/** The scene's highlighted features that can be drawn (not those without geometry), each carrying its name in the UI language as `label`. */
export function highlightedFeatures(scene: Scene, collections: Readonly<Record<string, FeatureCollection>>, lang: Lang): FeatureCollection {
  const wanted = new Set(scene.highlight);
  const features = Object.values(collections).flatMap((fc) =>
    fc.features.filter((f) => f.geometry && wanted.has(String(f.properties?.id))).map((f) => ({ ...f, properties: { ...f.properties, label: String(f.properties?.[`name_${lang}`] ?? f.properties?.name_zh ?? '') } })),
  );
  return { type: 'FeatureCollection', features };
}

function linesOf(fc: FeatureCollection | undefined): Feature<LineString>[] {
  return (fc?.features ?? []).filter((f): f is Feature<LineString> => f.geometry?.type === 'LineString');
}

/**
 * Puts a scene on the map: camera, highlighted features, and the reveal of a line layer drawn
 * over ~2.5 s (at once when the user prefers reduced motion). Returns a function that stops a
 * running reveal, for when the presenter moves on.
 */
export function showScene(map: MapLibreMap, scene: Scene, collections: Readonly<Record<string, FeatureCollection>>, reduceMotion: boolean, lang: Lang, insets: Insets): () => void {
  const { center, bearing, pitch } = scene.camera;
  // The scene's frame fits the map the title band and controls leave uncovered, centred there.
  const box = map.getContainer();
  const zoom = fittedZoom(scene.camera.zoom, { width: box.clientWidth, height: box.clientHeight }, insets);
  if (reduceMotion) map.jumpTo({ center, zoom, bearing, pitch, padding: insets });
  else map.flyTo({ center, zoom, bearing, pitch, padding: insets, duration: 1800, essential: false });

  setSourceData(map, 'briefing-highlight', highlightedFeatures(scene, collections, lang));
  map.setGlobalStateProperty('highlightIds', scene.highlight);

  setSourceData(map, 'briefing-reveal', EMPTY);
  const lines = scene.reveal ? linesOf(collections[scene.reveal]) : [];
  if (lines.length === 0) return () => undefined;
  if (reduceMotion) {
    setSourceData(map, 'briefing-reveal', { type: 'FeatureCollection', features: lines });
    return () => undefined;
  }
  const lengths = lines.map((l) => length(l));
  const started = performance.now();
  const duration = 2500;
  let frame = 0;
  const tick = (): void => {
    const t = Math.min(1, (performance.now() - started) / duration);
    setSourceData(map, 'briefing-reveal', { type: 'FeatureCollection', features: lines.map((l, i) => (t >= 1 ? l : lineSliceAlong(l, 0, Math.max(1e-6, (lengths[i] as number) * t)))) });
    if (t < 1) frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}

/** Names the scene's highlights again, in another language, leaving the camera where it is. */
export function renameHighlights(map: MapLibreMap, scene: Scene, collections: Readonly<Record<string, FeatureCollection>>, lang: Lang): void {
  setSourceData(map, 'briefing-highlight', highlightedFeatures(scene, collections, lang));
}

/** Takes a briefing's marks off the map when the presenter leaves it. */
export function clearScene(map: MapLibreMap): void {
  setSourceData(map, 'briefing-highlight', EMPTY);
  setSourceData(map, 'briefing-reveal', EMPTY);
  map.setGlobalStateProperty('highlightIds', []);
  map.setPadding({ top: 0, right: 0, bottom: 0, left: 0 });
}
