import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { HILL } from './tileServer.ts';

interface Hook {
  taixinAtlas: { map: { project(p: [number, number]): { x: number; y: number } } };
}

/**
 * Mean brightness of small patches of the map on the hill's two flanks, one sigma out: north-west
 * (towards MapLibre's default light, from 335°) and south-east (away from it).
 */
export async function flanks(page: Page): Promise<{ nw: number; se: number }> {
  const at = await page.evaluate((h) => {
    const map = (window as unknown as Hook).taixinAtlas.map;
    const d = h.sigmaDeg * 0.8;
    return { nw: map.project([h.lon - d, h.lat + d]), se: map.project([h.lon + d, h.lat - d]) };
  }, HILL);
  const png = decode(await page.locator('[data-testid="map"]').screenshot());
  const patch = (p: { x: number; y: number }) => {
    let sum = 0;
    let n = 0;
    for (let y = Math.round(p.y) - 4; y <= Math.round(p.y) + 4; y++) {
      for (let x = Math.round(p.x) - 4; x <= Math.round(p.x) + 4; x++) {
        const i = (y * png.width + x) * png.channels;
        sum += ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0)) / 3;
        n++;
      }
    }
    return sum / n;
  };
  return { nw: patch(at.nw), se: patch(at.se) };
}

