import type { RingTouch } from './ring-contacts.ts';

/**
 * Whether the rings' touch points cut a polygon's interior in pieces (OGC: the interior of a
 * polygon is connected; GEOS: "Interior is disconnected"), e.g. a hole touching the exterior
 * ring at two points, or three holes touching in a chain that closes. Rings and touch points
 * form a graph; the interior is cut exactly when that graph has a cycle. Union-find over both
 * kinds of node finds the first edge that closes one. Returns that touch point, if any.
 */
export function findDisconnectingTouch(
  ringCount: number,
  touches: readonly RingTouch[],
): RingTouch | undefined {
  const parent: number[] = Array.from({ length: ringCount }, (_, i) => i);
  const pointNode = new Map<string, number>();
  const find = (node: number): number => {
    let root = node;
    while (parent[root] !== root) root = parent[root]!;
    // Path halving keeps the trees flat without recursion.
    let current = node;
    while (parent[current] !== root) {
      const next = parent[current]!;
      parent[current] = root;
      current = next;
    }
    return root;
  };
  /** Joins two nodes; false when they were already joined (the edge closes a cycle). */
  const union = (a: number, b: number): boolean => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) return false;
    parent[rootA] = rootB;
    return true;
  };
  const seenEdges = new Set<string>();
  for (const touch of touches) {
    const key = `${touch.x} ${touch.y}`;
    let node = pointNode.get(key);
    if (node === undefined) {
      node = parent.length;
      parent.push(node);
      pointNode.set(key, node);
    }
    for (const ring of [touch.a, touch.b]) {
      const edge = `${ring} ${node}`;
      if (seenEdges.has(edge)) continue;
      seenEdges.add(edge);
      if (!union(ring, node)) return touch;
    }
  }
  return undefined;
}
