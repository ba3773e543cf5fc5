import type { LineString, Position } from 'geojson';
import { MinHeap } from './min-heap.ts';

/**
 * The shortest path along a network of lines (shared vertices join lines) from the vertex
 * nearest `from` to the vertex nearest `to`, as the network's own vertices; undefined when
 * they are not connected. Lengths are local planar metres, enough to choose a path.
 */
export function pathAlongLines(
  lines: readonly LineString[],
  from: Position,
  to: Position,
): Position[] | undefined {
  const ids = new Map<string, number>();
  const vertices: Position[] = [];
  const edges: Array<Array<[number, number]>> = [];
  const idOf = (p: Position) => {
    const key = `${p[0]},${p[1]}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = vertices.length;
      ids.set(key, id);
      vertices.push(p);
      edges.push([]);
    }
    return id;
  };
  for (const line of lines) {
    for (let k = 0; k + 1 < line.coordinates.length; k++) {
      const a = idOf(line.coordinates[k]!);
      const b = idOf(line.coordinates[k + 1]!);
      const length = planarMetres(vertices[a]!, vertices[b]!);
      edges[a]!.push([b, length]);
      edges[b]!.push([a, length]);
    }
  }
  const start = nearest(vertices, from);
  const goal = nearest(vertices, to);
  const cost = new Float64Array(vertices.length).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(vertices.length).fill(-1);
  const heap = new MinHeap();
  cost[start] = 0;
  heap.push(start, 0);
  while (heap.size > 0) {
    const [vertex, key] = heap.pop();
    if (key > cost[vertex]!) continue;
    if (vertex === goal) break;
    for (const [next, length] of edges[vertex]!) {
      if (key + length < cost[next]!) {
        cost[next] = key + length;
        previous[next] = vertex;
        heap.push(next, key + length);
      }
    }
  }
  if (!Number.isFinite(cost[goal]!)) return undefined;
  const path = [vertices[goal]!];
  for (let v = previous[goal]!; v >= 0; v = previous[v]!) path.push(vertices[v]!);
  return path.reverse();
}

function nearest(vertices: readonly Position[], at: Position): number {
  let best = 0;
  for (let k = 1; k < vertices.length; k++) {
    if (planarMetres(vertices[k]!, at) < planarMetres(vertices[best]!, at)) best = k;
  }
  return best;
}

function planarMetres(a: Position, b: Position): number {
  const dx = (a[0]! - b[0]!) * 103_500;
  const dy = (a[1]! - b[1]!) * 110_720;
  return Math.hypot(dx, dy);
}
