import type { ImageSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_LAYER_PREFIX, HILLSHADE_SOURCE } from './basemapStyle.ts';

const PROVINCE_LABELS = `${BASEMAP_LAYER_PREFIX}place-province`;
const DISTRICT_LABELS = `${BASEMAP_LAYER_PREFIX}place-district-`;

/**
 * What the basemap draws in view: its style layer ids with something drawn, and the province
 * and 2019 district labels as drawn (their text, which depends on the frame and language).
 */
export interface BasemapReport {
  layers: string[];
  provinceLabels: string[];
  districtLabels: string[];
}

/** A queried symbol's text as drawn: MapLibre hands back the evaluated text-field. */
function drawnText(feature: MapGeoJSONFeature): string {
  const layout = feature.layer.layout as Record<string, unknown> | undefined;
  const field = layout?.['text-field'];
  if (typeof field === 'string') return field;
  const sections = (field as { sections?: Array<{ text: string }> } | undefined)?.sections;
  return sections ? sections.map((section) => section.text).join('') : '';
}

/**
 * The basemap layers with features drawn in view (one query for all of them), plus the relief
 * image when it is loaded and overlaps the view (raster layers have no features to query).
 */
export function reportBasemap(map: MapLibreMap, layerIds: readonly string[]): BasemapReport {
  const present = layerIds.filter((id) => map.getLayer(id));
  const drawn = new Set<string>();
  const provinceLabels = new Set<string>();
  const districtLabels = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers: present })) {
    drawn.add(feature.layer.id);
    if (feature.layer.id === PROVINCE_LABELS) provinceLabels.add(drawnText(feature));
    if (feature.layer.id.startsWith(DISTRICT_LABELS)) districtLabels.add(drawnText(feature));
  }
  for (const id of present) {
    const layer = map.getLayer(id);
    if (layer?.type !== 'raster' || layer.source !== HILLSHADE_SOURCE) continue;
    if (isShownAtZoom(map, id) && reliefInView(map)) drawn.add(id);
  }
  return {
    layers: present.filter((id) => drawn.has(id)),
    provinceLabels: [...provinceLabels],
    districtLabels: [...districtLabels],
  };
}

/** Visible, not transparent, and within the layer's zoom range at the map's zoom. */
function isShownAtZoom(map: MapLibreMap, id: string): boolean {
  const layer = map.getLayer(id);
  if (!layer || map.getLayoutProperty(id, 'visibility') === 'none') return false;
  if (map.getPaintProperty(id, 'raster-opacity') === 0) return false;
  const zoom = map.getZoom();
  return zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24);
}

function reliefInView(map: MapLibreMap): boolean {
  const source = map.getSource<ImageSource>(HILLSHADE_SOURCE);
  if (!source?.loaded()) return false;
  const corners = source.coordinates;
  const lons = corners.map((p) => p[0]!);
  const lats = corners.map((p) => p[1]!);
  const view = map.getBounds();
  return (
    Math.min(...lons) < view.getEast() &&
    Math.max(...lons) > view.getWest() &&
    Math.min(...lats) < view.getNorth() &&
    Math.max(...lats) > view.getSouth()
  );
}
