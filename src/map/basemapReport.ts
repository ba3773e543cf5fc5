import type { ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import { BASEMAP_LAYER_PREFIX, HILLSHADE_SOURCE } from './basemapStyle.ts';

const PROVINCE_LABELS = `${BASEMAP_LAYER_PREFIX}place-province`;

/** What the basemap draws in view: its style layer ids with something drawn, and the provinces named. */
export interface BasemapReport {
  layers: string[];
  provinceLabels: string[];
}

/**
 * The basemap layers with features drawn in view (one query for all of them), plus the relief
 * image when it is loaded and overlaps the view (raster layers have no features to query).
 */
export function reportBasemap(map: MapLibreMap, layerIds: readonly string[]): BasemapReport {
  const present = layerIds.filter((id) => map.getLayer(id));
  const drawn = new Set<string>();
  const provinceLabels = new Set<string>();
  for (const feature of map.queryRenderedFeatures({ layers: present })) {
    drawn.add(feature.layer.id);
    if (feature.layer.id === PROVINCE_LABELS) provinceLabels.add(String(feature.properties.name));
  }
  for (const id of present) {
    const layer = map.getLayer(id);
    if (layer?.type !== 'raster' || layer.source !== HILLSHADE_SOURCE) continue;
    if (isShownAtZoom(map, id) && reliefInView(map)) drawn.add(id);
  }
  return { layers: present.filter((id) => drawn.has(id)), provinceLabels: [...provinceLabels] };
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
