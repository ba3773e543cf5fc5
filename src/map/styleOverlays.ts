import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import {
  OVERLAY_SOURCES,
  type OverlayData,
  type OverlayId,
  overlayLayers,
} from './overlayStyle.ts';
import { SELECTION_SOURCE, selectionLayers } from './selectionStyle.ts';

/** What the map draws above the plan on demand: the analysis overlays and the selection halo. */
export type StyleOverlay = OverlayId | typeof SELECTION_SOURCE;

/** Every on-demand overlay, in draw order (bottom first). */
export const STYLE_OVERLAYS: readonly StyleOverlay[] = [...OVERLAY_SOURCES, SELECTION_SOURCE];

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Whether drawing `data` draws nothing (an empty collection): no reason to add its layers. */
export function drawsNothing(data: OverlayData): boolean {
  return typeof data !== 'string' && data.features.length === 0;
}

/**
 * The sources and layers of the overlays in use. An overlay joins the style when first drawn,
 * not at start: its empty source would still be tiled by MapLibre's worker, and its layers
 * parsed, on every tile of the cold start (`npm run bench:app`).
 */
export function overlayStyle(inUse: readonly StyleOverlay[]): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  const used = new Set(inUse);
  const sources: Record<string, SourceSpecification> = {};
  for (const id of STYLE_OVERLAYS) if (used.has(id)) sources[id] = { type: 'geojson', data: EMPTY };
  const layers = [...overlayLayers(), ...selectionLayers()].filter(
    (layer) => 'source' in layer && used.has(layer.source as StyleOverlay),
  );
  return { sources, layers };
}
