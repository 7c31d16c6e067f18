import { classBreaks, type ClassBreaks, type ClassMethod } from '../filter/classBreaks.ts';
import { matchesFilter } from '../filter/filterExpression.ts';
import type { FilterSpec } from '../filter/filterSpec.ts';
import type { FeatureTiles } from '../tiles/featureTiles.ts';

/**
 * An imported layer's attribute filter inside the layer worker, as a bit per feature worked out
 * once (and for features added later, when next asked). The tiles are cut from the kept features
 * only, so a point thinned away at a low zoom is never one the filter would have shown while a
 * filtered-out one stands in for it; the map's own filter expression then agrees with the tiles.
 */
export class LayerFilterMask {
  private keep = new Uint8Array(0);
  private upTo = 0;

  constructor(
    readonly tiles: FeatureTiles,
    readonly spec: FilterSpec,
  ) {}

  /** Whether feature i passes; features the layer gained since the last call are tested first. */
  readonly keeps = (i: number): boolean => {
    if (i >= this.upTo) this.extend();
    return this.keep[i] === 1;
  };

  private extend(): void {
    const n = this.tiles.count;
    if (n > this.keep.length) {
      const grown = new Uint8Array(Math.max(n, this.keep.length * 2));
      grown.set(this.keep);
      this.keep = grown;
    }
    for (let i = this.upTo; i < n; i++) this.keep[i] = matchesFilter(this.tiles.properties(i), this.spec) ? 1 : 0;
    this.upTo = n;
  }

  /** Features that pass, of those the layer holds now. */
  count(): number {
    this.extend();
    let n = 0;
    for (let i = 0; i < this.upTo; i++) n += this.keep[i] as number;
    return n;
  }
}

/** Features of a layer's tiles that pass `spec`, and how many there are. */
export function countMatching(tiles: FeatureTiles, spec: FilterSpec): { matched: number; total: number } {
  return { matched: spec.length ? new LayerFilterMask(tiles, spec).count() : tiles.count, total: tiles.count };
}

/** Class breaks over one column of a layer, read in the worker: the column never goes to the page. */
export function layerClassBreaks(tiles: FeatureTiles, field: string, classes: number, method: ClassMethod): ClassBreaks {
  const values: unknown[] = new Array(tiles.count);
  for (let i = 0; i < tiles.count; i++) values[i] = tiles.value(i, field);
  return classBreaks(values, classes, method);
}
