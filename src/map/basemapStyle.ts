import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Lang } from '../core/i18n/messages.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import { labelExpression } from './layerStyle.ts';

export const BASEMAP_SOURCE = 'basemap';

/** Optional remote raster tiles drawn under the bundled basemap; never needed. */
export interface RemoteBasemap {
  tiles: string[];
  attribution: string;
}

/** The bundled basemap's source: one small GeoJSON of land, water, boundaries and places. */
export function basemapSources(
  basemapUrl: string,
  remote?: RemoteBasemap,
): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [BASEMAP_SOURCE]: {
      type: 'geojson',
      data: basemapUrl,
      attribution: 'Giáp Ranh · gis.chinhphu.vn (2019)',
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

const kind = (value: string): ExpressionSpecification => ['==', ['get', 'kind'], value];

/** Basemap layers under the planning layers: land, provinces, water, district lines. */
export function basemapLowerLayers(hasRemote: boolean): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    { id: 'base:background', type: 'background', paint: { 'background-color': '#eef0ea' } },
  ];
  if (hasRemote) layers.push({ id: 'base:remote', type: 'raster', source: 'remote' });
  layers.push(
    {
      id: 'base:province',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: kind('province'),
      paint: {
        'fill-color': ['match', ['get', 'name_en'], 'Hà Nội', '#fbf6ec', '#f1f6ec'],
        'fill-opacity': hasRemote ? 0.4 : 1,
      },
    },
    {
      id: 'base:water',
      type: 'fill',
      source: BASEMAP_SOURCE,
      filter: kind('water'),
      paint: { 'fill-color': '#a9cbe0' },
    },
    {
      id: 'base:district-line',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: kind('district'),
      paint: { 'line-color': '#9a9a9a', 'line-width': 0.6 },
    },
    {
      id: 'base:province-line',
      type: 'line',
      source: BASEMAP_SOURCE,
      filter: kind('province'),
      paint: { 'line-color': '#6f6f6f', 'line-width': 1.6 },
    },
  );
  return layers;
}

/** Place labels drawn above the planning layers so they stay readable. */
export function basemapLabelLayers(lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'base:place-province',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      filter: ['all', kind('place'), ['==', ['get', 'rank'], 1]],
      layout: {
        'text-field': labelExpression('name', lang),
        'text-font': [FONT_BOLD],
        'text-size': 15,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 12,
      },
      paint: { 'text-color': '#5b5b5b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'base:place',
      type: 'symbol',
      source: BASEMAP_SOURCE,
      filter: ['all', kind('place'), ['>', ['get', 'rank'], 1]],
      layout: {
        'text-field': labelExpression('name', lang),
        'text-font': [FONT_REGULAR],
        'text-size': ['match', ['get', 'rank'], 2, 13, 11],
        'text-max-width': 8,
      },
      paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
