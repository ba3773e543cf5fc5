import type { Position } from 'geojson';
import {
  SHAPE_TYPE,
  SHP_HEADER_BYTES,
  type ShapeBox,
  type ShapeTypeCode,
  writeShpHeader,
} from './shp-header.ts';

/**
 * One record's geometry as the Shapefile stores it: the parts (lines, or rings already turned
 * outer clockwise and holes counter-clockwise) one after another; a point is one part of one
 * position. Every part has at least one position.
 */
export type ShapeParts = readonly (readonly Position[])[];

/** The main file and its index. */
export interface ShpFiles {
  shp: Uint8Array;
  shx: Uint8Array;
}

const RECORD_HEADER_BYTES = 8;
const INDEX_RECORD_BYTES = 8;
const POINT_CONTENT_BYTES = 20;
/** Shape type, box, number of parts and of points: before the part indices. */
const POLY_FIXED_BYTES = 44;

/**
 * The .shp and .shx of one shape type, linear in the number of positions: a first pass counts
 * the bytes and the box, one buffer per file is allocated, a second pass writes the records
 * (record headers big-endian, content little-endian, as the specification has it).
 */
export function shpFiles(shapeType: ShapeTypeCode, shapes: readonly ShapeParts[]): ShpFiles {
  const box: ShapeBox = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  let shpBytes = SHP_HEADER_BYTES;
  for (const parts of shapes) {
    shpBytes += RECORD_HEADER_BYTES + contentBytes(shapeType, parts);
    for (const part of parts) growBox(box, part);
  }
  if (shapes.length === 0) Object.assign(box, { xMin: 0, yMin: 0, xMax: 0, yMax: 0 });
  const shxBytes = SHP_HEADER_BYTES + INDEX_RECORD_BYTES * shapes.length;
  const shp = new DataView(new ArrayBuffer(shpBytes));
  const shx = new DataView(new ArrayBuffer(shxBytes));
  writeShpHeader(shp, shapeType, shpBytes, box);
  writeShpHeader(shx, shapeType, shxBytes, box);
  let offset = SHP_HEADER_BYTES;
  shapes.forEach((parts, index) => {
    const content = contentBytes(shapeType, parts);
    const indexAt = SHP_HEADER_BYTES + index * INDEX_RECORD_BYTES;
    // Offsets and lengths count 16-bit words.
    shx.setInt32(indexAt, offset / 2);
    shx.setInt32(indexAt + 4, content / 2);
    shp.setInt32(offset, index + 1);
    shp.setInt32(offset + 4, content / 2);
    const at = offset + RECORD_HEADER_BYTES;
    if (shapeType === SHAPE_TYPE.point) writePoint(shp, at, parts[0]![0]!);
    else writePoly(shp, at, shapeType, parts);
    offset = at + content;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

function contentBytes(shapeType: ShapeTypeCode, parts: ShapeParts): number {
  if (shapeType === SHAPE_TYPE.point) return POINT_CONTENT_BYTES;
  let points = 0;
  for (const part of parts) points += part.length;
  return POLY_FIXED_BYTES + 4 * parts.length + 16 * points;
}

function growBox(box: ShapeBox, positions: readonly Position[]): void {
  for (const [x, y] of positions) {
    if (x! < box.xMin) box.xMin = x!;
    if (x! > box.xMax) box.xMax = x!;
    if (y! < box.yMin) box.yMin = y!;
    if (y! > box.yMax) box.yMax = y!;
  }
}

function writePoint(view: DataView, at: number, position: Position): void {
  view.setInt32(at, SHAPE_TYPE.point, true);
  view.setFloat64(at + 4, position[0]!, true);
  view.setFloat64(at + 12, position[1]!, true);
}

/** A PolyLine or Polygon record's content: type, box, part count, point count, indices, points. */
function writePoly(view: DataView, at: number, shapeType: ShapeTypeCode, parts: ShapeParts): void {
  const box: ShapeBox = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  let points = 0;
  for (const part of parts) {
    growBox(box, part);
    points += part.length;
  }
  view.setInt32(at, shapeType, true);
  view.setFloat64(at + 4, box.xMin, true);
  view.setFloat64(at + 12, box.yMin, true);
  view.setFloat64(at + 20, box.xMax, true);
  view.setFloat64(at + 28, box.yMax, true);
  view.setInt32(at + 36, parts.length, true);
  view.setInt32(at + 40, points, true);
  let indexAt = at + POLY_FIXED_BYTES;
  let pointAt = indexAt + 4 * parts.length;
  let first = 0;
  for (const part of parts) {
    view.setInt32(indexAt, first, true);
    indexAt += 4;
    first += part.length;
    for (const position of part) {
      view.setFloat64(pointAt, position[0]!, true);
      view.setFloat64(pointAt + 8, position[1]!, true);
      pointAt += 16;
    }
  }
}
