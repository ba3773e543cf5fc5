import type {
  GeoJSONSource,
  Map as MapLibreMap,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** The style with every GeoJSON source's data left out: what a cheap comparison can read. */
function withoutGeoJsonData(style: StyleSpecification): string {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    sources[id] = source.type === 'geojson' ? { ...source, data: '' } : source;
  }
  return JSON.stringify({ ...style, sources });
}

/**
 * Moves a map from style `before` to style `next`, both read from the live map. When only
 * GeoJSON data changed (the usual case between two figures), only the sources whose data is
 * another object get `setData`. MapLibre's own `setStyle(…, { diff: true })` deep-clones and
 * deep-compares every inline GeoJSON collection: one task of ~200 ms for the bundled layers
 * under SwiftShader's busy CPU, paid again for every figure. Any other change takes that path.
 */
export function restyleFigureMap(
  map: MapLibreMap,
  before: StyleSpecification,
  next: StyleSpecification,
): void {
  if (withoutGeoJsonData(before) !== withoutGeoJsonData(next)) {
    map.setStyle(next, { diff: true });
    return;
  }
  for (const [id, source] of Object.entries(next.sources)) {
    const old = before.sources[id];
    if (source.type !== 'geojson' || old?.type !== 'geojson' || old.data === source.data) continue;
    map.getSource<GeoJSONSource>(id)?.setData(source.data);
  }
}
