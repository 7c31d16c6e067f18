import type { Feature, LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export type DrawMode = 'polygon' | 'linestring';
export type Drawn = Feature<Polygon | LineString>;

/**
 * Drawing on the map with terra-draw (a maintained library, not hand-rolled pointer code).
 * One shape at a time: starting a new one clears the last. The caller validates a finished
 * shape (MapView refuses self-intersecting outlines with a message saying why).
 */
export class MapDrawing {
  private draw: TerraDraw;

  constructor(map: MapLibreMap, onFinish: (f: Drawn) => void, onChange?: (f: Drawn) => void) {
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPolygonMode({
          styles: { fillColor: '#f59e0b', fillOpacity: 0.15, outlineColor: '#b45309', outlineWidth: 2 },
        }),
        new TerraDrawLineStringMode({ styles: { lineStringColor: '#b45309', lineStringWidth: 3 } }),
      ],
    });
    this.draw.start();
    const current = (id: string | number): Drawn | null => {
      const f = this.draw.getSnapshotFeature(id);
      if (!f || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'LineString')) return null;
      return { type: 'Feature', geometry: f.geometry as Polygon | LineString, properties: { id: 'drawn' } };
    };
    this.draw.on('finish', (id) => {
      const f = current(id);
      if (f) onFinish(f);
    });
    this.draw.on('change', (ids) => {
      const f = ids[0] === undefined ? null : current(ids[0]);
      if (f && onChange) onChange(f);
    });
  }

  start(mode: DrawMode): void {
    this.draw.clear();
    this.draw.setMode(mode);
  }

  /** Stop drawing; the last shape stays on the map until cleared. */
  stop(): void {
    this.draw.setMode('static');
  }

  clear(): void {
    this.draw.clear();
    this.draw.setMode('static');
  }

  destroy(): void {
    this.draw.stop();
  }
}
