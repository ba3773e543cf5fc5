import { MinHeap } from './min-heap.ts';

const NEIGHBOURS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, Math.SQRT2],
  [1, -1, Math.SQRT2],
  [-1, 1, Math.SQRT2],
  [-1, -1, Math.SQRT2],
];

/**
 * The cheapest 8-connected path of cells from `start` to `goal` through cells with a finite
 * `weight` (cost per cell of length; Infinity = outside), or undefined when they are not
 * connected. Dijkstra: exact for the given weights.
 */
export function cheapestPath(
  width: number,
  height: number,
  weight: (index: number) => number,
  start: number,
  goal: number,
): number[] | undefined {
  // Maps, not full-grid arrays: only the cells near the road are ever reached.
  const cost = new Map<number, number>([[start, 0]]);
  const from = new Map<number, number>();
  const heap = new MinHeap();
  heap.push(start, 0);
  while (heap.size > 0) {
    const [cell, key] = heap.pop();
    if (key > cost.get(cell)!) continue;
    if (cell === goal) return walkBack(from, goal);
    const x = cell % width;
    const y = (cell - x) / width;
    const here = weight(cell);
    for (const [dx, dy, length] of NEIGHBOURS) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
      const next = ny * width + nx;
      const there = weight(next);
      if (!Number.isFinite(there)) continue;
      const candidate = key + (length * (here + there)) / 2;
      if (candidate < (cost.get(next) ?? Number.POSITIVE_INFINITY)) {
        cost.set(next, candidate);
        from.set(next, cell);
        heap.push(next, candidate);
      }
    }
  }
  return undefined;
}

function walkBack(from: ReadonlyMap<number, number>, goal: number): number[] {
  const path = [goal];
  for (let cell = from.get(goal); cell !== undefined; cell = from.get(cell)) path.push(cell);
  return path.reverse();
}
