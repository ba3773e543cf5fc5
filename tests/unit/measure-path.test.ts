import { describe, expect, it } from 'vitest';
import { measurePath } from '../../src/core/measure/measure-path.ts';

// Reference values worked independently of our code:
// - 1° of latitude along a meridian, 21° → 22° N on WGS84: the meridian arc, by numerical
//   integration of the meridian radius of curvature a(1−e²)/(1−e² sin²φ)^1.5 (200,000 steps):
//   110 723.608683 m; PROJ's Geod.inv (pyproj 3.4.1) gives 110 723.608683 m.
// - The 0.01° × 0.01° cell at (0, 0): PROJ's Geod.polygon_area_perimeter gives 1 230 907.205 m².
describe('the measure tool', () => {
  it('gives the geodesic length of each leg and the total', () => {
    const m = measurePath(
      [
        [105.5, 21],
        [105.5, 22],
      ],
      'distance',
    );
    expect(m.segmentsMeters[0]).toBeCloseTo(110_723.6087, 3);
    expect(m.totalMeters).toBe(m.segmentsMeters[0]);
    expect(m.areaSquareMeters).toBeUndefined();
  });

  it('closes an area and measures it on the ellipsoid', () => {
    const m = measurePath(
      [
        [0, 0],
        [0.01, 0],
        [0.01, 0.01],
        [0, 0.01],
      ],
      'area',
    );
    expect(m.segmentsMeters).toHaveLength(4);
    expect(m.areaSquareMeters! / 1_230_907.205).toBeCloseTo(1, 6);
  });

  it('needs three points before it reports an area', () => {
    expect(
      measurePath(
        [
          [105, 21],
          [105.1, 21],
        ],
        'area',
      ).areaSquareMeters,
    ).toBeUndefined();
  });
});
