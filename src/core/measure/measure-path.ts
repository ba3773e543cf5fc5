import { geodesicDistanceMeters } from '../geodesy/geodesic-distance-meters.ts';
import { geodesicRingAreaSquareMeters } from '../geodesy/geodesic-ring-area-square-meters.ts';

export type MeasureMode = 'distance' | 'area';

export interface PathMeasure {
  /** Geodesic length of each leg, metres (for an area, the closing leg last). */
  segmentsMeters: number[];
  /** Sum of the legs: the path length, or the perimeter of an area. */
  totalMeters: number;
  /** Area enclosed by the clicked points, square metres (area mode, three points or more). */
  areaSquareMeters?: number;
}

/**
 * What the measure tool shows for the points a planner clicked: geodesic legs on WGS84, and
 * for an area, the closing leg and the enclosed ellipsoidal area.
 */
export function measurePath(points: readonly [number, number][], mode: MeasureMode): PathMeasure {
  const legs: [number, number][][] = [];
  for (let i = 1; i < points.length; i++) legs.push([points[i - 1]!, points[i]!]);
  const closes = mode === 'area' && points.length >= 3;
  if (closes) legs.push([points[points.length - 1]!, points[0]!]);
  const segmentsMeters = legs.map(([from, to]) => geodesicDistanceMeters(from!, to!));
  const totalMeters = segmentsMeters.reduce((sum, leg) => sum + leg, 0);
  if (!closes) return { segmentsMeters, totalMeters };
  return { segmentsMeters, totalMeters, areaSquareMeters: geodesicRingAreaSquareMeters(points) };
}

/**
 * The measure tool's drawing: the clicked points, the path (or ring) and one label per leg in
 * the panel's unit (`formatLeg`). Labels are points at each leg's middle, not text along the
 * line: a line crossing a tile edge is cut in two and got one label per piece ("13664 m" drawn
 * twice, overprinted).
 */
export function measureOverlay(
  points: readonly [number, number][],
  mode: MeasureMode,
  measure: PathMeasure,
  formatLeg: (meters: number) => string = (meters) => `${Math.round(meters)} m`,
): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = points.map((point) => ({
    type: 'Feature',
    properties: { role: 'measure-point' },
    geometry: { type: 'Point', coordinates: point },
  }));
  if (mode === 'area' && points.length >= 3) {
    features.push({
      type: 'Feature',
      properties: { role: 'measure-area' },
      geometry: { type: 'Polygon', coordinates: [[...points, points[0]!]] },
    });
  }
  const path = mode === 'area' && points.length >= 3 ? [...points, points[0]!] : points;
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1]!;
    const to = path[i]!;
    features.push({
      type: 'Feature',
      properties: { role: 'measure-line' },
      geometry: { type: 'LineString', coordinates: [from, to] },
    });
    features.push({
      type: 'Feature',
      properties: { role: 'measure-label', label: formatLeg(measure.segmentsMeters[i - 1] ?? 0) },
      geometry: { type: 'Point', coordinates: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2] },
    });
  }
  return { type: 'FeatureCollection', features };
}
