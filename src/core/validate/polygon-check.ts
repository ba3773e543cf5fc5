import { formatPosition } from './path.ts';
import type { Reporter } from './reporter.ts';
import { isRingClosed, pointInRing, ringSignedArea2 } from './ring-geometry.ts';
import { findRingSelfIntersection } from './ring-self-intersection.ts';
import type { Position } from './walk.ts';

/**
 * Checks one polygon's rings (RFC 7946 §3.1.6 and OGC validity): at least four positions,
 * closed, not crossing itself, holes inside the exterior ring, and the right-hand winding.
 *
 * Winding is a warning: RFC 7946 says parsers SHOULD NOT reject polygons that break it, and
 * MapLibre draws either winding the same.
 */
export function checkPolygon(rings: readonly Position[][], path: string, reporter: Reporter): void {
  if (rings.length === 0) {
    reporter.error(
      'geometry-empty',
      path,
      'the polygon has no rings: it is empty (use "geometry": null for a feature without a place)',
    );
    return;
  }
  const usable = rings.map((ring, i) => checkRing(ring, `${path}[${i}]`, i === 0, reporter));
  const exterior = rings[0]!;
  if (!usable[0]) return;
  for (let i = 1; i < rings.length; i++) {
    if (usable[i] && !holeInside(rings[i]!, exterior)) {
      reporter.error(
        'hole-outside-shell',
        `${path}[${i}]`,
        `hole ${i} lies outside the polygon's exterior ring (ring 0); a hole must be inside it`,
      );
    }
  }
}

/** Returns whether the ring is closed and simple, so the hole test can rely on it. */
function checkRing(
  ring: readonly Position[],
  path: string,
  isExterior: boolean,
  reporter: Reporter,
): boolean {
  const which = isExterior ? 'exterior ring' : 'hole';
  if (ring.length < 4) {
    reporter.error(
      'ring-too-few-positions',
      path,
      `a polygon ${which} needs at least 4 positions (a closed triangle), found ${ring.length}`,
    );
    return false;
  }
  if (!isRingClosed(ring)) {
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    reporter.error(
      'ring-not-closed',
      path,
      `the ${which} is not closed: its last position ${formatPosition(last[0]!, last[1]!)} must repeat its first ${formatPosition(first[0]!, first[1]!)}`,
    );
    return false;
  }
  const intersection = findRingSelfIntersection(ring);
  if (intersection?.kind === 'degenerate') {
    reporter.error(
      'ring-degenerate',
      path,
      `the ${which} has fewer than 3 distinct positions: it encloses nothing`,
    );
    return false;
  }
  if (intersection) {
    const { edgeA, edgeB, x, y } = intersection;
    reporter.error(
      'ring-self-intersection',
      `${path}[${edgeA}]`,
      `the ${which} crosses or touches itself near ${formatPosition(x, y)}: the edge from position ${edgeA} meets the edge from position ${edgeB}`,
    );
    return false;
  }
  checkWinding(ring, path, isExterior, reporter);
  return true;
}

function checkWinding(
  ring: readonly Position[],
  path: string,
  isExterior: boolean,
  reporter: Reporter,
): void {
  const area = ringSignedArea2(ring);
  if (isExterior && area < 0) {
    reporter.warning(
      'winding-exterior-clockwise',
      path,
      'the exterior ring runs clockwise; RFC 7946 asks for counter-clockwise exterior rings (right-hand rule). The map draws it, but other tools may not: rewind it',
    );
  }
  if (!isExterior && area > 0) {
    reporter.warning(
      'winding-hole-counter-clockwise',
      path,
      'the hole runs counter-clockwise; RFC 7946 asks for clockwise holes (right-hand rule). The map draws it, but other tools may not: rewind it',
    );
  }
}

/** A hole's first position that is not on the exterior ring decides: holes may touch it. */
function holeInside(hole: readonly Position[], exterior: readonly Position[]): boolean {
  for (const position of hole) {
    const where = pointInRing(position[0]!, position[1]!, exterior);
    if (where !== 0) return where === 1;
  }
  return true;
}
