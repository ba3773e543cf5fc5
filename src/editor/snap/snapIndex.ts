import Flatbush from 'flatbush';

/** A lon/lat position. */
export type LngLat = [number, number];

/** Screen pixels for a lon/lat, and back: the map's projection, injected so tests need no map. */
export interface ScreenProjection {
  project: (lngLat: LngLat) => { x: number; y: number };
  unproject: (point: { x: number; y: number }) => LngLat;
}

/** Where a position snapped to: a vertex of a feature, or a point on one of its edges. */
export interface SnapTarget {
  kind: 'vertex' | 'edge';
  position: LngLat;
  distancePx: number;
}

/** The segments (a vertex is a segment of length zero) of every feature, in one index. */
export interface SnapIndex {
  readonly segmentCount: number;
  /** The nearest vertex within `tolerancePx` (vertices win), else the nearest edge point. */
  snap(at: LngLat, tolerancePx: number, projection: ScreenProjection): SnapTarget | undefined;
}

/** Every line of a geometry (rings, lines; a point is a line of one position). */
function linesOf(geometry: GeoJSON.Geometry | null): GeoJSON.Position[][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]];
    case 'MultiPoint':
      return geometry.coordinates.map((position) => [position]);
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(linesOf);
  }
}

/**
 * Builds a flatbush index of the segments of `features`, so a snap looks at the few segments
 * near the pointer instead of scanning every vertex (instant with 10,000 features in view).
 */
export function buildSnapIndex(features: Iterable<GeoJSON.Feature>): SnapIndex {
  // Segment i runs from (coords[4i], coords[4i+1]) to (coords[4i+2], coords[4i+3]).
  const coords: number[] = [];
  for (const feature of features) {
    for (const line of linesOf(feature.geometry)) {
      if (line.length === 1) {
        const [x, y] = line[0] as [number, number];
        coords.push(x, y, x, y);
      }
      for (let i = 0; i + 1 < line.length; i++) {
        const [ax, ay] = line[i] as [number, number];
        const [bx, by] = line[i + 1] as [number, number];
        coords.push(ax, ay, bx, by);
      }
    }
  }
  const count = coords.length / 4;
  if (count === 0) return { segmentCount: 0, snap: () => undefined };
  const index = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const [ax, ay, bx, by] = coords.slice(4 * i, 4 * i + 4) as [number, number, number, number];
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
  const segment = (i: number): [LngLat, LngLat] => [
    [coords[4 * i]!, coords[4 * i + 1]!],
    [coords[4 * i + 2]!, coords[4 * i + 3]!],
  ];
  return {
    segmentCount: count,
    snap: (at, tolerancePx, projection) => snapNear(index, segment, at, tolerancePx, projection),
  };
}

function snapNear(
  index: Flatbush,
  segment: (i: number) => [LngLat, LngLat],
  at: LngLat,
  tolerancePx: number,
  projection: ScreenProjection,
): SnapTarget | undefined {
  const p = projection.project(at);
  // The search box: the pointer ± tolerance on screen, as lon/lat (y grows southward).
  const [west, north] = projection.unproject({ x: p.x - tolerancePx, y: p.y - tolerancePx });
  const [east, south] = projection.unproject({ x: p.x + tolerancePx, y: p.y + tolerancePx });
  let vertex: SnapTarget | undefined;
  let edge: SnapTarget | undefined;
  for (const i of index.search(west, south, east, north)) {
    const [a, b] = segment(i);
    for (const end of [a, b]) {
      const distancePx = screenDistance(projection.project(end), p);
      if (distancePx <= tolerancePx && (!vertex || distancePx < vertex.distancePx)) {
        vertex = { kind: 'vertex', position: end, distancePx };
      }
    }
    const foot = footOnSegment(a, b, p, projection);
    if (foot && foot.distancePx <= tolerancePx && (!edge || foot.distancePx < edge.distancePx)) {
      edge = foot;
    }
  }
  return vertex ?? edge;
}

function screenDistance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * The point of segment a–b nearest the pointer on screen. The parameter along the segment is
 * found on screen and applied to lon/lat, so the result lies exactly on the stored edge (a
 * segment of a few hundred metres is straight in both to well under a millimetre).
 */
function footOnSegment(
  a: LngLat,
  b: LngLat,
  p: { x: number; y: number },
  projection: ScreenProjection,
): SnapTarget | undefined {
  const pa = projection.project(a);
  const pb = projection.project(b);
  const dx = pb.x - pa.x;
  const dy = pb.y - pa.y;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return undefined;
  const t = Math.max(0, Math.min(1, ((p.x - pa.x) * dx + (p.y - pa.y) * dy) / lengthSquared));
  const position: LngLat = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  const distancePx = screenDistance({ x: pa.x + t * dx, y: pa.y + t * dy }, p);
  return { kind: 'edge', position, distancePx };
}
