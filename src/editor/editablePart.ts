/**
 * The piece of a feature that one terra-draw session edits: terra-draw knows Point, LineString
 * and Polygon without holes, so a MultiPolygon is edited one part at a time and a polygon one
 * ring at a time. `part` and `ring` say where the piece goes back.
 */
export interface EditablePart {
  geometry: GeoJSON.Point | GeoJSON.LineString | GeoJSON.Polygon;
  /** Index of the part in a Multi* geometry; 0 otherwise. */
  part: number;
  /** Index of the ring in the polygon (0 = outer ring); 0 for points and lines. */
  ring: number;
}

type LngLat = [number, number];

/** Whether a point lies inside a ring (even-odd rule, planar lon/lat: fine for picking). */
function ringContains(ring: GeoJSON.Position[], [x, y]: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Which piece to edit: the part under a click, or a part by index (the first by default). */
export interface PartChoice {
  at?: LngLat;
  part?: number;
}

/** The part of a multi-geometry chosen (by index, or under the click; else the first). */
function partAt(polygons: GeoJSON.Position[][][], { at, part }: PartChoice): number {
  if (part !== undefined) return part < polygons.length ? part : 0;
  if (!at) return 0;
  const index = polygons.findIndex((rings) => rings[0] && ringContains(rings[0], at));
  return Math.max(0, index);
}

/**
 * The piece of `feature` to edit: the whole point or line, the outer ring of the polygon (or of
 * the MultiPolygon part chosen), or the line of a MultiLineString (the first). Undefined for
 * geometries terra-draw cannot edit (MultiPoint, collections, empty).
 */
export function editablePart(
  feature: GeoJSON.Feature,
  choice: PartChoice = {},
): EditablePart | undefined {
  const geometry = feature.geometry;
  switch (geometry?.type) {
    case 'Point':
    case 'LineString':
      return { geometry, part: 0, ring: 0 };
    case 'Polygon': {
      const outer = geometry.coordinates[0];
      if (!outer) return undefined;
      return { geometry: { type: 'Polygon', coordinates: [outer] }, part: 0, ring: 0 };
    }
    case 'MultiLineString': {
      const line = geometry.coordinates[0];
      return line
        ? { geometry: { type: 'LineString', coordinates: line }, part: 0, ring: 0 }
        : undefined;
    }
    case 'MultiPolygon': {
      const part = partAt(geometry.coordinates, choice);
      const outer = geometry.coordinates[part]?.[0];
      if (!outer) return undefined;
      return { geometry: { type: 'Polygon', coordinates: [outer] }, part, ring: 0 };
    }
    default:
      return undefined;
  }
}

/** The feature with `edited` (from a session over `part`) put back in its place. */
export function withPartReplaced(
  feature: GeoJSON.Feature,
  part: EditablePart,
  edited: GeoJSON.Geometry,
): GeoJSON.Feature {
  const geometry = feature.geometry;
  const replaced = ((): GeoJSON.Geometry => {
    if (edited.type === 'Polygon' && geometry?.type === 'Polygon') {
      const rings = [...geometry.coordinates];
      rings[part.ring] = edited.coordinates[0] ?? [];
      return { type: 'Polygon', coordinates: rings };
    }
    if (edited.type === 'Polygon' && geometry?.type === 'MultiPolygon') {
      const parts = geometry.coordinates.map((rings) => [...rings]);
      const rings = parts[part.part] ?? [];
      rings[part.ring] = edited.coordinates[0] ?? [];
      parts[part.part] = rings;
      return { type: 'MultiPolygon', coordinates: parts };
    }
    if (edited.type === 'LineString' && geometry?.type === 'MultiLineString') {
      const lines = [...geometry.coordinates];
      lines[part.part] = edited.coordinates;
      return { type: 'MultiLineString', coordinates: lines };
    }
    return edited;
  })();
  return { ...feature, geometry: replaced };
}
