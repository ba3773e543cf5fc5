import {
  applyPatch,
  DocumentStore,
  diffAgainstBase,
  layerFromCollection,
  type Patch,
} from '../src/core/document/index.ts';
import { filterKeys, sortKeys } from '../src/core/schema-form/index.ts';

/**
 * The document's write path on a layer of 10,000 polygons: one vertex edit through
 * `applyPatch`, through the store (with undo), a squashed 30-step drag, and the Changes diff,
 * each as a ratio to copying the layer's feature map once (the floor of any immutable update).
 */
const FEATURES = 10_000;
const ROUNDS = 200;
const TARGET_RATIO = 3;

function square(index: number): GeoJSON.Feature {
  const x = 105.5 + (index % 100) * 0.005;
  const y = 21.0 + Math.floor(index / 100) * 0.005;
  const ring = [
    [x, y],
    [x + 0.004, y],
    [x + 0.004, y + 0.004],
    [x, y + 0.004],
    [x, y],
  ];
  return {
    type: 'Feature',
    id: `z-${index}`,
    properties: { name: `Khu ${index}` },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

function moved(feature: GeoJSON.Feature, step: number): GeoJSON.Feature {
  const polygon = structuredClone(feature.geometry) as GeoJSON.Polygon;
  polygon.coordinates[0]![2]![0]! += step * 1e-5;
  return { ...feature, geometry: polygon };
}

/** Median milliseconds of `run` over ROUNDS calls. */
function timeMs(run: (round: number) => void): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run(round);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function main(): void {
  const collection: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: Array.from({ length: FEATURES }, (_, index) => square(index)),
  };
  const layer = layerFromCollection(collection, 1);
  const doc = { layers: new Map([['zones', layer]]), clock: 1 };
  const target = collection.features[5_000]!;
  const edit = (round: number): Patch => ({
    put: [{ layer: 'zones', key: String(target.id), feature: moved(target, round) }],
    delete: [],
  });

  const floor = timeMs(() => new Map(layer.features));
  const pure = timeMs((round) => applyPatch(doc, edit(round)));
  const store = new DocumentStore();
  store.loadLayer('zones', collection);
  const viaStore = timeMs((round) => {
    store.apply(edit(round));
    store.undo();
  });
  const drag = timeMs((round) => {
    store.mark('drag');
    for (let step = 0; step < 30; step++) store.apply(edit(round + step), { history: true });
    store.squashToMark('drag');
  });
  const diff = timeMs(() => diffAgainstBase(store.getSnapshot(), store.getBase()));
  const sort = timeMs((round) =>
    sortKeys(layer, layer.order, 'name', round % 2 ? 'ascending' : 'descending', 'vi'),
  );
  const filter = timeMs((round) => filterKeys(layer, layer.order, `khu ${round}`));

  const rows: Array<[string, number]> = [
    ['applyPatch, one vertex edit', pure],
    ['store.apply + undo', viaStore],
    ['30-step drag + squash', drag],
    ['diffAgainstBase', diff],
    ['table: sort 10,000 names (vi)', sort],
    ['table: filter 10,000 rows', filter],
  ];
  console.log(
    `${FEATURES.toLocaleString('en')} polygons; floor (copy the feature map): ${floor.toFixed(3)} ms`,
  );
  for (const [name, ms] of rows) {
    console.log(`  ${name.padEnd(30)} ${ms.toFixed(3)} ms  ${(ms / floor).toFixed(2)}× floor`);
  }
  const ratio = pure / floor;
  console.log(`${ratio <= TARGET_RATIO ? '✓' : '✗'} one edit ≤ ${TARGET_RATIO}× the floor`);
  if (ratio > TARGET_RATIO) process.exitCode = 1;
}

main();
