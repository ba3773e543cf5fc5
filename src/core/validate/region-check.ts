import { diagnoseFarPosition, isLonLat, isNearRegion } from './far-outside.ts';
import type { MessageKey } from './messages.ts';
import { formatPosition, indexPath } from './path.ts';
import { quote, type Reporter } from './reporter.ts';
import type { RegionMode } from './types.ts';
import { forEachPosition, type Position } from './walk.ts';

/** Consecutive positions of one array that are wrong in the same way. */
interface Run {
  key: MessageKey;
  /** The diagnosis that sets the message's hint (swapped, projected, northing first). */
  hint: Record<string, string | number>;
  /** The path of the array holding the run, or of the position itself for a Point. */
  parentPath: string;
  isPoint: boolean;
  first: Position;
  last: Position;
  from: number;
  to: number;
}

/**
 * RFC 7946 ranges and "far outside the region" in one pass over a geometry's positions.
 *
 * Every position that is not a WGS84 longitude/latitude is an error (RFC 7946 §4), whatever the
 * region mode; consecutive ones in the same array that look wrong the same way (swapped,
 * projected) make one finding, so a projected file says so once per ring rather than once per
 * vertex, yet an out-of-range longitude after a far-away one is still reported. Valid
 * longitudes/latitudes far from the region are one error per geometry in `giap-ranh` mode and
 * nothing in `none` mode.
 */
export function checkPositionsInRegion(
  coordinates: unknown,
  depth: number,
  path: string,
  reporter: Reporter,
  region: RegionMode,
): void {
  let total = 0;
  let farCount = 0;
  let farFirst: Position | undefined;
  let farPath = path;
  let run: Run | undefined;
  const flush = () => {
    if (run !== undefined) reportRun(run, reporter);
    run = undefined;
  };
  forEachPosition(coordinates, depth, (position, indices) => {
    total += 1;
    const x = position[0]!;
    const y = position[1]!;
    if (isNearRegion(x, y)) {
      flush();
      return;
    }
    if (isLonLat(x, y)) {
      flush();
      if (region === 'none') return;
      farCount += 1;
      if (farFirst !== undefined) return;
      farFirst = position;
      farPath = indexPath(path, indices);
      return;
    }
    const index = indices.length === 0 ? 0 : indices[indices.length - 1]!;
    const { key, hint } = outOfRange(x, y);
    if (run !== undefined && run.key === key && run.to + 1 === index && index > 0) {
      run.to = index;
      run.last = position;
      return;
    }
    flush();
    run = {
      key,
      hint,
      parentPath: indexPath(path, indices.slice(0, -1)),
      isPoint: indices.length === 0,
      first: position,
      last: position,
      from: index,
      to: index,
    };
  });
  flush();
  if (farFirst === undefined) return;
  reporter.error('coordinates-far-outside', farPath, {
    position: quote(farPath, farFirst),
    far: farCount,
    total,
  });
}

function outOfRange(x: number, y: number): Pick<Run, 'key' | 'hint'> {
  const diagnosis = diagnoseFarPosition(x, y);
  if (diagnosis.cause === 'swapped') {
    return { key: 'coordinates-swapped', hint: { swapped: formatPosition(y, x) } };
  }
  if (diagnosis.cause === 'projected' || diagnosis.cause === 'projected-swapped') {
    return {
      key: 'coordinates-projected',
      hint: { northingFirst: diagnosis.cause === 'projected-swapped' ? 1 : 0 },
    };
  }
  return { key: 'coordinates-out-of-range', hint: {} };
}

function reportRun(run: Run, reporter: Reporter): void {
  const firstPath = run.isPoint ? run.parentPath : `${run.parentPath}[${run.from}]`;
  const lastPath = run.isPoint ? run.parentPath : `${run.parentPath}[${run.to}]`;
  reporter.error(run.key, firstPath, {
    ...run.hint,
    position: quote(firstPath, run.first),
    last: quote(lastPath, run.last),
    from: run.from,
    to: run.to,
    count: run.to - run.from + 1,
  });
}
