/**
 * The rail network on the page, for words only (line names, the stated dwell, whether an
 * estimate is in a map's chain): every figure is computed in the worker. Fetched once.
 */
import { loadRailNetwork } from '../access/network.ts';
import type { RailNetwork } from '../access/types.ts';

let loading: Promise<RailNetwork> | null = null;

export function railNetworkOnPage(): Promise<RailNetwork> {
  if (!loading) {
    loading = loadRailNetwork(document.baseURI);
    // A failed fetch is tried again next time rather than remembered.
    loading.catch(() => (loading = null));
  }
  return loading;
}
