import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT_BOLD } from './fonts.ts';

/** Sources for what the analysis tools draw, above the planning layers. */
export const ANALYSIS_SOURCE = 'analysis';
export const MEASURE_SOURCE = 'measure';
export const OVERLAY_SOURCES = [ANALYSIS_SOURCE, MEASURE_SOURCE] as const;
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
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 };

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
      paint: { 'fill-color': '#0ea5e9', 'fill-opacity': 0.18, 'fill-outline-color': '#0369a1' },
    },
    {
      id: 'analysis:shared',
      type: 'fill',
      source: ANALYSIS_SOURCE,
      filter: role('shared'),
      paint: { 'fill-color': '#e11d48', 'fill-opacity': 0.55 },
    },
    {
      id: 'analysis:shared-outline',
      type: 'line',
      source: ANALYSIS_SOURCE,
      filter: role('shared'),
      paint: { 'line-color': '#9f1239', 'line-width': 1.5 },
    },
    {
      id: 'analysis:nearest',
      type: 'line',
      source: ANALYSIS_SOURCE,
      filter: role('nearest'),
      paint: { 'line-color': '#0f172a', 'line-width': 1.8, 'line-dasharray': [2, 1] },
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
      paint: { 'fill-color': MEASURE_COLOR, 'fill-opacity': 0.15 },
    },
    {
      id: 'measure:line',
      type: 'line',
      source: MEASURE_SOURCE,
      filter: role('measure-line'),
      paint: { 'line-color': MEASURE_COLOR, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
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
  ];
}
