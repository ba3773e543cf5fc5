import type { LayerSpecification } from 'maplibre-gl';

export const SELECTION_SOURCE = 'selection';

/** The selected feature, drawn on top as a halo so it reads on any layer colour. */
export function selectionLayers(): LayerSpecification[] {
  return [
    {
      id: 'selection:fill',
      type: 'fill',
      source: SELECTION_SOURCE,
      filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      paint: { 'fill-color': '#facc15', 'fill-opacity': 0.25 },
    },
    {
      id: 'selection:line',
      type: 'line',
      source: SELECTION_SOURCE,
      filter: ['!', ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false]],
      paint: { 'line-color': '#facc15', 'line-width': 5, 'line-opacity': 0.9 },
    },
    {
      id: 'selection:circle',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false],
      paint: { 'circle-radius': 9, 'circle-color': '#facc15', 'circle-opacity': 0.6 },
    },
  ];
}
