import { diagnoseFarPosition, isNearRegion } from './far-outside.ts';
import { formatPosition, indexPath } from './path.ts';
import type { Reporter } from './reporter.ts';
import { forEachPosition, type Position } from './walk.ts';

/**
 * RFC 7946 ranges and "far outside the region" in one pass over a geometry's positions. One
 * finding per geometry, naming its first far position and the likely cause: a swapped or
 * projected file would otherwise repeat the same line for every vertex.
 */
export function checkPositionsInRegion(
  coordinates: unknown,
  depth: number,
  path: string,
  reporter: Reporter,
): void {
  let total = 0;
  let farCount = 0;
  let first: Position | undefined;
  let firstPath = path;
  forEachPosition(coordinates, depth, (position, indices) => {
    total += 1;
    if (isNearRegion(position[0]!, position[1]!)) return;
    farCount += 1;
    if (first !== undefined) return;
    first = position;
    firstPath = indexPath(path, indices);
  });
  if (first === undefined) return;
  const [x, y] = first as [number, number];
  const diagnosis = diagnoseFarPosition(x, y);
  const share =
    total > 1 ? ` ${farCount} of ${total} positions in this geometry are far outside.` : '';
  reporter.error(
    diagnosis.code,
    firstPath,
    `${formatPosition(x, y)} is far outside the Hà Nội – Vĩnh Phúc region: ${diagnosis.advice}.${share}`,
  );
}
