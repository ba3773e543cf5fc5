import { lineIntersect, lineString } from '@turf/turf';
import type { Position } from 'geojson';
import type { ZoneFeature } from './polygonal.ts';

type Box = [minX: number, minY: number, maxX: number, maxY: number];

const TRIED_DIRECTIONS = 16;

/**
 * One side of a cutting line, as a polygon: the line, each end carried straight out to a box
 * far around the zone, and the box's corners between the two exits. Intersecting the zone with
 * it and subtracting it from the zone gives the two sides of the cut. An end is carried out
 * along its last segment when that ray meets neither the zone nor the line, else along the
 * first of 16 directions that does, so the carried ends never cut the zone where the planner
 * drew nothing. Null when no such rays exist (a line that winds around its own ends).
 */
export function cutSide(zone: ZoneFeature, line: readonly Position[]): Position[][] | null {
  const box = farBox(zone, line);
  const first = line[0]!;
  const last = line.at(-1)!;
  const startHit = rayOut(zone, first, line[1]!, box, line);
  const endHit = rayOut(zone, last, line.at(-2)!, box, [...line].reverse());
  if (!startHit || !endHit) return null;
  if (crosses([first, startHit], [last, endHit])) return null;
  const ring: Position[] = [startHit, ...line, endHit];
  ring.push(...cornersBetween(box, endHit, startHit), startHit);
  return [ring];
}

/** The box around the zone and the line, grown by its own size on every side. */
function farBox(zone: ZoneFeature, line: readonly Position[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (p: Position) => {
    box[0] = Math.min(box[0], p[0]!);
    box[1] = Math.min(box[1], p[1]!);
    box[2] = Math.max(box[2], p[0]!);
    box[3] = Math.max(box[3], p[1]!);
  };
  const rings =
    zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
  for (const ring of rings) for (const p of ring) add(p);
  for (const p of line) add(p);
  const grow = Math.max(box[2] - box[0], box[3] - box[1], 1e-6);
  return [box[0] - grow, box[1] - grow, box[2] + grow, box[3] + grow];
}

/**
 * Where a ray from `end` (away from `previous`, or another direction) leaves the box without
 * meeting the zone or the rest of the line (`fromEnd` runs from this end inwards).
 */
function rayOut(
  zone: ZoneFeature,
  end: Position,
  previous: Position,
  box: Box,
  fromEnd: readonly Position[],
): Position | null {
  const along = Math.atan2(end[1]! - previous[1]!, end[0]! - previous[0]!);
  const rest = fromEnd.slice(1);
  for (let i = 0; i <= TRIED_DIRECTIONS; i++) {
    const angle = i === 0 ? along : along + (Math.PI * 2 * i) / (TRIED_DIRECTIONS + 1);
    const hit = exitPoint(end, angle, box);
    const ray = lineString([end, hit]);
    if (lineIntersect(ray, zone).features.length > 0) continue;
    if (rest.length >= 2 && lineIntersect(ray, lineString(rest)).features.length > 0) continue;
    return hit;
  }
  return null;
}

/** Where a ray from a point inside the box leaves it. */
function exitPoint(from: Position, angle: number, box: Box): Position {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const tx = dx > 0 ? (box[2] - from[0]!) / dx : dx < 0 ? (box[0] - from[0]!) / dx : Infinity;
  const ty = dy > 0 ? (box[3] - from[1]!) / dy : dy < 0 ? (box[1] - from[1]!) / dy : Infinity;
  const t = Math.min(tx, ty);
  const x = tx <= ty ? (dx > 0 ? box[2] : box[0]) : from[0]! + t * dx;
  const y = ty < tx ? (dy > 0 ? box[3] : box[1]) : from[1]! + t * dy;
  return [x, y];
}

/** A point's place on the box's outline, counter-clockwise from the lower-left corner (0–4). */
function perimeterParam(p: Position, box: Box): number {
  const [minX, minY, maxX, maxY] = box;
  const x = p[0]!;
  const y = p[1]!;
  if (y === minY) return (x - minX) / (maxX - minX);
  if (x === maxX) return 1 + (y - minY) / (maxY - minY);
  if (y === maxY) return 2 + (maxX - x) / (maxX - minX);
  return 3 + (maxY - y) / (maxY - minY);
}

/** The box's corners met walking counter-clockwise from `from` to `to`. */
function cornersBetween(box: Box, from: Position, to: Position): Position[] {
  const corners: Position[] = [
    [box[0], box[1]],
    [box[2], box[1]],
    [box[2], box[3]],
    [box[0], box[3]],
  ];
  const start = perimeterParam(from, box);
  let end = perimeterParam(to, box);
  if (end <= start) end += 4;
  const out: Position[] = [];
  for (let c = Math.floor(start) + 1; c < end; c++) out.push(corners[c % 4]!);
  return out;
}

/** Whether two segments cross or touch. */
function crosses(a: Position[], b: Position[]): boolean {
  return lineIntersect(lineString(a), lineString(b)).features.length > 0;
}
