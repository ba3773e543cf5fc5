import Flatbush from 'flatbush';
import type { PlanarPoint, PlanarPolygon } from './buffer-pieces.ts';

/**
 * The pieces in groups that can be united apart: two pieces whose boxes meet (edges and corners
 * included) are in one group, and so on from piece to piece. Pieces of different groups cannot
 * touch, so their unions need no clipping together: a cloud of points far apart, or the parts
 * of a MultiPolygon, are not swept as one (polygon-clipping's time grows faster than the pieces).
 */
export function pieceClusters(pieces: readonly PlanarPolygon[]): PlanarPolygon[][] {
  if (pieces.length < 2) return pieces.length === 0 ? [] : [[...pieces]];
  const index = new Flatbush(pieces.length);
  const boxes = pieces.map(boxOf);
  for (const [west, south, east, north] of boxes) index.add(west, south, east, north);
  index.finish();
  const parent = Int32Array.from(pieces, (_, k) => k);
  const root = (k: number): number => {
    let at = k;
    while (parent[at] !== at) {
      const up = parent[at] as number;
      parent[at] = parent[up] as number;
      at = up;
    }
    return at;
  };
  boxes.forEach(([west, south, east, north], k) => {
    for (const other of index.search(west, south, east, north)) {
      const a = root(k);
      const b = root(other);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const groups = new Map<number, PlanarPolygon[]>();
  pieces.forEach((piece, k) => {
    const key = root(k);
    const group = groups.get(key);
    if (group) group.push(piece);
    else groups.set(key, [piece]);
  });
  return [...groups.values()];
}

function boxOf(piece: PlanarPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of piece[0] as PlanarPoint[]) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}
