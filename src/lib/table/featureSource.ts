import type { Feature } from 'geojson';
import type { RowSource } from './tableTypes.ts';

/** Rows over features the page already holds (a catalogue collection, a query's matches). */
export class FeatureSource implements RowSource {
  constructor(readonly features: readonly Feature[]) {}

  get count(): number {
    return this.features.length;
  }

  reader(key: string): (row: number) => unknown {
    return (row) => {
      const p = this.features[row]?.properties;
      return p && Object.hasOwn(p, key) ? p[key] : undefined;
    };
  }

  located(row: number): boolean {
    return !!this.features[row]?.geometry;
  }

  /** Every property key, in order of first appearance. */
  keys(): string[] {
    const keys = new Set<string>();
    for (const f of this.features) for (const k of Object.keys(f.properties ?? {})) keys.add(k);
    return [...keys];
  }
}
