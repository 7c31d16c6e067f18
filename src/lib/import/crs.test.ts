import proj4 from 'proj4';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { crsFromPrj, guessCrs, toWgs84 } from './crs.ts';

const m = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });

describe('coordinate systems', () => {
  it('takes a GK zone-38 point (CM 114°) back to WGS84 within 1 m', () => {
    // Forward with an independently written CGCS2000 3° zone 38 definition (EPSG:4526-style).
    const fwd = proj4('EPSG:4326', '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs');
    const gk = fwd.forward([113.2, 38.7]);
    expect(gk[0]).toBeGreaterThan(38_000_000);
    const back = toWgs84({ kind: 'gk', cm: 114, zonePrefix: 38 })(gk);
    expect(m(back, [113.2, 38.7])).toBeLessThan(1);
    expect(guessCrs([gk]).crs).toEqual({ kind: 'gk', cm: 114, zonePrefix: 38 });
  });

  it('converts GCJ-02 太原站 to its WGS84 position (112.5814, 37.8600) within 5 m', () => {
    // GCJ-02 value from SOURCES.md (AMap); WGS84 reference 112.581385, 37.860021.
    const wgs = toWgs84({ kind: 'gcj02' })([112.587626, 37.860498]);
    expect(m(wgs, [112.581385, 37.860021])).toBeLessThan(5);
  });

  it('undoes BD-09 (百度) offsets', () => {
    const wgs = toWgs84({ kind: 'bd09' })([112.594222, 37.866297]);
    expect(m(wgs, [112.5814, 37.86])).toBeLessThan(60);
  });

  it('guesses degrees, zone-prefixed and bare metre coordinates', () => {
    expect(guessCrs([[112.5, 38.1]])).toMatchObject({ crs: { kind: 'wgs84' }, needsConfirmation: false });
    expect(guessCrs([[37_600_000, 4_200_000]]).crs).toEqual({ kind: 'gk', cm: 111, zonePrefix: 37 });
    expect(guessCrs([[600_000, 4_200_000]])).toMatchObject({ crs: { kind: 'gk', cm: 111, zonePrefix: null }, needsConfirmation: true });
  });

  it('reads a Gauss–Krüger .prj', () => {
    const prj = 'PROJCS["CGCS2000_3_Degree_GK_Zone_38",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",38500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
    expect(crsFromPrj(prj)).toEqual({ kind: 'gk', cm: 114, zonePrefix: 38 });
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984"]')).toEqual({ kind: 'wgs84' });
  });
});
