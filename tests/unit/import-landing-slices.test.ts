import { describe, expect, it } from 'vitest';
import { importPatch, importPatchInSteps } from '../../src/core/import/import-patch.ts';
import { runInSlices } from '../../src/core/scheduling/runInSlices.ts';

const square = (i: number, id?: string): GeoJSON.Feature => ({
  type: 'Feature',
  ...(id && { id }),
  properties: { name: `Ô ${i}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [105 + i * 1e-4, 21],
        [105.001 + i * 1e-4, 21],
        [105.001 + i * 1e-4, 21.001],
        [105 + i * 1e-4, 21],
      ],
    ],
  },
});

const point = (i: number): GeoJSON.Feature => ({
  type: 'Feature',
  id: `p-${i}`,
  properties: {},
  geometry: { type: 'Point', coordinates: [105.7, 21.2] },
});

function counter() {
  let n = 0;
  return (prefix: string) => `${prefix}-${++n}`;
}

const context = {
  fileName: 'large.zip',
  layerName: 'large',
  userLayerCount: 0,
  kindWords: { Point: 'points', LineString: 'lines', Polygon: 'polygons' },
} as const;

/** A large file of squares (half without ids) and a few points: two new layers. */
const features = [
  ...Array.from({ length: 20_000 }, (_, i) => square(i, i % 2 ? `sq-${i}` : undefined)),
  ...Array.from({ length: 3 }, (_, i) => point(i)),
];

describe('a large import lands in slices, not in the one task of the click', () => {
  it('builds the patch in many steps, to the same patch and landing as importPatch', () => {
    const steps = importPatchInSteps({ kind: 'new' }, features, { ...context, newId: counter() });
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    // 20,003 features grouped by kind, then put: a pause every few thousand in each pass.
    expect(pauses).toBeGreaterThanOrEqual(15);
    expect(next.value).toEqual(
      importPatch({ kind: 'new' }, features, { ...context, newId: counter() }),
    );
    expect(next.value.landing.layers.map((layer) => layer.keys.length)).toEqual([20_000, 3]);
  });

  it('pauses when putting into an existing layer too', () => {
    const steps = importPatchInSteps({ kind: 'layer', layerId: 'zones' }, features, context);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(5);
  });

  it('gives the page its turns between slices and returns what the generator returns', async () => {
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const run = await runInSlices(importPatchInSteps({ kind: 'new' }, features, context), {
      sliceMs: 0,
    });
    clearInterval(ticking);
    expect(turns).toBeGreaterThan(0);
    expect(run.done && run.value.patch.put.length).toBe(20_003);
  });

  it('drops the work unfinished when told to stop (the planner cancelled)', async () => {
    let stepsRun = 0;
    function* counting(): Generator<void, string, void> {
      for (let i = 0; i < 100; i++) {
        stepsRun++;
        yield;
      }
      return 'finished';
    }
    const run = await runInSlices(counting(), { sliceMs: 0, stop: () => true });
    expect(run).toEqual({ done: false });
    expect(stepsRun).toBeLessThan(100);
  });
});
