import { readFileSync } from 'node:fs';

/**
 * The registry's plan layers whose bundled files have features: what the opening view draws at
 * its first idle (the others are empty and draw nothing).
 */
export const NON_EMPTY_PLAN_LAYERS: readonly string[] = [
  'boundaries',
  'context',
  'security-clusters',
  'industrial-zones',
  'me-linh-axis-roads',
  'ring-road-5',
];

/** A polygon of a bundled layer's file (data/geojson), as the app loads it. */
export function bundledPolygon(
  layerId: string,
  featureId: string,
): GeoJSON.Feature<GeoJSON.Polygon> {
  const collection = JSON.parse(
    readFileSync(new URL(`../../../data/geojson/${layerId}.geojson`, import.meta.url), 'utf8'),
  ) as GeoJSON.FeatureCollection;
  const feature = collection.features.find((f) => f.id === featureId);
  if (feature?.geometry.type !== 'Polygon') throw new Error(`fixture: ${featureId} polygon`);
  return feature as GeoJSON.Feature<GeoJSON.Polygon>;
}

/**
 * The average of a polygon's outer-ring positions (the closing one included): inside the small,
 * compact zones the specs click on, so a click there lands on the zone.
 */
export function middleOf(polygon: GeoJSON.Feature<GeoJSON.Polygon>): { lon: number; lat: number } {
  const ring = polygon.geometry.coordinates[0] ?? [];
  return {
    lon: ring.reduce((sum, p) => sum + (p[0] ?? 0), 0) / ring.length,
    lat: ring.reduce((sum, p) => sum + (p[1] ?? 0), 0) / ring.length,
  };
}
