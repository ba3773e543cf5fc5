import { readFileSync } from 'node:fs';
import type { Feature, Geometry, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { bufferFeature, geodesicAreaSquareMeters } from '../../src/core/analysis/index.ts';

/**
 * GEOS buffers of holed zones, adjacent parts, lines and points at 10, 50 and 500 m, written
 * by scripts/reference/make_buffer_fixtures.py (shapely in a local azimuthal equidistant plane,
 * 1,024 chords per circle, areas on WGS84 by pyproj.Geod).
 */
interface BufferCase {
  name: string;
  about: string;
  geometry: Geometry;
  areas_m2: Record<string, number>;
  /** GEOS's count of polygons and holes, by distance. */
  parts: Record<string, [number, number]>;
}

const CASES: BufferCase[] = JSON.parse(
  readFileSync(new URL('../fixtures/buffer/cases.json', import.meta.url), 'utf8'),
);

const TABLE = CASES.flatMap((bufferCase) =>
  Object.keys(bufferCase.areas_m2).map((distance) => ({
    ...bufferCase,
    distanceMeters: Number(distance),
  })),
);

function buffered(geometry: Geometry, distanceMeters: number): MultiPolygon {
  const feature: Feature = { type: 'Feature', properties: {}, geometry };
  return bufferFeature(feature, distanceMeters).geometry;
}

describe('bufferFeature against GEOS', () => {
  it.each(TABLE)('$name at $distanceMeters m: area within 0.1 %', (row) => {
    const area = geodesicAreaSquareMeters(buffered(row.geometry, row.distanceMeters));
    const expected = row.areas_m2[String(row.distanceMeters)] as number;
    expect(Math.abs(area / expected - 1)).toBeLessThan(0.001);
  });

  it.each(TABLE)('$name at $distanceMeters m: as many polygons and holes', (row) => {
    const coordinates = buffered(row.geometry, row.distanceMeters).coordinates;
    const holes = coordinates.reduce((sum, rings) => sum + rings.length - 1, 0);
    expect([coordinates.length, holes]).toEqual(row.parts[String(row.distanceMeters)]);
  });
});
