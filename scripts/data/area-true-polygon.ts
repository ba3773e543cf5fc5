import type { Polygon, Position } from 'geojson';
import { destination, ringAreaSquareMetres } from './ellipsoid.ts';
import { roundPosition } from './round.ts';

/** How close to the target area an area-true footprint must come (relative). */
export const AREA_TOLERANCE = 2e-4;

const SQUARE_METRES_PER_HECTARE = 10_000;

export interface RectangleSpec {
  centre: Position;
  targetHectares: number;
  /** East–west side over north–south side; 1 is a square. */
  aspect: number;
}

export interface RegularPolygonSpec {
  centre: Position;
  targetHectares: number;
  sides: number;
}

/**
 * A north-up rectangle around `centre` whose area on the WGS84 ellipsoid, after rounding the
 * corners to 6 decimals, is the target area.
 */
export function areaTrueRectangle(spec: RectangleSpec): Polygon {
  const ringAt = (scaleMetres: number): Position[] => {
    const halfWidth = (scaleMetres * Math.sqrt(spec.aspect)) / 2;
    const halfHeight = scaleMetres / Math.sqrt(spec.aspect) / 2;
    const north = destination(spec.centre, 0, halfHeight);
    const south = destination(spec.centre, 180, halfHeight);
    return [
      destination(south, 270, halfWidth),
      destination(south, 90, halfWidth),
      destination(north, 90, halfWidth),
      destination(north, 270, halfWidth),
    ];
  };
  return solveForArea(ringAt, spec.targetHectares);
}

/** A regular polygon around `centre` whose ellipsoidal area is the target area. */
export function areaTrueRegularPolygon(spec: RegularPolygonSpec): Polygon {
  const ringAt = (radiusMetres: number): Position[] =>
    Array.from({ length: spec.sides }, (_, i) =>
      destination(spec.centre, (360 * i) / spec.sides, radiusMetres),
    );
  return solveForArea(ringAt, spec.targetHectares);
}

/** Area grows with the square of the size: a few Newton-like steps converge. */
function solveForArea(ringAt: (size: number) => Position[], targetHectares: number): Polygon {
  const target = targetHectares * SQUARE_METRES_PER_HECTARE;
  let size = Math.sqrt(target);
  for (let step = 0; step < 20; step++) {
    const ring = closed(ringAt(size).map(roundPosition));
    const area = ringAreaSquareMetres(ring);
    if (Math.abs(area / target - 1) < AREA_TOLERANCE)
      return { type: 'Polygon', coordinates: [ring] };
    size *= Math.sqrt(target / area);
  }
  throw new Error(`could not reach ${targetHectares} ha within ${AREA_TOLERANCE}`);
}

function closed(ring: Position[]): Position[] {
  return [...ring, ring[0]!];
}
