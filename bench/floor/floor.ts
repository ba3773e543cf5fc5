// The benchmark's floor: the least a page can do to show the same bundled GeoJSON with MapLibre
// and React loaded. Giáp Ranh's cold start and JS weight are reported as ratios against it.
import { type LayerSpecification, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import basemapUrl from '../../data/basemap/basemap.geojson?url';
import { bundledFontFaces } from '../../src/map/fonts.ts';

const FILES = import.meta.glob('../../data/geojson/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

setWorkerUrl(workerUrl);
const badge = document.createElement('div');
document.body.append(badge);
createRoot(badge).render(createElement('span', null, 'floor'));

const base = window.location.href;
const layers: LayerSpecification[] = [
  { id: 'bg', type: 'background', paint: { 'background-color': '#eef0ea' } },
];
const sources: Record<string, { type: 'geojson'; data: string }> = {
  basemap: { type: 'geojson', data: new URL(basemapUrl, base).href },
};
layers.push({
  id: 'basemap-fill',
  type: 'fill',
  source: 'basemap',
  paint: { 'fill-color': '#f3f1e8' },
});
for (const [path, url] of Object.entries(FILES)) {
  const id = path.split('/').pop()!;
  sources[id] = { type: 'geojson', data: new URL(url, base).href };
  layers.push({
    id: `${id}-fill`,
    type: 'fill',
    source: id,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#a78bfa', 'fill-opacity': 0.3 },
  });
  layers.push({ id: `${id}-line`, type: 'line', source: id, paint: { 'line-color': '#dc2626' } });
  layers.push({
    id: `${id}-circle`,
    type: 'circle',
    source: id,
    filter: ['==', ['geometry-type'], 'Point'],
  });
  layers.push({
    id: `${id}-label`,
    type: 'symbol',
    source: id,
    layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] },
  });
}
const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, 'font-faces': bundledFontFaces(base), sources, layers },
  center: [105.64, 21.26],
  zoom: 9.6,
});
map.once('idle', () => {
  performance.mark('floor:idle');
  document.body.dataset.idle = 'true';
});
