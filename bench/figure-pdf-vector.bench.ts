// `npx tsx bench/figure-pdf-vector.bench.ts`: what drawing the plan layers as paths adds to an A4
// 300 dpi figure PDF, for the bundled layers and for a layer of 10,000 polygons: bytes of the
// plan layers' drawing and the time to trace and write it, against the same figure without
// paths measured in the same run (the map's picture is a 1-pixel stand-in: its bytes are the
// same with or without paths; `giapranh render --layers-as vector|pixels` gives whole files).
import { readFileSync } from 'node:fs';
import {
  type VectorLayer,
  vectorLayerBuffers,
  vectorLayerOf,
} from '../src/core/figure/vector-layers.ts';
import { traceVectorMap } from '../src/core/figure/vector-trace.ts';
import { getLayer } from '../src/core/layers/registry.ts';
import { NON_EMPTY_PLAN_LAYERS } from '../tests/e2e/support/bundled.ts';
import { manyPolygons } from '../tests/unit/support/manyPolygons.ts';
import { a4MapView, a4VectorFigurePdf } from '../tests/unit/support/vectorFigure.ts';

const VIEW = a4MapView(105.66, 21.27);
const bundled = (id: string): GeoJSON.FeatureCollection =>
  JSON.parse(readFileSync(`data/geojson/${id}.geojson`, 'utf8'));

async function pdfBytes(layers: readonly VectorLayer[] | null): Promise<number> {
  return (await a4VectorFigurePdf('Giáp Ranh', VIEW, layers)).length;
}

const zones = getLayer('industrial-zones')!;
const cases: [string, VectorLayer[]][] = [
  [
    'bundled layers (default map)',
    NON_EMPTY_PLAN_LAYERS.map((id) => vectorLayerOf(getLayer(id)!, bundled(id), 1)),
  ],
  [
    '10,000 polygons (24 vertices each) over the frame',
    [
      vectorLayerOf(
        zones,
        manyPolygons(10_000, { west: 105.4, south: 21.1, east: 105.95, north: 21.45 }),
        1,
      ),
    ],
  ],
];

// On the page's main thread: packing the features, and handing them to the worker.
const parcels = manyPolygons(10_000, { west: 105.4, south: 21.1, east: 105.95, north: 21.45 });
const packStarted = performance.now();
const packed = [vectorLayerOf(zones, parcels, 1)];
const packMs = performance.now() - packStarted;
const cloneStarted = performance.now();
structuredClone(packed, { transfer: vectorLayerBuffers(packed) });
const cloneMs = performance.now() - cloneStarted;
const geometryStarted = performance.now();
structuredClone(parcels.features.map((feature) => feature.geometry));
const geometryMs = performance.now() - geometryStarted;
console.log(
  `10,000 polygons on the main thread: packed in ${packMs.toFixed(0)} ms, handed over in ${cloneMs.toFixed(0)} ms (their GeoJSON geometries cloned: ${geometryMs.toFixed(0)} ms)`,
);

const without = await pdfBytes(null);
console.log(`A4 300 dpi figure PDF without paths (1-pixel picture): ${without} bytes`);
for (const [name, layers] of cases) {
  const started = performance.now();
  const traced = traceVectorMap(layers, VIEW);
  const traceMs = performance.now() - started;
  const vertices = layers
    .flatMap((layer) => layer.passes)
    .filter((pass) => pass.kind === 'fill')
    .reduce((sum, pass) => sum + pass.shapes.coords.length / 2, 0);
  const kept = traced.passes
    .filter((pass) => pass.kind === 'fill')
    .reduce((sum, pass) => sum + pass.polygons.flat(2).length / 2, 0);
  const pdfStarted = performance.now();
  const withPaths = await pdfBytes(layers);
  const pdfMs = performance.now() - pdfStarted;
  console.log(
    `${name}: +${((withPaths - without) / 1024).toFixed(1)} kB; polygon vertices ${vertices} → ${kept} drawn; trace ${traceMs.toFixed(0)} ms, whole PDF ${pdfMs.toFixed(0)} ms`,
  );
}
