import type { Position } from 'geojson';
import { orient2d } from 'robust-predicates';

/**
 * Puts back on the clipper's output edges the input vertices that lie on them.
 *
 * polygon-clipping drops a vertex where the boundary runs straight through it; GEOS keeps
 * every input vertex on the result's boundary. In lon/lat that changes nothing, but areas are
 * measured with geodesic edges, and a geodesic between two far vertices bows away from the
 * straight lon/lat line that its pieces follow: dropping the vertices along a 5 km parallel
 * moves the area by ~600 m², and a zone overlapping its own copy came out larger than itself.
 * Puts them back, so the result measures as GEOS's does and as the input polygons do. "On" is
 * exact (Shewchuk's orientation test, the one polygon-clipping drops them by, and as GEOS
 * decides it): a vertex 1e-15° off a 1.6 km edge is not on it, and putting it there would
 * move the measured area by ~17 m².
 */
export function restoreBoundaryVertices(
  output: readonly Position[][][],
  inputs: readonly (readonly Position[][][])[],
): Position[][][] {
  const vertices = sortedVertices(inputs);
  return output.map((rings) => rings.map((ring) => restoreRing(ring, vertices)));
}

/** Every input vertex, sorted by longitude (then latitude), without repeats. */
function sortedVertices(inputs: readonly (readonly Position[][][])[]): Position[] {
  const all: Position[] = [];
  for (const polygons of inputs) {
    for (const rings of polygons) for (const ring of rings) all.push(...ring);
  }
  all.sort((p, q) => (p[0] as number) - (q[0] as number) || (p[1] as number) - (q[1] as number));
  return all.filter((p, i) => {
    const previous = all[i - 1];
    return !previous || previous[0] !== p[0] || previous[1] !== p[1];
  });
}

function restoreRing(ring: readonly Position[], vertices: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const from = ring[i] as Position;
    out.push(from);
    out.push(...onEdge(from, ring[i + 1] as Position, vertices));
  }
  if (ring.length > 0) out.push(ring[ring.length - 1] as Position);
  return out;
}

/** The vertices strictly inside the edge from → to, in order along it. */
function onEdge(from: Position, to: Position, vertices: readonly Position[]): Position[] {
  const x0 = from[0] as number;
  const y0 = from[1] as number;
  const x1 = to[0] as number;
  const y1 = to[1] as number;
  const found: [number, Position][] = [];
  const east = Math.max(x0, x1);
  const south = Math.min(y0, y1);
  const north = Math.max(y0, y1);
  for (let k = firstAtOrEast(vertices, Math.min(x0, x1)); k < vertices.length; k++) {
    const vertex = vertices[k] as Position;
    const x = vertex[0] as number;
    const y = vertex[1] as number;
    if (x > east) break;
    if (y < south || y > north || samePosition(vertex, from) || samePosition(vertex, to)) continue;
    if (orient2d(x0, y0, x1, y1, x, y) !== 0) continue;
    found.push([Math.abs(x - x0) + Math.abs(y - y0), vertex]);
  }
  return found.sort((p, q) => p[0] - q[0]).map(([, vertex]) => vertex);
}

/** The index of the first vertex whose longitude is at least `lon` (binary search). */
function firstAtOrEast(vertices: readonly Position[], lon: number): number {
  let low = 0;
  let high = vertices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (((vertices[middle] as Position)[0] as number) < lon) low = middle + 1;
    else high = middle;
  }
  return low;
}

function samePosition(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}
