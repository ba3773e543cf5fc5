/** A position a feature is filed under: its first vertex (cheap, and stable under most edits). */
export function anchorOf(geometry: GeoJSON.Geometry | null): [number, number] {
  let coords: unknown = geometry && 'coordinates' in geometry ? geometry.coordinates : undefined;
  if (geometry?.type === 'GeometryCollection') return anchorOf(geometry.geometries[0] ?? null);
  while (Array.isArray(coords) && Array.isArray(coords[0])) coords = coords[0];
  if (!Array.isArray(coords) || typeof coords[0] !== 'number') return [0, 0];
  return [coords[0], Number(coords[1] ?? 0)];
}

/**
 * A k-d partition of the plane into `2^depth` cells, split at the medians of the positions it
 * was built from (x first, then y, alternating). The cells are fixed once built: a new or moved
 * position falls in the cell whose bounds contain it, so the same feature stays in the same
 * cell however the rest of the layer changes.
 */
export class KdCells {
  /** Split values in heap order: node `n` has children `2n + 1` and `2n + 2`. */
  readonly splits: number[];

  constructor(
    positions: readonly (readonly [number, number])[],
    private readonly depth: number,
  ) {
    this.splits = new Array((1 << depth) - 1).fill(0);
    this.build([...positions], 0, 0);
  }

  /**
   * The partition another `KdCells` made (its `splits`, e.g. sent by the import worker), without
   * sorting the positions again.
   */
  static fromSplits(splits: readonly number[], depth: number): KdCells {
    if (splits.length !== (1 << depth) - 1) {
      throw new Error(`KdCells: ${splits.length} splits do not make a partition of depth ${depth}`);
    }
    const cells = new KdCells([], depth);
    cells.splits.splice(0, splits.length, ...splits);
    return cells;
  }

  get count(): number {
    return 1 << this.depth;
  }

  /** The cell (0 … count − 1) holding a position. */
  cellOf([x, y]: readonly [number, number]): number {
    let node = 0;
    for (let level = 0; level < this.depth; level++) {
      const value = level % 2 === 0 ? x : y;
      node = value < this.splits[node]! ? 2 * node + 1 : 2 * node + 2;
    }
    return node - this.splits.length;
  }

  private build(positions: (readonly [number, number])[], node: number, level: number): void {
    if (level >= this.depth) return;
    const axis = level % 2;
    positions.sort((a, b) => a[axis]! - b[axis]!);
    const middle = positions.length >> 1;
    this.splits[node] = positions[middle]?.[axis] ?? 0;
    this.build(positions.slice(0, middle), 2 * node + 1, level + 1);
    this.build(positions.slice(middle), 2 * node + 2, level + 1);
  }
}
