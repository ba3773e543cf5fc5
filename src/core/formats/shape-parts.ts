import type { Geometry, Position } from 'geojson';
import { FormatError } from './format-error.ts';
import { orientRing } from './ring-orientation.ts';
import type { ShapeParts } from './shp-records.ts';

/**
 * A Point, (Multi)LineString or (Multi)Polygon as Shapefile parts: lines as they are, rings
 * turned the way the format wants (outer clockwise, holes counter-clockwise). `where` names
 * the feature in the message when a part has no positions or a position is not two finite
 * numbers (an empty Point comes out of reprojection as NaNs), which no record can hold.
 */
export function shapePartsOf(geometry: Geometry, where: string): ShapeParts {
  const parts = partsOf(geometry);
  if (parts.length === 0 || parts.some((part) => part.length === 0)) {
    throw new FormatError(
      'no-coordinates',
      `${where}: an empty ${geometry.type} has nothing a Shapefile record can hold`,
    );
  }
  for (const part of parts) {
    for (const position of part) {
      if (Number.isFinite(position[0]) && Number.isFinite(position[1])) continue;
      throw new FormatError(
        'no-coordinates',
        `${where}: a ${geometry.type} position is not two finite numbers ([${position.join(', ')}])`,
      );
    }
  }
  return parts;
}

function partsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length === 0 ? [] : [[geometry.coordinates]];
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return turned(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap(turned);
    default:
      return [];
  }
}

function turned(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => orientRing(ring, i === 0));
}
