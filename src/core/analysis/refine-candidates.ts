import type { Position } from 'geojson';
import { nearestOnGeodesicSegment } from '../geodesy/nearest-on-geodesic-segment.ts';
import { type PairCandidate, type PlanarSlack, planarThreshold } from './planar-candidates.ts';

/** The closest points of two geometries on the ellipsoid. */
export interface ClosestPair {
  distanceMeters: number;
  from: [number, number];
  to: [number, number];
  toIndex: number;
}

/**
 * Measures on the ellipsoid every candidate pair whose planar distance could still be the
 * minimum, and returns the closest. Ties go to the lower "to" index, then the earlier pair.
 */
export function refineCandidates(
  candidates: readonly PairCandidate[],
  minPlanarMeters: number,
  slackFor: (toIndex: number) => PlanarSlack,
): ClosestPair | null {
  let best: ClosestPair | null = null;
  for (const candidate of candidates) {
    if (candidate.planarMeters > planarThreshold(minPlanarMeters, slackFor(candidate.toIndex))) {
      continue;
    }
    const pair = measureCandidate(candidate);
    if (!best || isCloser(pair, best)) best = pair;
  }
  return best;
}

function isCloser(pair: ClosestPair, best: ClosestPair): boolean {
  if (pair.distanceMeters !== best.distanceMeters) return pair.distanceMeters < best.distanceMeters;
  return pair.toIndex < best.toIndex;
}

function measureCandidate(candidate: PairCandidate): ClosestPair {
  const nearest = nearestOnGeodesicSegment(candidate.vertex, candidate.start, candidate.end);
  const vertex = toLonLat(candidate.vertex);
  const onEdge: [number, number] = [nearest.lon, nearest.lat];
  return {
    distanceMeters: nearest.distanceMeters,
    from: candidate.vertexOnFrom ? vertex : onEdge,
    to: candidate.vertexOnFrom ? onEdge : vertex,
    toIndex: candidate.toIndex,
  };
}

function toLonLat(position: Position): [number, number] {
  return [position[0] as number, position[1] as number];
}
