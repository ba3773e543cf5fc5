import type { Position } from 'geojson';

/**
 * Cuts every ring of a set of polygons down to an axis-aligned box (Sutherland–Hodgman), so
 * that a large polygon enters the exact clipper with only the few edges near a small one.
 * The caller makes the box strictly larger than the other polygon, so whatever the cut adds
 * along the box's sides never touches it.
 *
 * Sutherland–Hodgman folds the parts of a ring outside the box onto the box's sides. Where
 * that folding doubles back (a spike along a side) we straighten it. Where a ring falls apart
 * into pieces joined by zero-width bridges, or two rings come to run along the same stretch
 * of a side (a hole cut open by the box), two edges overlap and clippers go wrong: then we
 * return null and the caller clips the whole polygon instead. Rings left with fewer than
 * three positions are dropped, and so are polygons whose outer ring is.
 */
export function clipRingsToBox(
  polygons: readonly Position[][][],
  box: readonly [number, number, number, number],
): Position[][][] | null {
  const clipped: Position[][][] = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings;
    if (!outer) continue;
    const clippedOuter = clipRing(outer, box);
    if (!clippedOuter) continue;
    const polygon = [clippedOuter];
    for (const hole of holes) {
      const clippedHole = clipRing(hole, box);
      if (clippedHole) polygon.push(clippedHole);
    }
    clipped.push(polygon);
  }
  if (hasOverlappingSideEdges(clipped.flat(), box)) return null;
  return clipped;
}

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function clipRing(ring: readonly Position[], box: readonly number[]): Position[] | null {
  const [west, south, east, north] = box as [number, number, number, number];
  let points: Position[] = openRing(ring);
  points = clipEdge(points, (p) => (p[0] as number) >= west, crossAtLon(west));
  points = clipEdge(points, (p) => (p[0] as number) <= east, crossAtLon(east));
  points = clipEdge(points, (p) => (p[1] as number) >= south, crossAtLat(south));
  points = clipEdge(points, (p) => (p[1] as number) <= north, crossAtLat(north));
  points = straightenSides(points, box);
  if (points.length < 3) return null;
  points.push(points[0] as Position);
  return points;
}

/** Which side of the box a position lies on: 0 west, 1 south, 2 east, 3 north, -1 none. */
function sidesOf(p: Position, box: readonly number[]): number {
  let sides = 0;
  if (p[0] === box[0]) sides |= 1;
  if (p[1] === box[1]) sides |= 2;
  if (p[0] === box[2]) sides |= 4;
  if (p[1] === box[3]) sides |= 8;
  return sides;
}

/**
 * Drops repeated positions, and positions whose neighbours both lie on one box side with them:
 * such a vertex only folds the ring back along that side, so dropping it keeps the area.
 */
function straightenSides(points: Position[], box: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const point of points) {
    out.push(point);
    settle(out, box);
  }
  let changed = true;
  while (changed && out.length >= 3) {
    changed = false;
    const first = out.shift() as Position;
    out.push(first);
    const before = out.length;
    settle(out, box);
    if (out.length !== before) changed = true;
    if (!changed) {
      out.unshift(out.pop() as Position);
      changed = removeWrapped(out, box);
    }
  }
  return out;
}

/** Removes, at the end of `out`, a repeat or a vertex folded along one side, repeatedly. */
function settle(out: Position[], box: readonly number[]): void {
  for (;;) {
    const n = out.length;
    const last = out[n - 1] as Position;
    const previous = out[n - 2];
    if (previous && previous[0] === last[0] && previous[1] === last[1]) {
      out.pop();
      continue;
    }
    const beforePrevious = out[n - 3];
    if (!previous || !beforePrevious) return;
    const shared = sidesOf(beforePrevious, box) & sidesOf(previous, box) & sidesOf(last, box);
    if (shared === 0) return;
    out.splice(n - 2, 1);
  }
}

/** The same test across the ring's seam (last, first, second). */
function removeWrapped(out: Position[], box: readonly number[]): boolean {
  const n = out.length;
  if (n < 3) return false;
  const last = out[n - 1] as Position;
  const first = out[0] as Position;
  const second = out[1] as Position;
  if (last[0] === first[0] && last[1] === first[1]) {
    out.pop();
    return true;
  }
  if ((sidesOf(last, box) & sidesOf(first, box) & sidesOf(second, box)) !== 0) {
    out.shift();
    return true;
  }
  const beforeLast = out[n - 2] as Position;
  if ((sidesOf(beforeLast, box) & sidesOf(last, box) & sidesOf(first, box)) !== 0) {
    out.pop();
    return true;
  }
  return false;
}

/** Whether two edges (of any rings) running along the same box side overlap. */
function hasOverlappingSideEdges(rings: readonly Position[][], box: readonly number[]): boolean {
  const intervals: [number, number, number][] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      const shared = sidesOf(a, box) & sidesOf(b, box);
      if (shared === 0) continue;
      const alongLon = (shared & 5) !== 0;
      const from = (alongLon ? a[1] : a[0]) as number;
      const to = (alongLon ? b[1] : b[0]) as number;
      intervals.push([shared, Math.min(from, to), Math.max(from, to)]);
    }
  }
  for (let i = 0; i < intervals.length; i++) {
    const [side, low, high] = intervals[i] as [number, number, number];
    for (let j = i + 1; j < intervals.length; j++) {
      const [otherSide, otherLow, otherHigh] = intervals[j] as [number, number, number];
      if ((side & otherSide) !== 0 && low < otherHigh && otherLow < high) return true;
    }
  }
  return false;
}

function openRing(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : ring.slice();
}

function clipEdge(points: readonly Position[], inside: Inside, cross: Cross): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const current = points[i] as Position;
    const previous = points[(i + points.length - 1) % points.length] as Position;
    const currentIn = inside(current);
    if (currentIn !== inside(previous)) out.push(cross(previous, current));
    if (currentIn) out.push(current);
  }
  return out;
}

function crossAtLon(lon: number): Cross {
  return (a, b) => {
    const t = (lon - (a[0] as number)) / ((b[0] as number) - (a[0] as number));
    return [lon, (a[1] as number) + t * ((b[1] as number) - (a[1] as number))];
  };
}

function crossAtLat(lat: number): Cross {
  return (a, b) => {
    const t = (lat - (a[1] as number)) / ((b[1] as number) - (a[1] as number));
    return [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), lat];
  };
}
