/** A position whose shape has been checked: two or three finite numbers. */
export type Position = readonly number[];

/** Receives each position and the indices that lead to it (reused: copy to keep). */
export type PositionVisitor = (position: Position, indices: readonly number[]) => void;

/**
 * Calls `visit` for every position of shape-checked `coordinates` nested `depth` deep, with the
 * indices that lead to it.
 */
export function forEachPosition(coordinates: unknown, depth: number, visit: PositionVisitor): void {
  walk(coordinates, depth, [], visit);
}

function walk(items: unknown, level: number, indices: number[], visit: PositionVisitor): void {
  if (level === 0) {
    visit(items as Position, indices);
    return;
  }
  const array = items as unknown[];
  indices.push(0);
  const last = indices.length - 1;
  for (let i = 0; i < array.length; i++) {
    indices[last] = i;
    walk(array[i], level - 1, indices, visit);
  }
  indices.pop();
}
