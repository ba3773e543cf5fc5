import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { ringAreaSquareMetres } from './ellipsoid.ts';

/** The Red River is the one water polygon of the extract larger than this, km² (96 km² in 2018). */
const RIVER_MIN_KM2 = 50;

/** Area of a polygon on the ellipsoid, holes taken out, in hectares. */
export function polygonHectares(polygon: Polygon): number {
  const [outer, ...holes] = polygon.coordinates;
  const square = holes.reduce(
    (sum, hole) => sum - ringAreaSquareMetres(hole),
    ringAreaSquareMetres(outer!),
  );
  return square / 10_000;
}

/** The Red River's channel polygon: the only water polygon over 50 km² in the 2018 extract. */
export function redRiverChannel(water: readonly Polygon[]): Polygon {
  const large = water.filter((polygon) => polygonHectares(polygon) > RIVER_MIN_KM2 * 100);
  if (large.length !== 1) {
    throw new Error(
      `osm2018_water_areas: expected one Red River polygon over ${RIVER_MIN_KM2} km², found ${large.length}`,
    );
  }
  return large[0]!;
}

/** The water polygon containing `at` (a lake's known centre), or an error naming the point. */
export function waterAt(water: readonly Polygon[], at: Position, what: string): Polygon {
  const found = water.find((polygon) => booleanPointInPolygon(at, polygon));
  if (!found)
    throw new Error(`osm2018_water_areas: no water polygon contains ${what} at [${at.join(', ')}]`);
  return found;
}
