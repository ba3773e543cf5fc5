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
export function ringContains(ring: GeoJSON.Position[], [x, y]: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Which piece to edit: the part under a click, or a part by index (the first by default), and
 * a ring of it by index (the outer ring by default).
 */
export interface PartChoice {
  at?: LngLat;
  part?: number;
  ring?: number;
}

/** The part of a multi-geometry chosen (by index, or under the click; else the first). */
function partAt(polygons: GeoJSON.Position[][][], { at, part }: PartChoice): number {
  if (part !== undefined) return part < polygons.length ? part : 0;
  if (!at) return 0;
  const index = polygons.findIndex((rings) => rings[0] && ringContains(rings[0], at));
  return Math.max(0, index);
}

/** The ring chosen, if the polygon has it, else the outer ring (0). */
function ringOf(rings: GeoJSON.Position[][], ring: number | undefined): number {
  return ring !== undefined && ring > 0 && ring < rings.length ? ring : 0;
}

/**
 * Positions as terra-draw takes them: longitude and latitude only. It refuses a feature with a
 * third value, so a KML or GPX point with its altitude could not be selected or dragged; the
 * altitude of an edited piece is dropped (a moved vertex's old height would be wrong anyway).
 */
function flat(positions: readonly GeoJSON.Position[]): GeoJSON.Position[] {
  return positions.map((position) => (position.length > 2 ? position.slice(0, 2) : position));
}

/** A ring as terra-draw's polygon: one ring, wound as an outer ring. */
function asPolygon(ring: GeoJSON.Position[]): GeoJSON.Polygon {
  const flatRing = flat(ring);
  return {
    type: 'Polygon',
    coordinates: [signedArea(flatRing) < 0 ? [...flatRing].reverse() : flatRing],
  };
}

/**
 * Twice the signed planar area of a ring in lon/lat: positive when counter-clockwise. Only its
 * sign is used, to keep a ring's winding through an edit.
 */
export function signedArea(ring: readonly GeoJSON.Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

/**
 * The piece of `feature` to edit: the whole point or line, one ring (the outer one unless
 * chosen) of the polygon or of the MultiPolygon part chosen, or one line of a MultiLineString
 * (the first unless chosen). A hole is handed over wound as an outer ring, as terra-draw draws
 * polygons; `withPartReplaced` winds it back. Undefined for geometries terra-draw cannot edit
 * (MultiPoint, collections, empty).
 */
export function editablePart(
  feature: GeoJSON.Feature,
  choice: PartChoice = {},
): EditablePart | undefined {
  const geometry = feature.geometry;
  switch (geometry?.type) {
    case 'Point':
      return {
        geometry: { type: 'Point', coordinates: flat([geometry.coordinates])[0]! },
        part: 0,
        ring: 0,
      };
    case 'LineString':
      return {
        geometry: { type: 'LineString', coordinates: flat(geometry.coordinates) },
        part: 0,
        ring: 0,
      };
    case 'Polygon': {
      const ring = ringOf(geometry.coordinates, choice.ring);
      const coordinates = geometry.coordinates[ring];
      if (!coordinates) return undefined;
      return { geometry: asPolygon(coordinates), part: 0, ring };
    }
    case 'MultiLineString': {
      const wanted = choice.part ?? 0;
      const part = wanted < geometry.coordinates.length ? wanted : 0;
      const line = geometry.coordinates[part];
      return line
        ? { geometry: { type: 'LineString', coordinates: flat(line) }, part, ring: 0 }
        : undefined;
    }
    case 'MultiPolygon': {
      const part = partAt(geometry.coordinates, choice);
      const rings = geometry.coordinates[part] ?? [];
      const ring = ringOf(rings, choice.ring);
      const coordinates = rings[ring];
      if (!coordinates) return undefined;
      return { geometry: asPolygon(coordinates), part, ring };
    }
    default:
      return undefined;
  }
}

/** `edited` wound as `original` was (terra-draw hands every ring back as an outer ring). */
function woundAs(
  edited: GeoJSON.Position[],
  original: GeoJSON.Position[] | undefined,
): GeoJSON.Position[] {
  if (!original) return edited;
  const flipped = signedArea(edited) < 0 !== signedArea(original) < 0;
  return flipped ? [...edited].reverse() : edited;
}

/**
 * The feature with `edited` (from a session over `part`) put back in its place, as one new
 * geometry: every other ring, part and line is the same array as before.
 */
export function withPartReplaced(
  feature: GeoJSON.Feature,
  part: EditablePart,
  edited: GeoJSON.Geometry,
): GeoJSON.Feature {
  const geometry = feature.geometry;
  const replaced = ((): GeoJSON.Geometry => {
    if (edited.type === 'Polygon' && geometry?.type === 'Polygon') {
      const rings = [...geometry.coordinates];
      rings[part.ring] = woundAs(edited.coordinates[0] ?? [], rings[part.ring]);
      return { type: 'Polygon', coordinates: rings };
    }
    if (edited.type === 'Polygon' && geometry?.type === 'MultiPolygon') {
      const parts = [...geometry.coordinates];
      const rings = [...(parts[part.part] ?? [])];
      rings[part.ring] = woundAs(edited.coordinates[0] ?? [], rings[part.ring]);
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
