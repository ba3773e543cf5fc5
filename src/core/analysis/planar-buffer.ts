import * as martinez from 'martinez-polygon-clipping';

type PlanarRing = [number, number][];
type PlanarPolygon = PlanarRing[];

/** Vertices of each round cap: chords then stray from the true circle by at most 0.06 %. */
const CIRCLE_SEGMENTS = 64;

/**
 * The buffer of a planar geometry (coordinates in metres) by `distanceMeters`: the union of
 * the polygons themselves, a rectangle along every edge and a disc at every vertex. Each
 * rectangle runs 1 % of the distance past its edge's ends so that no two pieces meet exactly at
 * a vertex, which martinez (like most clippers) handles poorly.
 */
export function planarBuffer(
  paths: readonly (readonly [number, number][])[],
  polygons: readonly PlanarPolygon[],
  distanceMeters: number,
): PlanarPolygon[] {
  const pieces: PlanarPolygon[][] = polygons.map((polygon) => [polygon]);
  // Identical pieces (a ring's closing vertex, an edge two rings share) overlap edge for edge,
  // which clippers handle badly: add each disc and rectangle once.
  const seen = new Set<string>();
  const addOnce = (key: string, piece: PlanarRing | null) => {
    if (!piece || seen.has(key)) return;
    seen.add(key);
    pieces.push([[piece]]);
  };
  for (const path of paths) {
    for (let i = 0; i < path.length; i++) {
      const vertex = path[i] as [number, number];
      addOnce(`${vertex[0]},${vertex[1]}`, disc(vertex, distanceMeters));
      const next = path[i + 1];
      if (!next) continue;
      const forward = `${vertex[0]},${vertex[1]},${next[0]},${next[1]}`;
      const backward = `${next[0]},${next[1]},${vertex[0]},${vertex[1]}`;
      if (seen.has(backward)) continue;
      addOnce(forward, edgeRectangle(vertex, next, distanceMeters));
    }
  }
  return unionAll(pieces);
}

/** Unions the pieces pairwise, as a balanced tree: far fewer vertices pass through martinez. */
function unionAll(pieces: PlanarPolygon[][]): PlanarPolygon[] {
  let level = pieces;
  while (level.length > 1) {
    const next: PlanarPolygon[][] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as PlanarPolygon[];
      const right = level[i + 1];
      if (!right) {
        next.push(left);
        continue;
      }
      const merged = martinez.union(left as martinez.MultiPolygon, right as martinez.MultiPolygon);
      next.push((merged ?? []) as PlanarPolygon[]);
    }
    level = next;
  }
  return level[0] ?? [];
}

/**
 * A regular polygon around `center` whose edges' midpoints and vertices straddle the circle of
 * radius `radiusMeters` equally (vertex radius r·2/(1 + cos(π/n))).
 */
function disc(center: readonly [number, number], radiusMeters: number): PlanarRing {
  const vertexRadius = (radiusMeters * 2) / (1 + Math.cos(Math.PI / CIRCLE_SEGMENTS));
  const ring: PlanarRing = [];
  for (let k = 0; k < CIRCLE_SEGMENTS; k++) {
    const angle = (2 * Math.PI * k) / CIRCLE_SEGMENTS;
    ring.push([
      center[0] + vertexRadius * Math.cos(angle),
      center[1] + vertexRadius * Math.sin(angle),
    ]);
  }
  ring.push([...(ring[0] as [number, number])]);
  return ring;
}

function edgeRectangle(
  start: readonly [number, number],
  end: readonly [number, number],
  halfWidthMeters: number,
): PlanarRing | null {
  const dx = end[0] - start[0];
  const dy = end[1] - start[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return null;
  const ux = dx / length;
  const uy = dy / length;
  const overrun = halfWidthMeters * 0.01;
  const nx = -uy * halfWidthMeters;
  const ny = ux * halfWidthMeters;
  const sx = start[0] - ux * overrun;
  const sy = start[1] - uy * overrun;
  const ex = end[0] + ux * overrun;
  const ey = end[1] + uy * overrun;
  return [
    [sx - nx, sy - ny],
    [ex - nx, ey - ny],
    [ex + nx, ey + ny],
    [sx + nx, sy + ny],
    [sx - nx, sy - ny],
  ];
}
