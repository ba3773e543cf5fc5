import type { Polygon, Position } from 'geojson';
import { roundPosition } from '../round.ts';
import { cellCentre, distanceInside, type Grid, gridOver, rasterize, toGrid } from './grid.ts';
import { cheapestPath } from './grid-path.ts';

/** How to match one road to the footprint. */
export interface TraceOptions {
  /** The facts' waypoints, in order; the trace runs from the first to the last. */
  waypoints: readonly Position[];
  /** How far the real road may lie from the waypoint line, m: the corridor's soft width. */
  corridorM: number;
  /** Favour the middle of wide strips (dual carriageways, expressways) over single lanes. */
  preferWide: boolean;
}

/** A traced road and how well it fits its waypoints. */
export interface Trace {
  positions: Position[];
  /** Largest distance from a waypoint to the trace, m. */
  waypointOffsetM: number;
  /** Trace length over the waypoint line's length (grid metres): a detour shows as > 1.3. */
  lengthRatio: number;
}

/** Raster cell, m: a 10 m footprint strip is two or three cells wide at any angle. */
export const TRACE_CELL_M = 5;

/**
 * Map-matches a road to the 2018 road footprint: the cheapest path through the footprint's
 * raster from the footprint cell nearest the first waypoint to the one nearest the last, where
 * a cell costs more near a strip's edge (so the path keeps to the middle), on narrow strips when
 * `preferWide`, and quadratically with its distance from the waypoint line beyond `corridorM`.
 * Undefined when the two ends are not connected within the corridor.
 */
export function traceRoad(footprint: readonly Polygon[], options: TraceOptions): Trace | undefined {
  const grid = gridOver(corridorBox(options), TRACE_CELL_M);
  const inside = distanceInside(grid, rasterize(grid, footprint));
  const line = options.waypoints.map((p) => toGrid(grid, p));
  const corridorCells = options.corridorM / TRACE_CELL_M;
  const pull = options.preferWide ? 18 : 6;
  const weight = (cell: number) => {
    const thirds = inside[cell]!;
    if (thirds === 0) return Number.POSITIVE_INFINITY;
    const x = (cell % grid.width) + 0.5;
    const y = Math.floor(cell / grid.width) + 0.5;
    const off = distanceToLine(x, y, line) / corridorCells;
    return (1 + pull / thirds) * (1 + off * off);
  };
  const start = snap(grid, inside, line[0]!, pull);
  const goal = snap(grid, inside, line[line.length - 1]!, pull);
  if (start === undefined || goal === undefined) return undefined;
  const cells = cheapestPath(grid.width, grid.height, weight, start, goal);
  if (!cells) return undefined;
  const kept = simplifyCells(grid, cells, 1);
  const positions = kept.map((cell) => roundPosition(cellCentre(grid, cell)));
  const gridPath = kept.map((cell) => [
    (cell % grid.width) + 0.5,
    Math.floor(cell / grid.width) + 0.5,
  ]);
  const waypointOffsetM = Math.max(
    ...line.map(([x, y]) => distanceToLine(x!, y!, gridPath) * TRACE_CELL_M),
  );
  const lengthRatio = polylineLength(gridPath) / polylineLength(line);
  return { positions, waypointOffsetM, lengthRatio };
}

function corridorBox({ waypoints, corridorM }: TraceOptions): [number, number, number, number] {
  const marginDeg = (Math.min(corridorM, 2000) + 500) / 100_000;
  const lons = waypoints.map((p) => p[0]!);
  const lats = waypoints.map((p) => p[1]!);
  return [
    Math.min(...lons) - marginDeg,
    Math.min(...lats) - marginDeg,
    Math.max(...lons) + marginDeg,
    Math.max(...lats) + marginDeg,
  ];
}

/** The footprint cell within 1 km of `at` that is closest, weighing narrow strips as farther. */
function snap(
  grid: Grid,
  inside: Uint16Array,
  [ax, ay]: number[],
  pull: number,
): number | undefined {
  const radius = Math.ceil(1000 / grid.cellM);
  let best: number | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (
    let y = Math.max(0, Math.floor(ay! - radius));
    y < Math.min(grid.height, ay! + radius);
    y++
  ) {
    for (
      let x = Math.max(0, Math.floor(ax! - radius));
      x < Math.min(grid.width, ax! + radius);
      x++
    ) {
      const thirds = inside[y * grid.width + x]!;
      if (thirds === 0) continue;
      const score = Math.hypot(x + 0.5 - ax!, y + 0.5 - ay!) * (1 + pull / thirds);
      if (score < bestScore) {
        bestScore = score;
        best = y * grid.width + x;
      }
    }
  }
  return best;
}

/** Douglas–Peucker on the path's cell centres, tolerance in cells: kept vertices are path cells. */
function simplifyCells(grid: Grid, cells: readonly number[], tolerance: number): number[] {
  const xy = cells.map((cell) => [(cell % grid.width) + 0.5, Math.floor(cell / grid.width) + 0.5]);
  const keep = new Uint8Array(cells.length);
  keep[0] = 1;
  keep[cells.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, cells.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let k = first + 1; k < last; k++) {
      const d = distanceToSegment(xy[k]!, xy[first]!, xy[last]!);
      if (d > farthestDistance) {
        farthest = k;
        farthestDistance = d;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return cells.filter((_, k) => keep[k]);
}

function distanceToLine(x: number, y: number, line: readonly number[][]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k + 1 < line.length; k++) {
    best = Math.min(best, distanceToSegment([x, y], line[k]!, line[k + 1]!));
  }
  return line.length === 1 ? Math.hypot(x - line[0]![0]!, y - line[0]![1]!) : best;
}

function distanceToSegment(p: number[], a: number[], b: number[]): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function polylineLength(line: readonly number[][]): number {
  let sum = 0;
  for (let k = 0; k + 1 < line.length; k++) {
    sum += Math.hypot(line[k + 1]![0]! - line[k]![0]!, line[k + 1]![1]! - line[k]![1]!);
  }
  return sum;
}
