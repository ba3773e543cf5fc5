/** Coordinates keep 7 decimals: about 1 cm, below any survey here, and stable through edits. */
export const COORDINATE_DECIMALS = 7;

const SCALE = 10 ** COORDINATE_DECIMALS;

/**
 * A layer file's text as the project keeps it, so `git diff` shows only what changed: one feature
 * per line, keys in a fixed order (type, id, properties, geometry, then any other members
 * sorted), properties in the order the feature holds them (a bundled feature's order survives
 * editing), geometry as type then coordinates rounded to 7 decimals, a newline at the end. The
 * same as `scripts/data/serialize.ts` writes, so an untouched feature's line never changes.
 */
export function serializeLayerFile(collection: GeoJSON.FeatureCollection): string {
  if (collection.features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = collection.features.map((feature) => JSON.stringify(orderFeature(feature)));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function orderFeature(feature: GeoJSON.Feature): Record<string, unknown> {
  const { type: _type, id, properties, geometry, ...rest } = feature;
  const out: Record<string, unknown> = { type: 'Feature' };
  if (id !== undefined) out.id = id;
  out.properties = properties ?? null;
  out.geometry = geometry === null ? null : orderGeometry(geometry);
  for (const key of Object.keys(rest).sort()) out[key] = (rest as Record<string, unknown>)[key];
  return out;
}

function orderGeometry(geometry: GeoJSON.Geometry): Record<string, unknown> {
  if (geometry.type === 'GeometryCollection') {
    return { type: geometry.type, geometries: geometry.geometries.map(orderGeometry) };
  }
  return { type: geometry.type, coordinates: roundCoordinates(geometry.coordinates) };
}

function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') {
    const rounded = Math.round(value * SCALE) / SCALE;
    return Object.is(rounded, -0) ? 0 : rounded;
  }
  return Array.isArray(value) ? value.map(roundCoordinates) : value;
}
