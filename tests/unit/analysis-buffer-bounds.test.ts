import fc from 'fast-check';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BUFFER_DISTANCE_METERS,
  bufferFeature,
  geodesicAreaSquareMeters,
  geometryDistance,
} from '../../src/core/analysis/index.ts';

const feature = (geometry: Geometry): Feature => ({ type: 'Feature', properties: {}, geometry });

const road: Geometry = {
  type: 'LineString',
  coordinates: [
    [105.4, 21.05],
    [105.52, 21.12],
    [105.55, 21.3],
    [105.8, 21.45],
  ],
};

/** The worst relative error of the buffer's vertices' distance back to the source, on WGS84. */
function worstVertexError(source: Geometry, distanceMeters: number): number {
  const buffered = bufferFeature(feature(source), distanceMeters);
  let worst = 0;
  for (const position of buffered.geometry.coordinates.flat(2)) {
    const measured = geometryDistance({ type: 'Point', coordinates: position }, source);
    const error = Math.abs((measured?.distanceMeters ?? 0) - distanceMeters) / distanceMeters;
    worst = Math.max(worst, error);
  }
  return worst;
}

describe('bufferFeature: bounded distances', () => {
  it.each([1e-9, 0.009, 0, -5, Number.NaN, Number.POSITIVE_INFINITY, 100_001, 1e9])(
    'refuses %d m at once with the bounds (1e-9 m used to hang; 1e9 m gave 2.2e12 m²)',
    (distanceMeters) => {
      expect(() => bufferFeature(feature(road), distanceMeters)).toThrow(
        /between 0\.01 and 100000 metres/,
      );
    },
  );

  it('at the largest distance, 100 km, every vertex of a road’s buffer is within 0.5 % of it', () => {
    expect(worstVertexError(road, BUFFER_DISTANCE_METERS.max)).toBeLessThan(0.005);
  });

  it('at the smallest distance, 1 cm, a 1 km line’s buffer is 2 cm wide (area within 1 %)', () => {
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [105.6, 21.2],
        [105.60963, 21.2],
      ],
    };
    const lengthMeters = geometryDistance(
      { type: 'Point', coordinates: [105.6, 21.2] },
      { type: 'Point', coordinates: [105.60963, 21.2] },
    )?.distanceMeters as number;
    const d = BUFFER_DISTANCE_METERS.min;
    const area = geodesicAreaSquareMeters(bufferFeature(feature(line), d).geometry);
    const expected = 2 * d * lengthMeters + Math.PI * d * d;
    expect(Math.abs(area - expected) / expected).toBeLessThan(0.01);
  });

  it('finishes with a non-empty buffer for any distance within the bounds (property)', () => {
    const distance = fc
      .double({
        min: Math.log10(BUFFER_DISTANCE_METERS.min),
        max: Math.log10(BUFFER_DISTANCE_METERS.max),
        noNaN: true,
      })
      .map((exponent) => Math.min(BUFFER_DISTANCE_METERS.max, 10 ** exponent));
    // Star-shaped rings (never self-intersecting) and open lines, a few metres to ~20 km wide.
    const shape = fc
      .record({
        lon: fc.double({ min: 105.3, max: 105.9, noNaN: true }),
        lat: fc.double({ min: 21.0, max: 21.5, noNaN: true }),
        sizeDeg: fc.double({ min: 1e-5, max: 0.2, noNaN: true }),
        radii: fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), {
          minLength: 3,
          maxLength: 12,
        }),
        polygon: fc.boolean(),
      })
      .map(({ lon, lat, sizeDeg, radii, polygon }): Geometry => {
        const positions: Position[] = radii.map((r, k) => {
          const angle = (2 * Math.PI * k) / radii.length;
          return [lon + sizeDeg * r * Math.cos(angle), lat + sizeDeg * r * Math.sin(angle)];
        });
        if (!polygon) return { type: 'LineString', coordinates: positions };
        return { type: 'Polygon', coordinates: [[...positions, positions[0] as Position]] };
      });
    fc.assert(
      fc.property(shape, distance, (geometry, distanceMeters) => {
        const buffered = bufferFeature(feature(geometry), distanceMeters);
        expect(buffered.geometry.coordinates.length).toBeGreaterThan(0);
        expect(geodesicAreaSquareMeters(buffered.geometry)).toBeGreaterThan(0);
      }),
      { numRuns: 200, seed: 20261204 },
    );
  });
});
