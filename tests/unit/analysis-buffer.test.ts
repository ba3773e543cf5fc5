import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  bufferFeature,
  geodesicAreaSquareMeters,
  geometryDistance,
} from '../../src/core/analysis/index.ts';
import { WGS84_GEODESIC } from '../../src/core/geodesy/wgs84.ts';

function feature(geometry: Geometry): Feature {
  return { type: 'Feature', id: 'source', properties: { name: 'nguồn' }, geometry };
}

/**
 * Every vertex of the buffer, and the middle of every edge (where chords sag inwards). Edges
 * are geodesics, so the middle is found along the geodesic, not halfway in lon/lat.
 */
function boundarySamples(coordinates: Position[][][]): Position[] {
  const samples: Position[] = [];
  for (const ring of coordinates.flat()) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      const edge = WGS84_GEODESIC.InverseLine(
        a[1] as number,
        a[0] as number,
        b[1] as number,
        b[0] as number,
      );
      const middle = edge.Position(edge.s13 / 2);
      samples.push(a, [middle.lon2 as number, middle.lat2 as number]);
    }
  }
  return samples;
}

/** The worst relative error of the boundary's distance back to the source, measured on WGS84. */
function worstRelativeError(source: Geometry, distanceMeters: number): number {
  const buffered = bufferFeature(feature(source), distanceMeters);
  let worst = 0;
  for (const sample of boundarySamples(buffered.geometry.coordinates)) {
    const measured = geometryDistance({ type: 'Point', coordinates: sample }, source);
    const error = Math.abs((measured?.distanceMeters ?? 0) - distanceMeters) / distanceMeters;
    worst = Math.max(worst, error);
  }
  return worst;
}

const road: Geometry = {
  type: 'LineString',
  coordinates: [
    [105.4, 21.05],
    [105.52, 21.12],
    [105.55, 21.3],
    [105.8, 21.45],
  ],
};
const zoneWithHole: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [105.6, 21.2],
      [105.66, 21.2],
      [105.66, 21.26],
      [105.63, 21.23],
      [105.6, 21.26],
      [105.6, 21.2],
    ],
    [
      [105.61, 21.21],
      [105.61, 21.22],
      [105.62, 21.22],
      [105.62, 21.21],
      [105.61, 21.21],
    ],
  ],
};

describe('bufferFeature: every boundary point within 0.5 % of the distance, on WGS84', () => {
  it.each([10, 250, 2000])('a point, %d m', (distanceMeters) => {
    expect(
      worstRelativeError({ type: 'Point', coordinates: [105.62, 21.25] }, distanceMeters),
    ).toBeLessThan(0.005);
  });

  it.each([10, 250, 2000])('a 60 km road with bends, %d m', (distanceMeters) => {
    expect(worstRelativeError(road, distanceMeters)).toBeLessThan(0.005);
  });

  it.each([50, 500])('a concave zone with a hole, %d m', (distanceMeters) => {
    expect(worstRelativeError(zoneWithHole, distanceMeters)).toBeLessThan(0.005);
  });

  it('a MultiPoint whose circles merge', () => {
    const wells: Geometry = {
      type: 'MultiPoint',
      coordinates: [
        [105.5, 21.2],
        [105.505, 21.2],
      ],
    };
    expect(worstRelativeError(wells, 400)).toBeLessThan(0.005);
  });
});

describe('bufferFeature shapes', () => {
  it('gives a point a disc of area π r² on the ellipsoid (hand-worked, 0.5 %)', () => {
    const buffered = bufferFeature(feature({ type: 'Point', coordinates: [105.62, 21.25] }), 1000);
    const area = geodesicAreaSquareMeters(buffered.geometry);
    expect(Math.abs(area / (Math.PI * 1000 ** 2) - 1)).toBeLessThan(0.005);
  });

  it('fills a small hole that the distance swallows, and keeps the id and properties', () => {
    const buffered = bufferFeature(feature(zoneWithHole), 2000);
    expect(buffered.geometry.coordinates).toHaveLength(1);
    expect(buffered.geometry.coordinates[0]).toHaveLength(1);
    expect(buffered.id).toBe('source');
    expect(buffered.properties).toMatchObject({ name: 'nguồn', buffer_m: 2000 });
  });

  it('refuses a distance that is not a positive number of metres', () => {
    expect(() => bufferFeature(feature(road), 0)).toThrow(RangeError);
    expect(() => bufferFeature(feature(road), Number.NaN)).toThrow(RangeError);
  });
});
