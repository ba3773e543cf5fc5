import { overlappingPairs } from './box-pairs.ts';
import { PartContacts } from './part-contacts.ts';
import { formatPosition } from './path.ts';
import { checkPolygon } from './polygon-check.ts';
import type { Reporter } from './reporter.ts';
import { type Box, ringBox } from './ring-box.ts';
import { ringSide } from './ring-side.ts';
import type { Position } from './walk.ts';

/**
 * Checks each polygon of a MultiPolygon, then the valid ones against each other (OGC): parts
 * may touch at points but not cross, share an edge, or lie inside one another (outside the
 * other's holes), or analysis would count their area twice.
 *
 * Only parts whose boxes overlap are compared, each pair on the edges inside the other's box
 * (see {@link PartContacts}), so the check grows about as n log n in parts and vertices.
 */
export function checkMultiPolygon(
  polygons: readonly Position[][][],
  path: string,
  reporter: Reporter,
): void {
  const valid: number[] = [];
  for (let i = 0; i < polygons.length; i++) {
    if (checkPolygon(polygons[i]!, `${path}[${i}]`, reporter)) valid.push(i);
  }
  if (valid.length < 2) return;
  const parts = valid.map((i) => polygons[i]!);
  const boxes = parts.map((part) => ringBox(part[0]!));
  const contacts = new PartContacts(parts, boxes);
  for (const [a, b] of overlappingPairs(boxes)) {
    const { crossing, touching } = contacts.between(a, b);
    if (crossing) {
      reporter.error('parts-cross', `${path}[${valid[b]}]`, {
        part: valid[b]!,
        other: valid[a]!,
        near: formatPosition(crossing.x, crossing.y),
      });
      continue;
    }
    const inner = insideOther(parts[a]!, parts[b]!, boxes[b]!, touching)
      ? a
      : insideOther(parts[b]!, parts[a]!, boxes[a]!, touching)
        ? b
        : undefined;
    if (inner === undefined) continue;
    const outer = inner === a ? b : a;
    reporter.error('parts-nested', `${path}[${valid[inner]}]`, {
      part: valid[inner]!,
      other: valid[outer]!,
    });
  }
}

/** Whether polygon `inner`'s shell lies inside `outer`'s shell (box `outerBox`) and in none of its holes. */
function insideOther(
  inner: readonly Position[][],
  outer: readonly Position[][],
  outerBox: Box,
  touching: boolean,
): boolean {
  const shell = inner[0]!;
  const side = ringSide(shell, outer[0]!, touching, outerBox);
  if (side !== 'inside' && side !== 'both') return false;
  for (let h = 1; h < outer.length; h++) {
    if (ringSide(shell, outer[h]!, touching) === 'inside') return false;
  }
  return true;
}
