import Flatbush from 'flatbush';
import { type Box, boxesOverlap } from './ring-box.ts';

/** Below this many boxes, testing every pair beats building an index. */
const BRUTE_FORCE_MAX_BOXES = 32;

/**
 * Pairs of boxes that overlap, `[a, b]` with `a < b`, sorted by `a` then `b` so findings come
 * in the file's order; through a Flatbush index when there are many, about O(n log n).
 */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (boxes.length <= BRUTE_FORCE_MAX_BOXES) {
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        if (boxesOverlap(boxes[a]!, boxes[b]!)) pairs.push([a, b]);
      }
    }
    return pairs;
  }
  const index = new Flatbush(boxes.length);
  for (const box of boxes) index.add(...box);
  index.finish();
  const later: number[] = [];
  boxes.forEach((box, a) => {
    later.length = 0;
    index.search(...box, (b) => {
      if (b > a) later.push(b);
      return false;
    });
    later.sort((x, y) => x - y);
    for (const b of later) pairs.push([a, b]);
  });
  return pairs;
}
