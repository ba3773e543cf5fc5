import { ringContains, signedArea } from './editablePart.ts';

/** One piece of a feature an edit session can hold: a ring of a polygon part, or a line. */
export interface PieceRef {
  /** Index of the part in a Multi* geometry; 0 otherwise. */
  part: number;
  /** Index of the ring in its polygon (0 = outer ring); 0 for lines and points. */
  ring: number;
  kind: 'outline' | 'hole' | 'line' | 'whole';
}

/**
 * Every piece of a feature that can be edited on its own, in geometry order: each ring of each
 * polygon part, each line of a MultiLineString; a point or a line is one whole piece.
 */
export function listPieces(geometry: GeoJSON.Geometry | null): PieceRef[] {
  switch (geometry?.type) {
    case 'Point':
    case 'LineString':
      return [{ part: 0, ring: 0, kind: 'whole' }];
    case 'MultiLineString':
      return geometry.coordinates.map((_, part) => ({ part, ring: 0, kind: 'line' }));
    case 'Polygon':
      return ringsOf(geometry.coordinates, 0);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((rings, part) => ringsOf(rings, part));
    default:
      return [];
  }
}

function ringsOf(rings: GeoJSON.Position[][], part: number): PieceRef[] {
  return rings.map((_, ring) => ({ part, ring, kind: ring === 0 ? 'outline' : 'hole' }));
}

/** `ring` wound against `outer` (RFC 7946: outer rings counter-clockwise, holes clockwise). */
function asHoleOf(ring: GeoJSON.Position[], outer: GeoJSON.Position[]): GeoJSON.Position[] {
  const sameWay = signedArea(ring) < 0 === signedArea(outer) < 0;
  return sameWay ? [...ring].reverse() : ring;
}

/**
 * The feature with `ring` added as a hole of the polygon part whose outline holds the ring's
 * first vertex, and where it went; undefined when no part holds it (or the feature is no
 * polygon). Whether the hole lies wholly inside and crosses nothing is the validator's call, as
 * for any edit.
 */
export function withHoleAdded(
  feature: GeoJSON.Feature,
  ring: GeoJSON.Position[],
): { feature: GeoJSON.Feature; part: number; ring: number } | undefined {
  const geometry = feature.geometry;
  const first = ring[0] as [number, number] | undefined;
  if (!first) return undefined;
  if (geometry?.type === 'Polygon') {
    const outer = geometry.coordinates[0];
    if (!outer || !ringContains(outer, first)) return undefined;
    const coordinates = [...geometry.coordinates, asHoleOf(ring, outer)];
    const polygon: GeoJSON.Polygon = { type: 'Polygon', coordinates };
    return { feature: { ...feature, geometry: polygon }, part: 0, ring: coordinates.length - 1 };
  }
  if (geometry?.type !== 'MultiPolygon') return undefined;
  const part = geometry.coordinates.findIndex((rings) => rings[0] && ringContains(rings[0], first));
  const rings = geometry.coordinates[part];
  if (!rings?.[0]) return undefined;
  const parts = [...geometry.coordinates];
  parts[part] = [...rings, asHoleOf(ring, rings[0])];
  const multi: GeoJSON.MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
  return { feature: { ...feature, geometry: multi }, part, ring: rings.length };
}

/**
 * The feature without one piece: a hole of a polygon, or a whole part of a MultiPolygon or a
 * line of a MultiLineString when others remain. Undefined when the piece is the feature's
 * only outline or line (that is "Delete feature").
 */
export function withPieceRemoved(
  feature: GeoJSON.Feature,
  piece: Pick<PieceRef, 'part' | 'ring'>,
): GeoJSON.Feature | undefined {
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon') {
    if (piece.ring === 0 || piece.ring >= geometry.coordinates.length) return undefined;
    const coordinates = geometry.coordinates.filter((_, ring) => ring !== piece.ring);
    return { ...feature, geometry: { type: 'Polygon', coordinates } };
  }
  if (geometry?.type === 'MultiPolygon') {
    const rings = geometry.coordinates[piece.part];
    if (!rings || piece.ring >= rings.length) return undefined;
    const parts = [...geometry.coordinates];
    if (piece.ring > 0) parts[piece.part] = rings.filter((_, ring) => ring !== piece.ring);
    else if (parts.length > 1) parts.splice(piece.part, 1);
    else return undefined;
    return { ...feature, geometry: { type: 'MultiPolygon', coordinates: parts } };
  }
  if (geometry?.type === 'MultiLineString') {
    if (geometry.coordinates.length < 2 || piece.part >= geometry.coordinates.length)
      return undefined;
    const coordinates = geometry.coordinates.filter((_, part) => part !== piece.part);
    return { ...feature, geometry: { type: 'MultiLineString', coordinates } };
  }
  return undefined;
}
