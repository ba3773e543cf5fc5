import { overlappingPairs } from './box-pairs.ts';
import { findDisconnectingTouch } from './connected-interior.ts';
import { formatPosition } from './path.ts';
import { quote, type Reporter } from './reporter.ts';
import { ringBox } from './ring-box.ts';
import { findRingContacts, pairKey, type RingContacts } from './ring-contacts.ts';
import { isRingClosed, ringSignedArea2 } from './ring-geometry.ts';
import { findRingSelfIntersection } from './ring-self-intersection.ts';
import { ringSide } from './ring-side.ts';
import type { Position } from './walk.ts';

/**
 * Checks one polygon's rings (RFC 7946 §3.1.6 and OGC validity): at least four positions,
 * closed, not crossing itself, holes inside the exterior ring without crossing it, holes not
 * crossing or nesting in each other, and the right-hand winding. Returns whether the polygon
 * is valid, so a MultiPolygon can compare its parts.
 *
 * Winding is a warning: RFC 7946 says parsers SHOULD NOT reject polygons that break it, and
 * MapLibre draws either winding the same.
 */
export function checkPolygon(
  rings: readonly Position[][],
  path: string,
  reporter: Reporter,
): boolean {
  if (rings.length === 0) {
    reporter.error('polygon-empty', path);
    return false;
  }
  const usable = rings.map((ring, i) => checkRing(ring, `${path}[${i}]`, i, reporter));
  if (!usable.every(Boolean)) return false;
  if (rings.length === 1) return true;
  const contacts = findRingContacts(rings);
  const holesOk = checkHolesInShell(rings, contacts, path, reporter);
  const apart = checkHolesApart(rings, contacts, holesOk, path, reporter);
  if (!apart || !holesOk.every(Boolean)) return false;
  const cut = findDisconnectingTouch(rings.length, contacts.touches);
  if (cut === undefined) return true;
  reporter.error('interior-disconnected', path, {
    ring: cut.b,
    other: cut.a,
    near: formatPosition(cut.x, cut.y),
  });
  return false;
}

/** Returns whether the ring is closed and simple, so the hole tests can rely on it. */
function checkRing(
  ring: readonly Position[],
  path: string,
  index: number,
  reporter: Reporter,
): boolean {
  if (ring.length < 4) {
    reporter.error('ring-too-few-positions', path, { ring: index, count: ring.length });
    return false;
  }
  if (!isRingClosed(ring)) {
    const lastPath = `${path}[${ring.length - 1}]`;
    reporter.error('ring-not-closed', path, {
      ring: index,
      last: quote(lastPath, ring[ring.length - 1]),
      first: quote(`${path}[0]`, ring[0]),
    });
    return false;
  }
  const intersection = findRingSelfIntersection(ring);
  if (intersection?.kind === 'degenerate') {
    reporter.error('ring-degenerate', path, { ring: index });
    return false;
  }
  if (intersection) {
    const { edgeA, edgeB, x, y } = intersection;
    reporter.error('ring-self-intersection', `${path}[${edgeA}]`, {
      ring: index,
      near: formatPosition(x, y),
      edgeA,
      edgeB,
    });
    return false;
  }
  checkWinding(ring, path, index === 0, reporter);
  return true;
}

function checkWinding(
  ring: readonly Position[],
  path: string,
  isExterior: boolean,
  reporter: Reporter,
): void {
  const area = ringSignedArea2(ring);
  if (isExterior && area < 0) reporter.warning('winding-exterior-clockwise', path);
  if (!isExterior && area > 0) reporter.warning('winding-hole-counter-clockwise', path);
}

/** Each hole against the exterior ring; returns which holes are inside it. */
function checkHolesInShell(
  rings: readonly Position[][],
  contacts: RingContacts,
  path: string,
  reporter: Reporter,
): boolean[] {
  const shell = rings[0]!;
  return rings.map((hole, i) => {
    if (i === 0) return true;
    const key = pairKey(0, i, rings.length);
    const crossing = contacts.crossings.get(key);
    const side = crossing ? 'both' : ringSide(hole, shell, contacts.touching.has(key));
    if (side === 'both') {
      const near = crossing ?? { x: hole[0]![0]!, y: hole[0]![1]! };
      reporter.error('hole-crosses-shell', `${path}[${i}]`, {
        ring: i,
        near: formatPosition(near.x, near.y),
      });
      return false;
    }
    if (side === 'outside') {
      reporter.error('hole-outside-shell', `${path}[${i}]`, { ring: i });
      return false;
    }
    return true;
  });
}

/**
 * Holes pairwise: no crossing, no shared edge, none inside another. Only holes whose boxes
 * overlap are compared, found through an index: a polygon with tens of thousands of holes
 * would otherwise test every pair of boxes.
 */
function checkHolesApart(
  rings: readonly Position[][],
  contacts: RingContacts,
  holesOk: readonly boolean[],
  path: string,
  reporter: Reporter,
): boolean {
  const holes: number[] = [];
  for (let i = 1; i < rings.length; i++) if (holesOk[i]) holes.push(i);
  let ok = true;
  for (const [h, k] of overlappingPairs(holes.map((i) => ringBox(rings[i]!)))) {
    const i = holes[h]!;
    const j = holes[k]!;
    const key = pairKey(i, j, rings.length);
    const crossing = contacts.crossings.get(key);
    if (crossing) {
      reporter.error('holes-cross', `${path}[${j}]`, {
        ring: j,
        other: i,
        near: formatPosition(crossing.x, crossing.y),
      });
      ok = false;
      continue;
    }
    const touching = contacts.touching.has(key);
    const nested = nestedPair(rings[i]!, rings[j]!, touching);
    if (nested === undefined) continue;
    const [inner, outer] = nested === 'first' ? [i, j] : [j, i];
    reporter.error('holes-nested', `${path}[${inner}]`, { ring: inner, other: outer });
    ok = false;
  }
  return ok;
}

/** Which of two rings that do not cross lies inside the other, if either. */
export function nestedPair(
  a: readonly Position[],
  b: readonly Position[],
  touching: boolean,
): 'first' | 'second' | undefined {
  const aSide = ringSide(a, b, touching);
  if (aSide === 'inside' || aSide === 'both') return 'first';
  const bSide = ringSide(b, a, touching);
  if (bSide === 'inside' || bSide === 'both') return 'second';
  return undefined;
}
