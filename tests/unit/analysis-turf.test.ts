import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicAreaSquareMeters, geodesicDistanceMeters } from '../../src/core/analysis/index.ts';

/**
 * Why the analyses do not use Turf's measures: Turf works on a sphere (haversine with the
 * mean radius for distances, the equatorial radius for areas). At 21° N the Earth is flatter
 * north–south than that sphere, so Turf is off by a few tenths of a percent here: tens of
 * metres over a district, and hectares over a commune-sized zone.
 */
describe('Turf against the ellipsoid in the border region', () => {
  const relative = (turfValue: number, ellipsoidal: number) => turfValue / ellipsoidal - 1;

  it('overstates a north–south distance by about 0.4 %', () => {
    const from = [105.6, 21.0];
    const to = [105.6, 21.5];
    const error = relative(
      turf.distance(from, to, { units: 'meters' }),
      geodesicDistanceMeters(from, to),
    );
    expect(error).toBeGreaterThan(0.003);
    expect(error).toBeLessThan(0.005);
  });

  it('understates an east–west distance by about 0.15 %, so the error depends on direction', () => {
    const from = [105.3, 21.25];
    const to = [105.95, 21.25];
    const error = relative(
      turf.distance(from, to, { units: 'meters' }),
      geodesicDistanceMeters(from, to),
    );
    expect(error).toBeLessThan(-0.001);
    expect(error).toBeGreaterThan(-0.002);
  });

  it('overstates the area of a zone by about 0.3 %', () => {
    const zone: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [105.5, 21.2],
          [105.6, 21.2],
          [105.6, 21.3],
          [105.5, 21.3],
          [105.5, 21.2],
        ],
      ],
    };
    const error = relative(turf.area(zone), geodesicAreaSquareMeters(zone));
    expect(error).toBeGreaterThan(0.002);
    expect(error).toBeLessThan(0.004);
  });
});
