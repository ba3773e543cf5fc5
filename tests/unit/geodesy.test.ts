import { describe, expect, it } from 'vitest';
import { azimuthalEquidistant } from '../../src/core/geodesy/azimuthal-equidistant.ts';
import { geodesicAreaSquareMeters } from '../../src/core/geodesy/geodesic-area-square-meters.ts';
import { geodesicDistanceMeters } from '../../src/core/geodesy/geodesic-distance-meters.ts';
import { geodesicLengthMeters } from '../../src/core/geodesy/geodesic-length-meters.ts';
import { nearestOnGeodesicSegment } from '../../src/core/geodesy/nearest-on-geodesic-segment.ts';

const WGS84_A = 6378137;
const WGS84_F = 1 / 298.257223563;

/**
 * Lines of GeodTest.dat, GeographicLib's published test set for geodesics on WGS84, as shipped
 * in geographiclib-geodesic's own tests: lat1, lon1, lat2, lon2 and s12 (rounded to the µm).
 */
const GEODTEST_LINES = [
  [35.60777, -139.44815, -11.17491, -69.95921, 8935244.560482],
  [55.52454, 106.05087, 77.03196, 197.18234, 4105086.171392],
  [-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894658],
  [-66.99028, 112.2363, -12.70631, 285.90344, 11150344.231208],
  [-17.42761, 173.34268, -15.84784, 5.93557, 16076603.163118],
  [32.84994, 48.28919, -56.28556, 202.29132, 16727068.943816],
  [6.96833, 52.74123, -7.39675, 206.17291, 17102477.249696],
  [-50.56724, -16.30485, -33.56571, -94.97412, 6455670.511867],
  [-19.79938, -174.47484, -11.99349, -154.35109, 2319004.860117],
] as const;

/**
 * Meridian arc length from the equator to `latDegrees`, by Helmert's series in the third
 * flattening n (Karney 2011, eq. 5), worked out here independently of GeographicLib. The terms
 * kept are far below a millimetre's error on Earth.
 */
function meridianArcMeters(latDegrees: number): number {
  const n = WGS84_F / (2 - WGS84_F);
  const phi = (latDegrees * Math.PI) / 180;
  // Rectifying radius and the coefficients of sin(2kμ) in μ(φ)… here the forward series for
  // the arc: M = a/(1+n) (1 + n²/4 + n⁴/64) (φ + Σ c_k sin 2kφ).
  const A = (WGS84_A / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const c1 = (-3 / 2) * n + (9 / 16) * n ** 3;
  const c2 = (15 / 16) * n ** 2 - (15 / 32) * n ** 4;
  const c3 = (-35 / 48) * n ** 3;
  const c4 = (315 / 512) * n ** 4;
  return (
    A *
    (phi +
      c1 * Math.sin(2 * phi) +
      c2 * Math.sin(4 * phi) +
      c3 * Math.sin(6 * phi) +
      c4 * Math.sin(8 * phi))
  );
}

/** The area of the whole WGS84 ellipsoid: 2πa²(1 + (1 − e²)/e · atanh e). */
function ellipsoidAreaSquareMeters(): number {
  const e2 = WGS84_F * (2 - WGS84_F);
  const e = Math.sqrt(e2);
  return 2 * Math.PI * WGS84_A ** 2 * (1 + ((1 - e2) / e) * Math.atanh(e));
}

describe('geodesicDistanceMeters', () => {
  it.each(GEODTEST_LINES)(
    'matches GeodTest.dat line from (%f, %f) to 1 mm',
    (lat1, lon1, lat2, lon2, s12) => {
      expect(Math.abs(geodesicDistanceMeters([lon1, lat1], [lon2, lat2]) - s12)).toBeLessThan(1e-3);
    },
  );

  it("matches Karney's (2013) worked inverse example: 19 989 832.827 61 m", () => {
    const distanceMeters = geodesicDistanceMeters([0, -30], [179.8, 29.9]);
    expect(Math.abs(distanceMeters - 19989832.82761)).toBeLessThan(1e-3);
  });

  it('matches the published WGS84 meridian quadrant, 10 001 965.729 m', () => {
    expect(Math.abs(geodesicDistanceMeters([105, 0], [105, 90]) - 10001965.7293)).toBeLessThan(
      1e-3,
    );
  });

  it.each([21, 21.5, 45])(
    'matches Helmert’s meridian arc series from the equator to %f° to 1 mm',
    (lat) => {
      expect(
        Math.abs(geodesicDistanceMeters([105.6, 0], [105.6, lat]) - meridianArcMeters(lat)),
      ).toBeLessThan(1e-3);
    },
  );
});

describe('geodesicLengthMeters', () => {
  it('adds the edges of a line: two meridian steps make one arc', () => {
    const lengthMeters = geodesicLengthMeters([
      [105.6, 21],
      [105.6, 21.25],
      [105.6, 21.5],
    ]);
    expect(Math.abs(lengthMeters - (meridianArcMeters(21.5) - meridianArcMeters(21)))).toBeLessThan(
      1e-3,
    );
  });

  it("gives GeographicLib's Planimeter0 perimeter of the diamond around (0, 0): 627 598.2731 m", () => {
    const ring = [
      [-1, 0],
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ];
    expect(Math.abs(geodesicLengthMeters(ring) - 627598.2731)).toBeLessThan(1e-3);
  });
});

describe('geodesicAreaSquareMeters', () => {
  const octant = [
    [0, 90],
    [0, 0],
    [90, 0],
    [0, 90],
  ];

  it('gives one eighth of the ellipsoid for the pole–equator octant (hand-worked)', () => {
    const area = geodesicAreaSquareMeters({ type: 'Polygon', coordinates: [octant] });
    const expected = ellipsoidAreaSquareMeters() / 8;
    expect(Math.abs(area / expected - 1)).toBeLessThan(1e-6);
  });

  it("gives GeographicLib's Planimeter0 area of the diamond around (0, 0): 24 619 419 146 m²", () => {
    const diamond = [
      [-1, 0],
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ];
    const area = geodesicAreaSquareMeters({ type: 'Polygon', coordinates: [diamond] });
    expect(Math.abs(area / 24619419146 - 1)).toBeLessThan(1e-6);
  });

  it('ignores the winding: a clockwise ring has the same area, not the rest of the Earth', () => {
    const area = geodesicAreaSquareMeters({
      type: 'Polygon',
      coordinates: [[...octant].reverse()],
    });
    expect(Math.abs(area / (ellipsoidAreaSquareMeters() / 8) - 1)).toBeLessThan(1e-6);
  });

  it('subtracts holes, whichever way they wind', () => {
    const hole = [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ];
    const holeArea = geodesicAreaSquareMeters({ type: 'Polygon', coordinates: [hole] });
    const withHole = geodesicAreaSquareMeters({ type: 'Polygon', coordinates: [octant, hole] });
    expect(Math.abs(withHole - (ellipsoidAreaSquareMeters() / 8 - holeArea))).toBeLessThan(1);
  });

  it('adds the polygons of a MultiPolygon', () => {
    const diamond = [
      [-1, 0],
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ];
    const area = geodesicAreaSquareMeters({
      type: 'MultiPolygon',
      coordinates: [[octant], [diamond]],
    });
    expect(Math.abs(area - (ellipsoidAreaSquareMeters() / 8 + 24619419146))).toBeLessThan(100);
  });
});

describe('nearestOnGeodesicSegment', () => {
  it('drops a perpendicular onto the equator (a geodesic): the foot and a meridian arc', () => {
    const nearest = nearestOnGeodesicSegment([105.5, 0.1], [105, 0], [106, 0]);
    expect(Math.abs(nearest.distanceMeters - meridianArcMeters(0.1))).toBeLessThan(1e-3);
    expect(Math.abs(nearest.lon - 105.5)).toBeLessThan(1e-9);
    expect(Math.abs(nearest.lat)).toBeLessThan(1e-9);
  });

  it('stops at the end of the segment when the foot falls beyond it', () => {
    const nearest = nearestOnGeodesicSegment([107, 0.1], [105, 0], [106, 0]);
    expect(
      Math.abs(nearest.distanceMeters - geodesicDistanceMeters([107, 0.1], [106, 0])),
    ).toBeLessThan(1e-6);
    expect(nearest.lon).toBe(106);
  });

  it('finds the perpendicular foot on a meridian (another geodesic) 50 km away', () => {
    // On a meridian the closest point to P is not at P's latitude, but the geodesic from it to
    // P leaves the meridian at a right angle: check that, and that no sampled point is closer.
    const point = [106.05, 21.3];
    const nearest = nearestOnGeodesicSegment(point, [105.6, 21], [105.6, 21.5]);
    let sampledBest = Infinity;
    for (let k = 0; k <= 20000; k++) {
      const lat = 21 + (0.5 * k) / 20000;
      sampledBest = Math.min(sampledBest, geodesicDistanceMeters(point, [105.6, lat]));
    }
    expect(nearest.distanceMeters).toBeLessThanOrEqual(sampledBest + 1e-6);
    expect(sampledBest - nearest.distanceMeters).toBeLessThan(1e-3);
    expect(nearest.lon).toBeCloseTo(105.6, 9);
  });
});

describe('azimuthalEquidistant', () => {
  it('keeps the distance from its centre and returns to the same position', () => {
    const projection = azimuthalEquidistant([105.62, 21.25]);
    const position = [105.9, 21.45];
    const [x, y] = projection.forward(position);
    expect(
      Math.abs(Math.hypot(x, y) - geodesicDistanceMeters([105.62, 21.25], position)),
    ).toBeLessThan(1e-6);
    const [lon, lat] = projection.inverse([x, y]);
    expect(lon).toBeCloseTo(105.9, 10);
    expect(lat).toBeCloseTo(21.45, 10);
  });
});
