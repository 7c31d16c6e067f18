// Minimal types for packages that ship none.
declare module 'wellknown' {
  import type { Geometry } from 'geojson';
  const wellknown: { parse(wkt: string): Geometry | null; stringify(g: Geometry): string };
  export default wellknown;
}
declare module 'shpjs' {
  export function getShapefile(input: { shp: Uint8Array; dbf?: Uint8Array; cpg?: string; prj?: string }): Promise<unknown>;
}
