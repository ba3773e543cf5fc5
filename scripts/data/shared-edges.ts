import type { Position } from 'geojson';
import { type District, exteriorRing } from './districts.ts';

/** A line along the common edge of two groups of districts, with who is on each side. */
export interface SharedChain {
  positions: Position[];
  /** For edge i (positions i → i+1): the district of group A and the district of group B. */
  sides: Array<readonly [District, District]>;
}

interface Edge {
  from: Position;
  to: Position;
  sides: readonly [District, District];
}

/**
 * The edges that a district of group `a` shares with a district of group `b`, joined into
 * chains. Works because the source keeps shared edges vertex for vertex. Each chain starts at
 * the end nearest `startNear`.
 */
export function sharedChains(
  a: readonly District[],
  b: readonly District[],
  startNear: Position,
): SharedChain[] {
  const edges = sharedEdges(a, b);
  const adjacency = new Map<string, Edge[]>();
  const vertices = new Map<string, Position>();
  for (const edge of edges) {
    for (const end of [edge.from, edge.to]) {
      adjacency.set(key(end), [...(adjacency.get(key(end)) ?? []), edge]);
      vertices.set(key(end), end);
    }
  }
  const used = new Set<Edge>();
  const chains: SharedChain[] = [];
  const ends = [...adjacency.entries()]
    .filter(([, list]) => list.length === 1)
    .map(([vertexKey]) => vertices.get(vertexKey)!)
    .sort((p, q) => distanceSquared(p, startNear) - distanceSquared(q, startNear));
  for (const start of ends) {
    const chain = walk(start, adjacency, used);
    if (chain.sides.length > 0) chains.push(chain);
  }
  if (used.size !== edges.length) throw new Error('shared edges form a loop: not expected here');
  return chains;
}

function sharedEdges(a: readonly District[], b: readonly District[]): Edge[] {
  const owners = new Map<string, { from: Position; to: Position; districts: District[] }>();
  for (const district of [...a, ...b]) {
    const ring = exteriorRing(district);
    for (let i = 0; i < ring.length - 1; i++) {
      const from = ring[i]!;
      const to = ring[i + 1]!;
      const edgeKey = [key(from), key(to)].sort().join('|');
      const entry = owners.get(edgeKey) ?? { from, to, districts: [] };
      entry.districts.push(district);
      owners.set(edgeKey, entry);
    }
  }
  const edges: Edge[] = [];
  for (const { from, to, districts } of owners.values()) {
    const inA = districts.find((district) => a.includes(district));
    const inB = districts.find((district) => b.includes(district));
    if (districts.length === 2 && inA && inB) edges.push({ from, to, sides: [inA, inB] });
  }
  return edges;
}

function walk(start: Position, adjacency: Map<string, Edge[]>, used: Set<Edge>): SharedChain {
  const chain: SharedChain = { positions: [start], sides: [] };
  let current = start;
  for (;;) {
    const next = (adjacency.get(key(current)) ?? []).find((edge) => !used.has(edge));
    if (!next) return chain;
    used.add(next);
    current = key(next.from) === key(current) ? next.to : next.from;
    chain.positions.push(current);
    chain.sides.push(next.sides);
  }
}

function key(position: Position): string {
  return `${position[0]},${position[1]}`;
}

function distanceSquared(p: Position, q: Position): number {
  return (p[0]! - q[0]!) ** 2 + (p[1]! - q[1]!) ** 2;
}
