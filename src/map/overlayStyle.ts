import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Swatch } from '../core/figure/draw-ops.ts';
import { FONT_BOLD } from './fonts.ts';
import { HIGHLIGHT_SOURCE, highlightLayers } from './highlightStyle.ts';

/**
 * Sources for what the analysis tools draw, above the planning layers: a result, the measure
 * tool's path, and the result row chosen in the table.
 */
export const ANALYSIS_SOURCE = 'analysis';
export const MEASURE_SOURCE = 'measure';
export const OVERLAY_SOURCES = [ANALYSIS_SOURCE, MEASURE_SOURCE, HIGHLIGHT_SOURCE] as const;
export type OverlayId = (typeof OVERLAY_SOURCES)[number];

/** The MapLibre layer ids that draw each overlay source. */
export function overlayLayerIds(id: OverlayId): string[] {
  return overlayLayers()
    .filter((layer) => 'source' in layer && layer.source === id)
    .map((layer) => layer.id);
}

/** What an overlay draws: features, or the URL of a GeoJSON document (a blob URL, say). */
export type OverlayData = GeoJSON.FeatureCollection | string;

const role = (...values: string[]): ExpressionSpecification => [
  'match',
  ['get', 'role'],
  values,
  true,
  false,
];

// Magenta and dashed: no layer of the registry uses it (the Mê Linh roads are the amber the
// tool used to have).
const MEASURE_COLOR = '#c026d3';
// Shared with the figures' legend swatch (measureLegendSwatch).
const MEASURE_LINE = { width: 2.5, dash: [3, 1.5] };
const MEASURE_AREA_OPACITY = 0.15;
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };
// Shared with the figures' legend swatches (analysisLegendSwatch), so the two agree.
const CORRIDOR = { fill: '#0ea5e9', opacity: 0.18, outline: '#0369a1' };
const SHARED = { fill: '#e11d48', opacity: 0.55, outline: '#9f1239', width: 1.5 };
const NEAREST = { color: '#0f172a', width: 1.8, dash: [2, 1] };

/**
 * Analysis results (corridors, shared parts, closest-point lines) and the measure tool, drawn
 * as their own layers so they never change how the planning layers look.
 */
export function overlayLayers(): LayerSpecification[] {
  return [
    {
      id: 'analysis:corridor',
      type: 'fill',
      source: ANALYSIS_SOURCE,
      filter: role('corridor'),
      paint: {
        'fill-color': CORRIDOR.fill,
        'fill-opacity': CORRIDOR.opacity,
        'fill-outline-color': CORRIDOR.outline,
      },
    },
    {
      id: 'analysis:shared',
      type: 'fill',
      source: ANALYSIS_SOURCE,
      filter: role('shared'),
      paint: { 'fill-color': SHARED.fill, 'fill-opacity': SHARED.opacity },
    },
    {
      id: 'analysis:shared-outline',
      type: 'line',
      source: ANALYSIS_SOURCE,
      filter: role('shared'),
      paint: { 'line-color': SHARED.outline, 'line-width': SHARED.width },
    },
    {
      id: 'analysis:nearest',
      type: 'line',
      source: ANALYSIS_SOURCE,
      filter: role('nearest'),
      paint: {
        'line-color': NEAREST.color,
        'line-width': NEAREST.width,
        'line-dasharray': NEAREST.dash,
      },
    },
    {
      id: 'analysis:label',
      type: 'symbol',
      source: ANALYSIS_SOURCE,
      filter: role('nearest-label'),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_BOLD],
        'text-size': 11,
      },
      paint: { 'text-color': '#0f172a', ...halo },
    },
    {
      id: 'measure:area',
      type: 'fill',
      source: MEASURE_SOURCE,
      filter: role('measure-area'),
      paint: { 'fill-color': MEASURE_COLOR, 'fill-opacity': MEASURE_AREA_OPACITY },
    },
    {
      id: 'measure:line',
      type: 'line',
      source: MEASURE_SOURCE,
      filter: role('measure-line'),
      paint: {
        'line-color': MEASURE_COLOR,
        'line-width': MEASURE_LINE.width,
        'line-dasharray': MEASURE_LINE.dash,
      },
    },
    {
      id: 'measure:point',
      type: 'circle',
      source: MEASURE_SOURCE,
      filter: role('measure-point'),
      paint: {
        'circle-radius': 4.5,
        'circle-color': '#ffffff',
        'circle-stroke-color': MEASURE_COLOR,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'measure:label',
      type: 'symbol',
      source: MEASURE_SOURCE,
      filter: role('measure-label'),
      layout: {
        'text-field': ['get', 'label'],
        'text-font': [FONT_BOLD],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-offset': [0, -0.9],
      },
      paint: { 'text-color': '#831843', ...halo },
    },
    ...highlightLayers(),
  ];
}

/** The legend swatch of what the measure tool drew: its dashed line, or its area. */
export function measureLegendSwatch(shape: 'line' | 'fill'): Swatch {
  const lineWidthPx = MEASURE_LINE.width;
  return {
    shape,
    color: MEASURE_COLOR,
    fillColor: MEASURE_COLOR,
    fillOpacity: shape === 'fill' ? MEASURE_AREA_OPACITY : 1,
    lineWidthPx,
    dashPx: MEASURE_LINE.dash.map((d) => d * lineWidthPx),
    radiusPx: 0,
  };
}

/** The legend swatch of an analysis result, by the kind of check that drew it. */
export function analysisLegendSwatch(kind: 'nearest' | 'overlap' | 'corridor'): Swatch {
  if (kind === 'nearest')
    return {
      shape: 'line',
      color: NEAREST.color,
      fillColor: NEAREST.color,
      fillOpacity: 1,
      lineWidthPx: NEAREST.width,
      dashPx: NEAREST.dash.map((d) => d * NEAREST.width),
      radiusPx: 0,
    };
  const paint = kind === 'overlap' ? SHARED : { ...CORRIDOR, width: 1 };
  return {
    shape: 'fill',
    color: paint.outline,
    fillColor: paint.fill,
    fillOpacity: paint.opacity,
    lineWidthPx: paint.width,
    dashPx: null,
    radiusPx: 0,
  };
}
