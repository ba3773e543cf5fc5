import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_CREDIT_LINE } from '../core/basemap/credits.ts';
import type { BoundaryFrame } from '../core/basemap/frame.ts';
import { PLANNING_ZOOM } from '../core/basemap/tileset.ts';
import { frameFillLayers, frameProvinceLines, frameUnitLines } from './basemapFrame.ts';

/** The bundled vector tiles (PMTiles archive) and the relief image. */
export const BASEMAP_SOURCE = 'basemap';
export const HILLSHADE_SOURCE = 'hillshade';

/** Every basemap style layer's id starts with this; the plan layers' never do. */
export const BASEMAP_LAYER_PREFIX = 'base:';

/** Optional remote raster tiles drawn under the bundled basemap; never needed. */
export interface RemoteBasemap {
  tiles: string[];
  attribution: string;
}

/** Where the bundled basemap files are, as absolute URLs on the page's origin. */
export interface BasemapAssets {
  /** The PMTiles archive of vector tiles. */
  tilesUrl: string;
  hillshadeUrl: string;
  /** The hillshade image's corners: top-left, top-right, bottom-right, bottom-left [lon, lat]. */
  hillshadeCorners: [[number, number], [number, number], [number, number], [number, number]];
}

/** The basemap's sources: vector tiles read through the pmtiles:// protocol, and the relief. */
export function basemapSources(
  assets: BasemapAssets,
  remote?: RemoteBasemap,
): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [BASEMAP_SOURCE]: {
      type: 'vector',
      url: `pmtiles://${assets.tilesUrl}`,
      attribution: BASEMAP_CREDIT_LINE,
    },
    [HILLSHADE_SOURCE]: {
      type: 'image',
      url: assets.hillshadeUrl,
      coordinates: assets.hillshadeCorners,
    },
  };
  if (remote) {
    sources.remote = {
      type: 'raster',
      tiles: remote.tiles,
      tileSize: 256,
      attribution: remote.attribution,
    };
  }
  return sources;
}

/** A fill or line layer's spec less its id and source, which `base` adds. */
type BaseLayerSpec = { type: 'fill' | 'line' } & Record<string, unknown>;

const base = (id: string, sourceLayer: string, spec: BaseLayerSpec) =>
  ({
    id: `${BASEMAP_LAYER_PREFIX}${id}`,
    source: BASEMAP_SOURCE,
    'source-layer': sourceLayer,
    ...spec,
  }) as LayerSpecification;

const kindIs = (...kinds: string[]) =>
  ['in', ['get', 'kind'], ['literal', kinds]] as ['in', unknown, unknown];

/**
 * The ground under the plan layers, in a quiet palette (pale fills, thin grey lines) so the
 * plan's saturated colours stay on top: land, parks, relief, water, roads, rail, and the
 * boundaries of the frame (2019 or 2025 units).
 */
export function basemapLowerLayers(hasRemote: boolean, frame: BoundaryFrame): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: `${BASEMAP_LAYER_PREFIX}background`,
      type: 'background',
      paint: { 'background-color': '#e4e6df' },
    },
  ];
  if (hasRemote) {
    layers.push({ id: `${BASEMAP_LAYER_PREFIX}remote`, type: 'raster', source: 'remote' });
  }
  layers.push(
    base('land', 'land', {
      type: 'fill',
      paint: { 'fill-color': '#f6f4ee', 'fill-opacity': hasRemote ? 0.4 : 1 },
    }),
    ...frameFillLayers(frame, hasRemote),
    base('landuse', 'landuse', {
      type: 'fill',
      filter: kindIs('residential', 'industrial', 'park', 'cemetery', 'military'),
      minzoom: 10,
      paint: {
        'fill-color': [
          'match',
          ['get', 'kind'],
          'residential',
          '#eee8df',
          'industrial',
          '#ebe4ec',
          '#e4ecdc',
        ],
      },
    }),
    base('park', 'landuse', {
      type: 'fill',
      filter: kindIs('nature_reserve', 'forest'),
      paint: { 'fill-color': '#d9e7cf', 'fill-opacity': 0.8 },
    }),
    {
      id: `${BASEMAP_LAYER_PREFIX}hillshade`,
      type: 'raster',
      source: HILLSHADE_SOURCE,
      paint: { 'raster-opacity': 0.5, 'raster-fade-duration': 0 },
    },
    base('park-outline', 'landuse', {
      type: 'line',
      filter: kindIs('nature_reserve'),
      paint: { 'line-color': '#8fb27c', 'line-width': 1, 'line-dasharray': [3, 2] },
    }),
    base('contour', 'contour', {
      type: 'line',
      minzoom: PLANNING_ZOOM,
      paint: {
        'line-color': '#b7a684',
        'line-width': ['case', ['==', ['get', 'index'], 1], 0.9, 0.45],
        'line-opacity': 0.7,
      },
    }),
    base('water', 'water', { type: 'fill', paint: { 'fill-color': '#b3cfe0' } }),
    // The banks' smooth edge: fills draw no antialiased outline of their own (fillAntialias.ts).
    base('water-outline', 'water', {
      type: 'line',
      paint: { 'line-color': '#b3cfe0', 'line-width': 0.75 },
    }),
    base('waterway', 'waterway', {
      type: 'fill',
      minzoom: 10,
      paint: { 'fill-color': '#b3cfe0' },
    }),
    base('waterway-outline', 'waterway', {
      type: 'line',
      minzoom: 10,
      paint: { 'line-color': '#a3c3d7', 'line-width': 0.6 },
    }),
    ...frameUnitLines(frame),
    base('road-national', 'road_national', {
      type: 'line',
      maxzoom: PLANNING_ZOOM,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': '#c2b8a3',
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 10, 1.8],
      },
    }),
    base('road', 'road', {
      type: 'fill',
      minzoom: PLANNING_ZOOM,
      paint: { 'fill-color': '#ffffff' },
    }),
    base('road-outline', 'road', {
      type: 'line',
      minzoom: PLANNING_ZOOM,
      paint: {
        'line-color': '#b5ac99',
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 14, 0.9],
      },
    }),
    base('railway', 'railway', {
      type: 'line',
      paint: {
        'line-color': '#8d8d8d',
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 13, 1.6],
      },
    }),
    base('railway-ties', 'railway', {
      type: 'line',
      minzoom: PLANNING_ZOOM,
      paint: { 'line-color': '#8d8d8d', 'line-width': 4, 'line-dasharray': [0.2, 2] },
    }),
    ...frameProvinceLines(frame),
  );
  return layers;
}
