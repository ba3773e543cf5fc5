import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Problem } from './problems.ts';

const SOURCE = 'editor-problems';

/**
 * Draws a marker at each problem's vertex (red for errors, amber for warnings), above the
 * layers. The source and layer are the editor's own; the app's style diff never sees them.
 */
export function showProblemMarkers(map: MapLibreMap, problems: readonly Problem[]): void {
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: problems.flatMap((problem) =>
      problem.position
        ? [
            {
              type: 'Feature',
              properties: { severity: problem.severity },
              geometry: { type: 'Point', coordinates: problem.position },
            },
          ]
        : [],
    ),
  };
  const source = map.getSource<GeoJSONSource>(SOURCE);
  if (source) return void source.setData(data);
  map.addSource(SOURCE, { type: 'geojson', data });
  map.addLayer({
    id: SOURCE,
    type: 'circle',
    source: SOURCE,
    paint: {
      'circle-radius': 7,
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': 3,
      'circle-stroke-color': ['match', ['get', 'severity'], 'error', '#c92a2a', '#e67700'],
    },
  });
}
