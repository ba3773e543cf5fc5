import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { type BoundaryFrame, DEFAULT_FRAME } from '../core/basemap/frame.ts';
import type { LayerFilters } from '../core/filter/filter-types.ts';
import type { Lang } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';
import { basemapLabelLayers } from './basemapLabels.ts';
import {
  type BasemapAssets,
  basemapLowerLayers,
  basemapSources,
  type RemoteBasemap,
} from './basemapStyle.ts';
import { chunkLayerId, chunkSourceId } from './chunks/chunkIds.ts';
import { withoutFillAntialias } from './fillAntialias.ts';
import { filterExpression } from './filterExpression.ts';
import { bundledFontFaces } from './fonts.ts';
import { layerSpecs } from './layerStyle.ts';
import { overlayStyle, STYLE_OVERLAYS, type StyleOverlay } from './styleOverlays.ts';

export interface StyleState {
  /** Registry layers in draw order, bottom first. */
  layers: readonly LayerDef[];
  visible: Readonly<Record<string, boolean>>;
  opacity: Readonly<Record<string, number>>;
  lang: Lang;
  /** The administrative units drawn under the plan: 2019 (the default) or since 1 July 2025. */
  frame?: BoundaryFrame;
  /** Each layer's filter: the features that fail it are hidden. */
  filters?: LayerFilters;
}

export interface StyleAssets {
  basemap: BasemapAssets;
  /** The page URL that bundled asset URLs resolve against. */
  baseUrl: string;
  remote?: RemoteBasemap;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

function layerSource(layer: LayerDef): SourceSpecification {
  if (layer.source.kind === 'pmtiles')
    return { type: 'vector', url: `pmtiles://${layer.source.url}` };
  // Data is pushed by MapController.setLayerData; the style only declares the source.
  return { type: 'geojson', data: EMPTY };
}

/** A layer's style layers, each followed by its copies for the layer's other chunks. */
function withChunks(specs: LayerSpecification[], chunks: number): LayerSpecification[] {
  if (chunks <= 1) return specs;
  return specs.flatMap((spec) =>
    Array.from({ length: chunks }, (_, chunk) =>
      'source' in spec && typeof spec.source === 'string'
        ? ({
            ...spec,
            id: chunkLayerId(spec.id, chunk),
            source: chunkSourceId(spec.source, chunk),
          } as LayerSpecification)
        : spec,
    ),
  );
}

/**
 * The whole map style as a function of state: the map is a projection of the document and the
 * UI preferences, never a second copy of them. `chunks` says how many sources a large layer is
 * drawn from (MapController cuts them; see `chunks/layerChunks.ts`); one when absent. `overlays`
 * are the on-demand overlays the style carries (MapController adds each on first use); all of
 * them when absent. `outlineFrom` is the zoom from which a large layer's polygon outlines are
 * drawn (`core/geometry/outlineZoom.ts`, read from its features); every zoom when absent. A
 * chunked layer is drawn as an overview further out than the planning zoom (`OVERVIEW_FILTER`).
 */
export function buildStyle(
  state: StyleState,
  assets: StyleAssets,
  chunks: Readonly<Record<string, number>> = {},
  overlays: readonly StyleOverlay[] = STYLE_OVERLAYS,
  outlineFrom: Readonly<Record<string, number>> = {},
): StyleSpecification {
  const sources: Record<string, SourceSpecification> = basemapSources(
    assets.basemap,
    assets.remote,
  );
  for (const layer of state.layers) {
    sources[layer.id] = layerSource(layer);
    for (let chunk = 1; chunk < (chunks[layer.id] ?? 1); chunk++) {
      sources[chunkSourceId(layer.id, chunk)] = layerSource(layer);
    }
  }
  const onDemand = overlayStyle(overlays);
  Object.assign(sources, onDemand.sources);
  const frame = state.frame ?? DEFAULT_FRAME;
  const planning = state.layers.flatMap((layer) =>
    withChunks(
      layerSpecs(layer, {
        visible: state.visible[layer.id] ?? layer.visibleByDefault,
        opacity: state.opacity[layer.id] ?? 1,
        lang: state.lang,
        filter: filterExpression(state.filters?.[layer.id], layer.properties),
        ...(outlineFrom[layer.id] === undefined ? {} : { outlineFromZoom: outlineFrom[layer.id] }),
        ...((chunks[layer.id] ?? 1) > 1 ? { overview: true } : {}),
      }),
      chunks[layer.id] ?? 1,
    ),
  );
  return {
    version: 8,
    name: 'Giáp Ranh',
    'font-faces': bundledFontFaces(assets.baseUrl),
    sources,
    layers: withoutFillAntialias([
      ...basemapLowerLayers(Boolean(assets.remote), frame),
      ...planning,
      ...onDemand.layers,
      ...basemapLabelLayers(state.lang, frame),
    ]),
  };
}
