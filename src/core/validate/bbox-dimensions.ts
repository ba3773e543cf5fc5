/** The members through which an object holds positions. */
const CONTAINERS = ['features', 'geometry', 'geometries', 'coordinates'];

/**
 * The fewest and most dimensions (2 or 3) of the positions an object holds, or `undefined`
 * when it holds none: RFC 7946 §5 sizes a `bbox` by them. Iterative, so nesting of any depth
 * costs memory, not the call stack.
 */
export function positionDimensions(owner: unknown): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  const stack: unknown[] = [owner];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      if (typeof value[0] === 'number') {
        const dimensions = Math.min(value.length, 3);
        if (dimensions < min) min = dimensions;
        if (dimensions > max) max = dimensions;
      } else {
        for (const item of value) stack.push(item);
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const member of CONTAINERS) {
      const inner = (value as Record<string, unknown>)[member];
      if (inner !== undefined) stack.push(inner);
    }
  }
  return min === Infinity ? undefined : { min, max };
}
