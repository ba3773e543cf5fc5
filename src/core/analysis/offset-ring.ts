import { arcFan, type PlanarPoint, type PlanarRing } from './buffer-pieces.ts';

/** Turns below this many radians are taken as straight on (as in buffer-pieces.ts). */
const SMALLEST_TURN_RADIANS = 1e-9;

/**
 * The outline at `distanceMeters` on the right of a closed ring (last point = first, no
 * consecutive repeats): each edge moved out by the distance, joined round at left turns (the
 * wedges of buffer-pieces.ts) and cut where the two moved edges meet at right turns. It is the
 * buffer's boundary on that side when nothing else comes within the distance, which
 * `outlinesAreClean` checks. Null when at some right turn the moved edges do not meet within
 * both (edges shorter than the distance needs): only the union can answer then.
 */
export function offsetRing(
  ring: readonly PlanarPoint[],
  distanceMeters: number,
): PlanarRing | null {
  const vertices = ring.length - 1;
  if (vertices < 2) return null;
  const edges = edgeFrames(ring);
  const outline: PlanarRing = [];
  // How far along each edge its moved copy starts (set at its first vertex) and ends.
  const startAlong = new Float64Array(vertices);
  const endAlong = new Float64Array(vertices);
  for (let k = 0; k < vertices; k++) {
    const vertex = ring[k] as PlanarPoint;
    const incoming = edges[(k + vertices - 1) % vertices] as EdgeFrame;
    const outgoing = edges[k] as EdgeFrame;
    const cross = incoming.ux * outgoing.uy - incoming.uy * outgoing.ux;
    const dot = incoming.ux * outgoing.ux + incoming.uy * outgoing.uy;
    const incomingIndex = (k + vertices - 1) % vertices;
    if (cross < 0) {
      // A right turn: the moved edges cross at the mitre point, at distance d from both.
      const scale = distanceMeters / (1 + dot);
      const mx = (incoming.rx + outgoing.rx) * scale;
      const my = (incoming.ry + outgoing.ry) * scale;
      endAlong[incomingIndex] = incoming.length + mx * incoming.ux + my * incoming.uy;
      startAlong[k] = mx * outgoing.ux + my * outgoing.uy;
      outline.push([vertex[0] + mx, vertex[1] + my]);
      continue;
    }
    endAlong[incomingIndex] = incoming.length;
    startAlong[k] = 0;
    // A cross product of -0 (turning back along an axis) must still give +π.
    const turn = cross === 0 && dot >= 0 ? 0 : Math.atan2(Math.abs(cross), dot);
    const fromX = incoming.rx * distanceMeters;
    const fromY = incoming.ry * distanceMeters;
    outline.push([vertex[0] + fromX, vertex[1] + fromY]);
    if (turn < SMALLEST_TURN_RADIANS) continue;
    outline.push(...arcFan(vertex, distanceMeters, Math.atan2(fromY, fromX), turn));
    outline.push([
      vertex[0] + outgoing.rx * distanceMeters,
      vertex[1] + outgoing.ry * distanceMeters,
    ]);
  }
  for (let k = 0; k < vertices; k++) {
    if (!((endAlong[k] as number) > (startAlong[k] as number))) return null;
  }
  outline.push([...(outline[0] as PlanarPoint)]);
  return outline;
}

/** An edge's length, unit direction and unit normal to its right. */
interface EdgeFrame {
  length: number;
  ux: number;
  uy: number;
  rx: number;
  ry: number;
}

function edgeFrames(ring: readonly PlanarPoint[]): EdgeFrame[] {
  const frames: EdgeFrame[] = [];
  for (let k = 0; k + 1 < ring.length; k++) {
    const a = ring[k] as PlanarPoint;
    const b = ring[k + 1] as PlanarPoint;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    const ux = dx / length;
    const uy = dy / length;
    frames.push({ length, ux, uy, rx: uy, ry: -ux });
  }
  return frames;
}
