import { describe, expect, it } from 'vitest';
import { reprojectToWgs84 } from '../../src/core/crs/reproject.ts';
import { crsFromMember } from '../../src/core/crs/vn2000.ts';

// Reference conversions WGS 84 → VN-2000 / TM-3 zone 482 (EPSG:5897), computed with PROJ 9.1.1
// (cs2cs) and recorded in shared/facts/geo-facts.md §7. We convert their E/N back and must land
// on the WGS 84 point: to 0.1 m (the table gives 0.1 m) ≈ 1e-6°.
const SAMPLES: [string, [number, number], [number, number]][] = [
  ['Vĩnh Yên centre', [105.5967, 21.31], [561_708.6, 2_357_389.2]],
  ['Mê Linh seat', [105.7191, 21.1846], [574_470.6, 2_343_558.5]],
  ['Phúc Yên', [105.7, 21.2333], [572_463.4, 2_348_941.4]],
  ['Nội Bài ARP', [105.8056, 21.2217], [583_431.7, 2_347_709.2]],
];

const pointIn = (coordinates: number[]) => ({ type: 'Point', coordinates });

describe('VN-2000 to WGS84', () => {
  it.each(SAMPLES)('puts %s where PROJ does (EPSG:5897)', (_name, wgs84, eastNorth) => {
    const out = reprojectToWgs84(pointIn(eastNorth), 'EPSG:5897') as { coordinates: number[] };
    expect(out.coordinates[0]).toBeCloseTo(wgs84[0], 5);
    expect(out.coordinates[1]).toBeCloseTo(wgs84[1], 5);
  });

  it('applies the ~220 m datum shift for VN-2000 geographic coordinates', () => {
    // geo-facts §7: WGS 84 [105.59670, 21.31000] = VN-2000 geographic [105.59481, 21.31098].
    const out = reprojectToWgs84(pointIn([105.59481, 21.31098]), 'EPSG:4756') as {
      coordinates: number[];
    };
    expect(out.coordinates[0]).toBeCloseTo(105.5967, 4);
    expect(out.coordinates[1]).toBeCloseTo(21.31, 4);
  });

  it('converts every position of a collection and drops the legacy crs member', () => {
    const document = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::5897' } },
      features: [
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [561_708.6, 2_357_389.2],
              [574_470.6, 2_343_558.5],
            ],
          },
        },
      ],
    };
    expect(crsFromMember(document)).toBe('EPSG:5897');
    const out = reprojectToWgs84(document, 'EPSG:5897') as {
      crs?: unknown;
      features: { geometry: { coordinates: number[][] } }[];
    };
    expect(out.crs).toBeUndefined();
    expect(out.features[0]!.geometry.coordinates[1]![0]).toBeCloseTo(105.7191, 5);
  });

  it('leaves malformed positions for the validator to name', () => {
    const out = reprojectToWgs84(pointIn(['a', 2] as unknown as number[]), 'EPSG:5897') as {
      coordinates: unknown[];
    };
    expect(out.coordinates).toEqual(['a', 2]);
  });

  it('recognises CRS84 and unknown systems in a crs member', () => {
    expect(crsFromMember({ crs: { properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } })).toBe(
      'EPSG:4326',
    );
    expect(crsFromMember({ crs: { properties: { name: 'EPSG:32648' } } })).toBeUndefined();
    expect(crsFromMember({ type: 'FeatureCollection' })).toBeUndefined();
  });
});
