// Shared by the document tests: small documents and random edits made concrete against them.
import fc from 'fast-check';
import {
  type DocumentState,
  layerFromCollection,
  type Patch,
} from '../../src/core/document/index.ts';

/** What a planner can see of a document: layers, their order, features and defs (no versions). */
export function content(doc: DocumentState): unknown {
  return [...doc.layers.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, layer]) => ({
      id,
      userDef: layer.userDef,
      features: layer.order.map((key) => [key, layer.features.get(key)]),
      size: layer.features.size,
    }));
}

export function point(id: string, n: number): GeoJSON.Feature {
  return {
    type: 'Feature',
    id,
    properties: { n },
    geometry: { type: 'Point', coordinates: [n, 21] },
  };
}

export function startDocument(sizes: readonly number[]): DocumentState {
  const layers = new Map();
  sizes.forEach((size, layerIndex) => {
    const id = `L${layerIndex}`;
    const features = Array.from({ length: size }, (_, i) => point(`${id}-f${i}`, i));
    layers.set(id, layerFromCollection({ type: 'FeatureCollection', features }, 1));
  });
  return { layers, clock: 1 };
}

/** An edit described without knowing the document; `toPatch` makes it concrete. */
type Intent =
  | { kind: 'put'; layer: number; key: number; value: number; index: number | null }
  | { kind: 'delete'; layer: number; key: number }
  | { kind: 'create'; color: number }
  | { kind: 'remove'; layer: number };

const intent: fc.Arbitrary<Intent> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      layer: fc.nat(5),
      key: fc.nat(12),
      value: fc.integer({ min: -50, max: 50 }),
      index: fc.option(fc.nat(12)),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      layer: fc.nat(5),
      key: fc.nat(12),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), color: fc.nat(999) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), layer: fc.nat(5) }) },
);

let fresh = 0;

/**
 * A valid patch for `doc` from intents: existing or new keys, no key twice, layers created and
 * removed only once. Puts and deletes into a layer the same patch removes are allowed.
 */
export function toPatch(doc: DocumentState, intents: readonly Intent[]): Patch {
  const patch: Patch = { put: [], delete: [], layers: [] };
  const ids = [...doc.layers.keys()];
  const used = new Set<string>();
  const removed = new Set<string>();
  for (const it of intents) {
    if (it.kind === 'create') {
      const id = `user-${fresh++}`;
      patch.layers!.push({
        op: 'create',
        def: { id, name: `Lớp ${id}`, geometryType: 'Point', color: `#${it.color}` },
      });
      ids.push(id);
      continue;
    }
    const layerId = ids[it.layer % ids.length];
    if (layerId === undefined) continue;
    const layer = doc.layers.get(layerId);
    if (it.kind === 'remove') {
      if (layer?.userDef && !removed.has(layerId)) {
        removed.add(layerId);
        patch.layers!.push({ op: 'remove', id: layerId });
      }
      continue;
    }
    const existing = layer?.order ?? [];
    const key = it.key < existing.length ? existing[it.key]! : `${layerId}-new${fresh++}`;
    if (used.has(`${layerId}/${key}`)) continue;
    used.add(`${layerId}/${key}`);
    if (it.kind === 'delete') patch.delete.push({ layer: layerId, key });
    else {
      const op = { layer: layerId, key, feature: point(key, it.value) };
      patch.put.push(it.index === null ? op : { ...op, index: it.index });
    }
  }
  return patch;
}

export const documents = fc.array(fc.nat(8), { minLength: 1, maxLength: 3 }).map(startDocument);
export const intentLists = fc.array(fc.array(intent, { maxLength: 16 }), {
  minLength: 1,
  maxLength: 12,
});
