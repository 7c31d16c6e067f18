/**
 * Web Mercator in the unit square that tile 0/0/0 covers, y growing downward: the same formulas
 * as @maplibre/geojson-vt, so points placed here and shapes cut by its `geoJSONToTile` line up
 * to the unit.
 */
export function mercatorX(lon: number): number {
  return lon / 360 + 0.5;
}

/** Latitudes beyond ~85.05° land on the square's top or bottom edge rather than off it. */
export function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}
