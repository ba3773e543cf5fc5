import { type BBox, FAR_OUTSIDE_MARGIN_DEG, REGION_BBOX } from '../region.ts';

/** The region grown by the "far outside" margin: anything inside is plausibly ours. */
const NEAR: BBox = [
  REGION_BBOX[0] - FAR_OUTSIDE_MARGIN_DEG,
  REGION_BBOX[1] - FAR_OUTSIDE_MARGIN_DEG,
  REGION_BBOX[2] + FAR_OUTSIDE_MARGIN_DEG,
  REGION_BBOX[3] + FAR_OUTSIDE_MARGIN_DEG,
];

/** Why a position is not where the region is. */
export type FarCause = 'swapped' | 'projected' | 'projected-swapped' | 'not-degrees' | 'elsewhere';

/** Why a position is far away; the messages (`messages.ts`) say what to do about it. */
export interface FarDiagnosis {
  cause: FarCause;
}

/** The central meridian of both VN-2000 / TM-3 105° and UTM zone 48N. */
const CENTRAL_MERIDIAN_DEG = 105;
const FALSE_EASTING_M = 500_000;
const METRES_PER_DEGREE_LAT = 110_700;
const METRES_PER_DEGREE_LON_EQUATOR = 111_320;

export function isNearRegion(lon: number, lat: number): boolean {
  return lon >= NEAR[0] && lon <= NEAR[2] && lat >= NEAR[1] && lat <= NEAR[3];
}

export function isLonLat(lon: number, lat: number): boolean {
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

/**
 * Says why a position lies far from the region, trying the usual mistakes in turn: latitude
 * first, projected metres (the VN-2000 planning files of this region), projected metres with
 * northing first. Call only for positions where `isNearRegion` is false.
 */
export function diagnoseFarPosition(x: number, y: number): FarDiagnosis {
  if (isNearRegion(y, x)) {
    return { cause: 'swapped' };
  }
  if (isNearRegion(...approximateLonLat(x, y))) {
    return { cause: 'projected' };
  }
  if (isNearRegion(...approximateLonLat(y, x))) {
    return { cause: 'projected-swapped' };
  }
  if (!isLonLat(x, y)) {
    return { cause: 'not-degrees' };
  }
  return { cause: 'elsewhere' };
}

/**
 * Where easting/northing metres would land if they were transverse Mercator on 105°E. A
 * spherical approximation is enough: we only ask "in the region or not", within 2°.
 */
function approximateLonLat(easting: number, northing: number): [number, number] {
  const lat = northing / METRES_PER_DEGREE_LAT;
  const metresPerDegreeLon = METRES_PER_DEGREE_LON_EQUATOR * Math.cos((lat * Math.PI) / 180);
  const lon = CENTRAL_MERIDIAN_DEG + (easting - FALSE_EASTING_M) / metresPerDegreeLon;
  return [lon, lat];
}
