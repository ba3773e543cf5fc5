import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { BoundaryFrame } from '../core/basemap/frame.ts';
import { PLANNING_ZOOM } from '../core/basemap/tileset.ts';
import type { Lang } from '../core/i18n/messages.ts';
import { frameUnitLabels, isDistrictPlace, provinceLabelText } from './basemapFrame.ts';
import { BASEMAP_LAYER_PREFIX, BASEMAP_SOURCE } from './basemapStyle.ts';
import { FONT_REGULAR } from './fonts.ts';
import { labelExpression } from './layerStyle.ts';

const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } as const;

const rank: ExpressionSpecification = ['get', 'rank'];

/**
 * Place labels drawn above the plan layers so they stay readable. Later layers are placed first
 * by MapLibre, so the province names come last: no town or commune label can crowd them out.
 * The frame decides the district, commune and province names (see basemapFrame.ts).
 */
export function basemapLabelLayers(lang: Lang, frame: BoundaryFrame): LayerSpecification[] {
  const label = labelExpression('name', lang);
  return [
    {
      id: `${BASEMAP_LAYER_PREFIX}contour-label`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'contour',
      filter: ['==', ['get', 'index'], 1],
      minzoom: 13,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['concat', ['to-string', ['get', 'ele_m']], ' m'],
        'text-font': [FONT_REGULAR],
        'text-size': 10,
      },
      paint: { 'text-color': '#9a8a68', ...HALO },
    },
    {
      id: `${BASEMAP_LAYER_PREFIX}road-national-label`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'road_national',
      minzoom: 9,
      maxzoom: PLANNING_ZOOM,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 10.5,
      },
      paint: { 'text-color': '#7b7260', ...HALO },
    },
    {
      id: `${BASEMAP_LAYER_PREFIX}park-label`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'landuse',
      filter: ['==', ['get', 'kind'], 'nature_reserve'],
      minzoom: 8,
      layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 11 },
      paint: { 'text-color': '#557a45', ...HALO },
    },
    ...frameUnitLabels(lang, frame),
    {
      id: `${BASEMAP_LAYER_PREFIX}place`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'place',
      filter: [
        'all',
        ['!=', ['get', 'kind'], 'commune'],
        ['!', isDistrictPlace],
        ['>', rank, 1],
        // Towns and districts from the regional view; suburbs and villages from closer in.
        ['<=', rank, ['step', ['zoom'], 3, 10.5, 4, 12, 5]],
      ],
      layout: {
        'text-field': label,
        'text-font': [FONT_REGULAR],
        'text-size': ['match', rank, 2, 13, 3, 12, 11],
        'text-max-width': 8,
        'symbol-sort-key': rank,
      },
      // One colour for every rank (the size tells them apart): a colour read from the data
      // would need a symbol shader of its own, compiled before the first idle.
      paint: { 'text-color': '#3f3f3f', ...HALO },
    },
    {
      id: `${BASEMAP_LAYER_PREFIX}place-province`,
      type: 'symbol',
      source: BASEMAP_SOURCE,
      'source-layer': 'place',
      filter: ['==', rank, 1],
      layout: {
        'text-field': provinceLabelText(lang, frame, label),
        // Regular, not bold: capitals, size and spacing set them apart, and a second weight
        // would cost two more font files and its own glyphs before the first idle.
        'text-font': [FONT_REGULAR],
        'text-size': 15,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 10,
      },
      paint: { 'text-color': '#5b5b5b', ...HALO },
    },
  ];
}
