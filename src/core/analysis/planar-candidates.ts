import type { Position } from 'geojson';
import type { LocalPlane } from '../geodesy/local-plane.ts';
import { MEAN_EARTH_RADIUS_METERS } from '../geodesy/wgs84.ts';
import { pointInPolygons } from './point-in-polygons.ts';
import type { PreparedGeometry } from './prepared-geometry.ts';

/**
 * A vertex of one geometry and an edge of the other whose distance on the local plane is near
 * the smallest: one of these pairs holds the true closest points (two edges that do not cross
 * are closest at an end of one of them), so only these are measured on the ellipsoid.
 */
export interface PairCandidate {
  planarMeters: number;
  vertex: Position;
  start: Position;
  end: Position;
  /** Whether `vertex` belongs to the "from" geometry (else the edge does). */
  vertexOnFrom: boolean;
  /** Index of the "to" feature. */
  toIndex: number;
}

/** How far planar distances may stray from ellipsoidal ones, for two geometries. */
export interface PlanarSlack {
  relative: number;
  absoluteMeters: number;
}

/** The result of scanning one pair of geometries on the local plane. */
export interface PlanarScan {
  minPlanarMeters: number;
  /** A shared position when the geometries cross, touch or one contains the other. */
  contact: Position | null;
}

/**
 * The error bound of the local plane for two geometries. Its east–west scale is off by
 * tan φ0 · Δφ at a latitude Δφ away from the reference, the plane ignores the Earth's
 * curvature (order (extent/R)²), and a geodesic edge bows away from the straight plane segment
 * by up to L² tan φ / 8R. Each term is doubled for safety.
 */
export function planarSlack(
  from: PreparedGeometry,
  to: PreparedGeometry,
  referenceLatDegrees: number,
): PlanarSlack {
  const radiansPerDegree = Math.PI / 180;
  const south = Math.min(from.bbox[1], to.bbox[1]);
  const north = Math.max(from.bbox[3], to.bbox[3]);
  const west = Math.min(from.bbox[0], to.bbox[0]);
  const east = Math.max(from.bbox[2], to.bbox[2]);
  const latSpanRadians =
    Math.max(Math.abs(north - referenceLatDegrees), Math.abs(south - referenceLatDegrees)) *
    radiansPerDegree;
  const extentRadians = Math.hypot(north - south, east - west) * radiansPerDegree;
  const tanLat = Math.abs(Math.tan(Math.max(Math.abs(south), Math.abs(north)) * radiansPerDegree));
  const longestEdgeMeters =
    Math.max(from.maxEdgeDegrees, to.maxEdgeDegrees) * radiansPerDegree * MEAN_EARTH_RADIUS_METERS;
  return {
    relative: 2 * tanLat * latSpanRadians + 2 * extentRadians ** 2 + 1e-6,
    absoluteMeters: (longestEdgeMeters ** 2 * (tanLat + 1)) / (2 * MEAN_EARTH_RADIUS_METERS) + 1e-3,
  };
}

/** The largest planar distance that may still be the true minimum, given the planar minimum. */
export function planarThreshold(minPlanarMeters: number, slack: PlanarSlack): number {
  return minPlanarMeters * (1 + 2.5 * slack.relative) + 2 * slack.absoluteMeters;
}

/**
 * Scans every vertex of each geometry against every edge of the other on the plane, pushes the
 * near-minimal pairs onto `out`, and notices contact (crossing edges or containment).
 * `bestPlanarMeters` is the smallest distance already found against other features, and
 * `reachMeters` an upper bound of the answer: vertices and edges farther than that from the
 * other geometry's box are skipped, which is most of them.
 */
export function scanPlanarCandidates(
  from: PreparedGeometry,
  to: PreparedGeometry,
  toIndex: number,
  plane: LocalPlane,
  slack: PlanarSlack,
  bestPlanarMeters: number,
  reachMeters: number,
  out: PairCandidate[],
): PlanarScan {
  const scan: PlanarScan = { minPlanarMeters: bestPlanarMeters, contact: null };
  if (bboxesTouch(from.bbox, to.bbox)) {
    scan.contact = findContact(from, to);
    if (scan.contact) {
      scan.minPlanarMeters = 0;
      return scan;
    }
  }
  const context = { plane, slack, toIndex, out, scan };
  const fromNear = nearBox(from, widenBox(to.bbox, reachMeters, plane), plane);
  const toNear = nearBox(to, widenBox(from.bbox, reachMeters, plane), plane);
  scanVerticesAgainstEdges(fromNear, toNear, true, context);
  scanVerticesAgainstEdges(toNear, fromNear, false, context);
  return scan;
}

interface ScanContext {
  plane: LocalPlane;
  slack: PlanarSlack;
  toIndex: number;
  out: PairCandidate[];
  scan: PlanarScan;
}

/** The vertices and edges of a geometry within a box, with plane coordinates. */
interface NearParts {
  vertices: Position[];
  vertexXY: number[];
  edges: Position[];
  edgeXY: number[];
}

/** A bounding box grown by `reachMeters` on each side (everything, for an infinite reach). */
export function widenBox(
  bbox: readonly number[],
  reachMeters: number,
  plane: LocalPlane,
): [number, number, number, number] {
  if (!Number.isFinite(reachMeters)) return [-Infinity, -Infinity, Infinity, Infinity];
  const dLon = reachMeters / plane.metersPerDegreeLon;
  const dLat = reachMeters / plane.metersPerDegreeLat;
  return [
    (bbox[0] as number) - dLon,
    (bbox[1] as number) - dLat,
    (bbox[2] as number) + dLon,
    (bbox[3] as number) + dLat,
  ];
}

function nearBox(geometry: PreparedGeometry, box: readonly number[], plane: LocalPlane): NearParts {
  const [west, south, east, north] = box as [number, number, number, number];
  const kx = plane.metersPerDegreeLon;
  const ky = plane.metersPerDegreeLat;
  const near: NearParts = { vertices: [], vertexXY: [], edges: [], edgeXY: [] };
  for (const path of geometry.paths) {
    for (let i = 0; i < path.length; i++) {
      const start = path[i] as Position;
      const end = (path[i + 1] ?? (path.length === 1 ? start : undefined)) as Position | undefined;
      const x0 = start[0] as number;
      const y0 = start[1] as number;
      if (x0 >= west && x0 <= east && y0 >= south && y0 <= north) {
        near.vertices.push(start);
        near.vertexXY.push(x0 * kx, y0 * ky);
      }
      if (!end) continue;
      const x1 = end[0] as number;
      const y1 = end[1] as number;
      if (Math.max(x0, x1) < west || Math.min(x0, x1) > east) continue;
      if (Math.max(y0, y1) < south || Math.min(y0, y1) > north) continue;
      near.edges.push(start, end);
      near.edgeXY.push(x0 * kx, y0 * ky, x1 * kx, y1 * ky);
    }
  }
  return near;
}

function scanVerticesAgainstEdges(
  vertices: NearParts,
  edges: NearParts,
  vertexOnFrom: boolean,
  context: ScanContext,
): void {
  const { scan, slack } = context;
  const xy = edges.edgeXY;
  let threshold = planarThreshold(scan.minPlanarMeters, slack);
  for (let v = 0; v < vertices.vertices.length; v++) {
    const px = vertices.vertexXY[2 * v] as number;
    const py = vertices.vertexXY[2 * v + 1] as number;
    for (let e = 0; e < edges.edges.length; e += 2) {
      const planarMeters = pointSegmentDistance(
        px,
        py,
        xy[2 * e] as number,
        xy[2 * e + 1] as number,
        xy[2 * e + 2] as number,
        xy[2 * e + 3] as number,
      );
      if (planarMeters > threshold) continue;
      if (planarMeters < scan.minPlanarMeters) {
        scan.minPlanarMeters = planarMeters;
        threshold = planarThreshold(planarMeters, slack);
      }
      context.out.push({
        planarMeters,
        vertex: vertices.vertices[v] as Position,
        start: edges.edges[e] as Position,
        end: edges.edges[e + 1] as Position,
        vertexOnFrom,
        toIndex: context.toIndex,
      });
    }
  }
}

function bboxesTouch(a: readonly number[], b: readonly number[]): boolean {
  return (
    (a[0] as number) <= (b[2] as number) &&
    (b[0] as number) <= (a[2] as number) &&
    (a[1] as number) <= (b[3] as number) &&
    (b[1] as number) <= (a[3] as number)
  );
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by) in the plane. */
export function pointSegmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A position the two geometries share, if any: a vertex lying on the other's edge was already
 * found at distance 0, so here we look for edges crossing in their interiors and for one
 * geometry lying inside a polygon of the other. Done in lon/lat, like GEOS would.
 */
export function findContact(from: PreparedGeometry, to: PreparedGeometry): Position | null {
  const crossing = findCrossing(from, to);
  if (crossing) return crossing;
  for (const path of from.paths) {
    const first = path[0];
    if (first && pointInPolygons(first, to.polygons)) return first;
  }
  for (const path of to.paths) {
    const first = path[0];
    if (first && pointInPolygons(first, from.polygons)) return first;
  }
  return null;
}

function findCrossing(from: PreparedGeometry, to: PreparedGeometry): Position | null {
  for (const pathA of from.paths) {
    for (let i = 0; i + 1 < pathA.length; i++) {
      const a0 = pathA[i] as Position;
      const a1 = pathA[i + 1] as Position;
      for (const pathB of to.paths) {
        for (let j = 0; j + 1 < pathB.length; j++) {
          const hit = segmentIntersection(a0, a1, pathB[j] as Position, pathB[j + 1] as Position);
          if (hit) return hit;
        }
      }
    }
  }
  return null;
}

function segmentIntersection(
  a0: Position,
  a1: Position,
  b0: Position,
  b1: Position,
): Position | null {
  const ax = a0[0] as number;
  const ay = a0[1] as number;
  const rx = (a1[0] as number) - ax;
  const ry = (a1[1] as number) - ay;
  const sx = (b1[0] as number) - (b0[0] as number);
  const sy = (b1[1] as number) - (b0[1] as number);
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null;
  const qx = (b0[0] as number) - ax;
  const qy = (b0[1] as number) - ay;
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [ax + t * rx, ay + t * ry];
}
