/**
 * The place the travel-time map's readout reads: set by the map's glue (AccessPointerOnMap,
 * which has the map) and read by the legend (AccessPointReadout, which sits outside the map's
 * context). The place is kept, not its figure, so a new grid or language rewords it unmoved.
 */
import type { ReadoutPlace } from '../map/accessReadout.ts';

export interface ReadPlace {
  lon: number;
  lat: number;
  place: ReadoutPlace;
}

export class AccessPointer {
  /** Null: the pointer is off the map, or no travel-time map is drawn. */
  at = $state.raw<ReadPlace | null>(null);
}

export const accessPointer = new AccessPointer();
