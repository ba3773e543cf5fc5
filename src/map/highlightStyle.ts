import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

/** The source of the results row chosen in the table (see `overlayStyle`). */
export const HIGHLIGHT_SOURCE = 'highlight';

// A dark blue line on a white casing: it reads over the result's rose shared parts, the sky
// corridors and every registry colour, and is not the inspector's yellow selection halo.
const CORE = '#1d4ed8';
const CASING = '#ffffff';

const isPoint = (): ExpressionSpecification => [
  'match',
  ['geometry-type'],
  ['Point', 'MultiPoint'],
  true,
  false,
];

/**
 * The chosen result row drawn on top of the result: an outline for areas and lines (what the
 * row is about stays visible inside it), a ring for points.
 */
export function highlightLayers(): LayerSpecification[] {
  return [
    {
      id: 'highlight:casing',
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['!', isPoint()],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': CASING, 'line-width': 7, 'line-opacity': 0.9 },
    },
    {
      id: 'highlight:line',
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['!', isPoint()],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': CORE, 'line-width': 3.5 },
    },
    {
      id: 'highlight:point',
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      filter: isPoint(),
      paint: {
        'circle-radius': 10,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': CORE,
        'circle-stroke-width': 3.5,
      },
    },
  ];
}
