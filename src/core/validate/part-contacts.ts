import Flatbush from 'flatbush';
import { contactPoint, edgeContact, MEET_CROSS, MEET_NONE } from './edge-contact.ts';
import type { Box } from './ring-box.ts';
import type { Position } from './walk.ts';

/** How two parts of a MultiPolygon meet: where they first cross, and whether they touch. */
export interface PartContact {
  /** The first place (in the first part's edge order) where the parts cross or share an edge. */
  crossing: { x: number; y: number } | undefined;
  /** Whether the parts touch at a point (only meaningful without a crossing). */
  touching: boolean;
}

/** Parts with more edges than this get an index of their edges, built once and kept. */
const INDEX_MIN_EDGES = 64;
/** Up to this many edge pairs in the shared box, test every pair; beyond, index one side. */
const BRUTE_FORCE_MAX_PAIRS = 4096;

/** Edges in flat typed arrays, grown on demand and reused from pair to pair. */
class EdgeList {
  count = 0;
  ax = new Float64Array(64);
  ay = new Float64Array(64);
  bx = new Float64Array(64);
  by = new Float64Array(64);

  clear(): void {
    this.count = 0;
  }

  push(ax: number, ay: number, bx: number, by: number): void {
    if (this.count === this.ax.length) this.grow();
    const i = this.count++;
    this.ax[i] = ax;
    this.ay[i] = ay;
    this.bx[i] = bx;
    this.by[i] = by;
  }

  private grow(): void {
    const bigger = (old: Float64Array) => {
      const next = new Float64Array(old.length * 2);
      next.set(old);
      return next;
    };
    this.ax = bigger(this.ax);
    this.ay = bigger(this.ay);
    this.bx = bigger(this.bx);
    this.by = bigger(this.by);
  }
}

/** A big part's edges, all rings in order, and a Flatbush index of their boxes. */
interface PartIndex {
  edges: EdgeList;
  index: Flatbush;
}

/**
 * Finds how the parts of one MultiPolygon meet, pair by pair, looking only at the edges of
 * each part that lie in the other's box. Replaces an index of every edge of every ring, which
 * for a Feature of 86,667 parts took hundreds of megabytes and most of the time, although
 * only parts whose boxes overlap can meet. A big part indexes its edges once, so a part with
 * many neighbours is not scanned again for each: about O(n log n) in all.
 */
export class PartContacts {
  private readonly indexes = new Map<number, PartIndex>();
  private readonly first = new EdgeList();
  private readonly second = new EdgeList();

  constructor(
    private readonly parts: readonly (readonly Position[][])[],
    private readonly boxes: readonly Box[],
  ) {}

  /** How parts `a` and `b` (indices into the constructor's lists) meet. */
  between(a: number, b: number): PartContact {
    const mine = this.edgesIn(a, this.boxes[b]!, this.first);
    const theirs = this.edgesIn(b, this.boxes[a]!, this.second);
    if (mine.count === 0 || theirs.count === 0) return { crossing: undefined, touching: false };
    return mine.count * theirs.count <= BRUTE_FORCE_MAX_PAIRS
      ? meetByPairs(mine, theirs)
      : meetByIndex(mine, theirs);
  }

  /** Part `p`'s edges whose boxes overlap `box`, in the part's order, into `out`. */
  private edgesIn(p: number, box: Box, out: EdgeList): EdgeList {
    out.clear();
    const part = this.parts[p]!;
    const [minX, minY, maxX, maxY] = box;
    if (edgeCount(part) <= INDEX_MIN_EDGES) {
      for (const ring of part) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const ax = ring[i]![0]!;
          const ay = ring[i]![1]!;
          const bx = ring[i + 1]![0]!;
          const by = ring[i + 1]![1]!;
          if (Math.max(ax, bx) < minX || Math.min(ax, bx) > maxX) continue;
          if (Math.max(ay, by) < minY || Math.min(ay, by) > maxY) continue;
          out.push(ax, ay, bx, by);
        }
      }
      return out;
    }
    const { edges, index } = this.indexOf(p);
    const found = index.search(minX, minY, maxX, maxY).sort((x, y) => x - y);
    for (const e of found) out.push(edges.ax[e]!, edges.ay[e]!, edges.bx[e]!, edges.by[e]!);
    return out;
  }

  private indexOf(p: number): PartIndex {
    const known = this.indexes.get(p);
    if (known) return known;
    const edges = new EdgeList();
    for (const ring of this.parts[p]!) {
      for (let i = 0; i + 1 < ring.length; i++) {
        edges.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
      }
    }
    const index = new Flatbush(edges.count);
    addBoxes(index, edges);
    const made = { edges, index };
    this.indexes.set(p, made);
    return made;
  }
}

/** Adds the boxes of every edge in `edges` to `index`, and finishes it. */
function addBoxes(index: Flatbush, edges: EdgeList): void {
  for (let e = 0; e < edges.count; e++) {
    const ax = edges.ax[e]!;
    const ay = edges.ay[e]!;
    const bx = edges.bx[e]!;
    const by = edges.by[e]!;
    index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
  }
  index.finish();
}

function edgeCount(part: readonly Position[][]): number {
  let count = 0;
  for (const ring of part) count += ring.length - 1;
  return count;
}

/** Meets edge `i` of `m` and edge `j` of `t`, when their boxes overlap. */
function meetEdges(m: EdgeList, i: number, t: EdgeList, j: number): number {
  const ax = m.ax[i]!;
  const ay = m.ay[i]!;
  const bx = m.bx[i]!;
  const by = m.by[i]!;
  const cx = t.ax[j]!;
  const cy = t.ay[j]!;
  const dx = t.bx[j]!;
  const dy = t.by[j]!;
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return MEET_NONE;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return MEET_NONE;
  return edgeContact(ax, ay, bx, by, cx, cy, dx, dy);
}

function meetByPairs(mine: EdgeList, theirs: EdgeList): PartContact {
  let touching = false;
  for (let i = 0; i < mine.count; i++) {
    for (let j = 0; j < theirs.count; j++) {
      const meeting = meetEdges(mine, i, theirs, j);
      if (meeting === MEET_CROSS) return { crossing: { ...contactPoint }, touching };
      if (meeting !== MEET_NONE) touching = true;
    }
  }
  return { crossing: undefined, touching };
}

function meetByIndex(mine: EdgeList, theirs: EdgeList): PartContact {
  const index = new Flatbush(theirs.count);
  addBoxes(index, theirs);
  let touching = false;
  for (let i = 0; i < mine.count; i++) {
    const ax = mine.ax[i]!;
    const ay = mine.ay[i]!;
    const bx = mine.bx[i]!;
    const by = mine.by[i]!;
    const near = index.search(
      Math.min(ax, bx),
      Math.min(ay, by),
      Math.max(ax, bx),
      Math.max(ay, by),
    );
    near.sort((x, y) => x - y);
    for (const j of near) {
      const meeting = meetEdges(mine, i, theirs, j);
      if (meeting === MEET_CROSS) return { crossing: { ...contactPoint }, touching };
      if (meeting !== MEET_NONE) touching = true;
    }
  }
  return { crossing: undefined, touching };
}
