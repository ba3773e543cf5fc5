import { describe, expect, it } from 'vitest';
import { type DocumentState, layerFromCollection } from '../../src/core/document/state.ts';
import { DocumentStore } from '../../src/core/document/store.ts';
import { planIdCollisions } from '../../src/core/import/id-collisions.ts';
import { idsWithout } from '../../src/core/import/ids-without.ts';
import type { Landing } from '../../src/core/import/import-patch.ts';
import type { ImportTarget } from '../../src/core/import/import-target.ts';
import { landImport } from '../../src/core/import/land-import.ts';

const station = (id: string, name: string): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: { name },
  geometry: { type: 'Point', coordinates: [105.7, 21.25] },
});
const layer = (...features: GeoJSON.Feature[]) =>
  layerFromCollection({ type: 'FeatureCollection', features }, 0);

/** Every layer's features as "key:name", in order: what a planner sees in the table. */
const seen = (doc: DocumentState) =>
  Object.fromEntries(
    [...doc.layers].map(([id, l]) => [
      id,
      l.order.map((key) => `${key}:${l.features.get(key)?.properties?.name}`),
    ]),
  );

/** The colleague's file: an edited `a` (on the map already) and a new `c`. */
const FILE = [station('a', 'A from the file'), station('c', 'C from the file')];

/** Three point layers; `a` (and `z`, beside it) in `holder`. */
function documentWithAIn(holder: string): DocumentState {
  const layers = new Map([
    ['stations', layer(station('b', 'B'))],
    ['wells', layer(station('w', 'W'))],
    ['other', layer(station('o', 'O'))],
  ]);
  const held = layers.get(holder)!;
  const features = held.order.map((key) => held.features.get(key)!);
  layers.set(holder, layer(station('z0', 'Z0'), station('a', 'A as it was'), ...features));
  return { layers, clock: 0 };
}

let counter = 0;
/**
 * What the app does with the "replace" choice: the file checked against the ids on the map
 * (less those of a landing it moves), then landed through the store's one write path.
 */
async function importReplacing(
  store: DocumentStore,
  target: ImportTarget,
  replaces?: Landing,
  file = FILE,
) {
  const doc = store.getSnapshot();
  const ids = [...doc.layers.values()].flatMap((l) => [...l.features.keys()]);
  const plan = planIdCollisions(file, new Set(idsWithout(ids, replaces)), 'replace');
  const { patch, landing } = landImport(doc, target, plan.features, {
    fileName: 'stations.geojson',
    layerName: 'stations',
    userLayerCount: 0,
    kindWords: { Point: 'points', LineString: 'lines', Polygon: 'polygons' },
    newId: (prefix) => `${prefix}-${++counter}`,
    replacing: true,
    ...(replaces && { replaces }),
  });
  expect(await store.applyInSlices(patch)).toBe(true);
  return { landing, replacedCount: plan.replacedCount };
}

const into = (layerId: string): ImportTarget => ({ kind: 'layer', layerId });

describe('an import that replaced features, moved to another layer', () => {
  for (const [holder, moveTo] of [
    ['wells', 'wells'],
    ['stations', 'wells'],
    ['other', 'wells'],
  ] as const) {
    it(`lands as if sent to ${moveTo} first (the replaced feature was in ${holder})`, async () => {
      const direct = new DocumentStore(documentWithAIn(holder));
      const straight = await importReplacing(direct, into(moveTo));

      const store = new DocumentStore(documentWithAIn(holder));
      const start = seen(store.getSnapshot());
      const first = await importReplacing(store, into('stations'));
      const imported = seen(store.getSnapshot());
      const moved = await importReplacing(store, into(moveTo), first.landing);
      expect(seen(store.getSnapshot())).toEqual(seen(direct.getSnapshot()));
      expect(moved.replacedCount).toBe(straight.replacedCount);
      expect(moved.replacedCount).toBe(1);

      // The move is one step: undo, undo, redo, redo walks back and forth exactly.
      const end = seen(store.getSnapshot());
      store.undo();
      expect(seen(store.getSnapshot())).toEqual(imported);
      store.undo();
      expect(seen(store.getSnapshot())).toEqual(start);
      store.redo();
      expect(seen(store.getSnapshot())).toEqual(imported);
      store.redo();
      expect(seen(store.getSnapshot())).toEqual(end);
    });
  }

  it('moved away and back, stands where the replaced feature stood', async () => {
    const direct = new DocumentStore(documentWithAIn('stations'));
    await importReplacing(direct, into('stations'));
    const store = new DocumentStore(documentWithAIn('stations'));
    const first = await importReplacing(store, into('stations'));
    const away = await importReplacing(store, into('wells'), first.landing);
    await importReplacing(store, into('stations'), away.landing);
    expect(seen(store.getSnapshot())).toEqual(seen(direct.getSnapshot()));
    expect(seen(store.getSnapshot()).stations).toEqual([
      'z0:Z0',
      'a:A from the file',
      'b:B',
      'c:C from the file',
    ]);
  });

  it('from a new layer to an existing one, puts the file’s feature in the replaced one’s place', async () => {
    const store = new DocumentStore(documentWithAIn('wells'));
    const first = await importReplacing(store, { kind: 'new' });
    expect([...store.getSnapshot().layers.keys()]).toHaveLength(4);
    await importReplacing(store, into('wells'), first.landing);
    expect(seen(store.getSnapshot())).toEqual({
      stations: ['b:B'],
      wells: ['z0:Z0', 'a:A from the file', 'w:W', 'c:C from the file'],
      other: ['o:O'],
    });
  });

  it('undone first, then moved: lands in the new layer without an error', async () => {
    const direct = new DocumentStore(documentWithAIn('other'));
    await importReplacing(direct, into('wells'));
    const store = new DocumentStore(documentWithAIn('other'));
    const first = await importReplacing(store, { kind: 'new' });
    store.undo();
    await importReplacing(store, into('wells'), first.landing);
    expect(seen(store.getSnapshot())).toEqual(seen(direct.getSnapshot()));
  });

  it('moved into the layer it created, stays as it is', async () => {
    const store = new DocumentStore(documentWithAIn('other'));
    const first = await importReplacing(store, { kind: 'new' });
    const landed = seen(store.getSnapshot());
    const created = first.landing.layers[0]!.id;
    const moved = await importReplacing(store, into(created), first.landing);
    expect(seen(store.getSnapshot())).toEqual(landed);
    expect(moved.landing).toBe(first.landing);
  });

  it('replacing nothing, moved from a new layer, and again after an undo: as a direct import', async () => {
    const fresh = [station('n1', 'N1'), station('n2', 'N2')];
    const direct = new DocumentStore(documentWithAIn('other'));
    await importReplacing(direct, into('wells'), undefined, fresh);
    const store = new DocumentStore(documentWithAIn('other'));
    const start = seen(store.getSnapshot());
    const first = await importReplacing(store, { kind: 'new' }, undefined, fresh);
    expect(first.landing.restores).toBeUndefined();
    const moved = await importReplacing(store, into('wells'), first.landing, fresh);
    expect(seen(store.getSnapshot())).toEqual(seen(direct.getSnapshot()));
    store.undo();
    store.undo();
    expect(seen(store.getSnapshot())).toEqual(start);
    store.redo();
    store.undo();
    await importReplacing(store, into('stations'), first.landing, fresh);
    expect(seen(store.getSnapshot()).stations).toEqual(['b:B', 'n1:N1', 'n2:N2']);
    expect(moved.landing.layers.map((layer) => layer.id)).toEqual(['wells']);
  });

  it('replacing nothing, moved from one existing layer to another: gone from the first', async () => {
    const fresh = [station('n1', 'N1'), station('n2', 'N2')];
    const direct = new DocumentStore(documentWithAIn('other'));
    await importReplacing(direct, into('wells'), undefined, fresh);
    const store = new DocumentStore(documentWithAIn('other'));
    const first = await importReplacing(store, into('stations'), undefined, fresh);
    await importReplacing(store, into('wells'), first.landing, fresh);
    expect(seen(store.getSnapshot())).toEqual(seen(direct.getSnapshot()));
    store.undo();
    expect(seen(store.getSnapshot()).stations).toEqual(['b:B', 'n1:N1', 'n2:N2']);
  });
});
