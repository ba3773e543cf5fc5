/** The Shapefile shape types the export writes. */
export type ShapeTypeCode = 1 | 3 | 5;

/** Point, PolyLine and Polygon in the numbers of the ESRI Shapefile specification. */
export const SHAPE_TYPE = { point: 1, polyline: 3, polygon: 5 } as const;

/** The size of the main-file and index headers. */
export const SHP_HEADER_BYTES = 100;

/** A bounding box in the file's own units: x, y minimum then maximum. */
export interface ShapeBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/**
 * Writes the 100-byte header shared by the .shp and the .shx (ESRI Shapefile Technical
 * Description, 1998): file code and length big-endian, version, shape type and box
 * little-endian; Z and M ranges stay zero (2D shapes).
 */
export function writeShpHeader(
  view: DataView,
  shapeType: ShapeTypeCode,
  fileBytes: number,
  box: ShapeBox,
): void {
  view.setInt32(0, 9994);
  // The length counts 16-bit words.
  view.setInt32(24, fileBytes / 2);
  view.setInt32(28, 1000, true);
  view.setInt32(32, shapeType, true);
  view.setFloat64(36, box.xMin, true);
  view.setFloat64(44, box.yMin, true);
  view.setFloat64(52, box.xMax, true);
  view.setFloat64(60, box.yMax, true);
}
