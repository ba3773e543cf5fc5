import type { Geometry } from 'geojson';
import { localPlaneAt } from '../geodesy/local-plane.ts';
import { type PairCandidate, planarSlack, scanPlanarCandidates } from './planar-candidates.ts';
import { type PreparedGeometry, prepareGeometry } from './prepared-geometry.ts';
import { type ClosestPair, refineCandidates } from './refine-candidates.ts';

/**
 * The shortest distance on WGS84 between two geometries whose edges are geodesics, with the
 * two closest points; 0 (at a shared point) when they touch, cross or one contains the other.
 * Returns null when either geometry is empty.
 */
export function geometryDistance(
  from: Geometry | PreparedGeometry,
  to: Geometry | PreparedGeometry,
): ClosestPair | null {
  const a = 'paths' in from ? from : prepareGeometry(from);
  const b = 'paths' in to ? to : prepareGeometry(to);
  if (a.paths.length === 0 || b.paths.length === 0) return null;
  const referenceLat = (a.bbox[1] + a.bbox[3]) / 2;
  const plane = localPlaneAt(referenceLat);
  const slack = planarSlack(a, b, referenceLat);
  const candidates: PairCandidate[] = [];
  const scan = scanPlanarCandidates(a, b, 0, plane, slack, Infinity, Infinity, candidates);
  if (scan.contact) {
    const lonLat: [number, number] = [scan.contact[0] as number, scan.contact[1] as number];
    return { distanceMeters: 0, from: lonLat, to: lonLat, toIndex: 0 };
  }
  return refineCandidates(candidates, scan.minPlanarMeters, () => slack);
}
