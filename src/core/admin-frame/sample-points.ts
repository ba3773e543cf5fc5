import { booleanPointInPolygon } from '@turf/turf';
import type { Geometry, Polygon, Position } from 'geojson';

/** Spacing of the points a line or polygon is sampled at, m: finer than any commune. */
export const SAMPLE_SPACING_M = 100;

/** Degrees to metres, roughly (the sampling only needs to be finer than a commune). */
const METRES_PER_DEGREE = 110_000;

/**
 * A polygon's grid is coarsened so that its box holds about this many cells at most: a
 * planner's 5,000 km² import is still answered in a moment (at ~160 m), while every bundled
 * feature (Ba Vì district's box, the largest, has ~68,000) keeps the 100 m grid.
 */
const MAX_GRID_CELLS = 200_000;

/**
 * Points standing for a geometry: its vertices, points every 100 m along its lines, and a
 * 100 m grid inside its polygons (coarser for very large ones).
 */
export function samplePoints(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
      return geometry.coordinates;
    case 'LineString':
      return densify(geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.flatMap(densify);
    case 'Polygon':
      return polygonSamples(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap(polygonSamples);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(samplePoints);
  }
}

function densify(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (let k = 0; k + 1 < line.length; k++) {
    const [a, b] = [line[k]!, line[k + 1]!];
    const metres = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) * METRES_PER_DEGREE;
    const steps = Math.max(1, Math.ceil(metres / SAMPLE_SPACING_M));
    for (let s = 0; s < steps; s++) {
      out.push([a[0]! + ((b[0]! - a[0]!) * s) / steps, a[1]! + ((b[1]! - a[1]!) * s) / steps]);
    }
  }
  if (line.length > 0) out.push(line[line.length - 1]!);
  return out;
}

function ringsBox(rings: readonly Position[][]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of rings[0] ?? []) {
    west = Math.min(west, lon!);
    east = Math.max(east, lon!);
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
  }
  return [west, south, east, north];
}

function polygonSamples(rings: Position[][]): Position[] {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  const [west, south, east, north] = ringsBox(rings);
  const base = SAMPLE_SPACING_M / METRES_PER_DEGREE;
  const cells = ((east - west) / base) * ((north - south) / base);
  const step = cells > MAX_GRID_CELLS ? base * Math.sqrt(cells / MAX_GRID_CELLS) : base;
  const inside: Position[] = [];
  for (let lat = south + step / 2; lat < north; lat += step) {
    for (let lon = west + step / 2; lon < east; lon += step) {
      if (booleanPointInPolygon([lon, lat], polygon)) inside.push([lon, lat]);
    }
  }
  return [...rings.flat(), ...inside];
}
