import type { Patch, PutOp } from './patch.ts';
import type { DocumentState, LayerState } from './state.ts';

/**
 * The patch that turns `from` into `to` (features, order and planners' layers), restricted to
 * `keys` when given (`layerId → keys`; a layer not named is left alone). Used to squash an
 * interaction into one history step and to revert edits to the bundled data. A registry layer
 * missing on either side is left as it is: patches create and remove only planners' layers.
 */
export function patchBetween(
  from: DocumentState,
  to: DocumentState,
  keys?: ReadonlyMap<string, ReadonlySet<string>>,
): Patch {
  const patch: Patch = { put: [], delete: [], layers: [] };
  const ids = new Set([...from.layers.keys(), ...to.layers.keys()]);
  for (const id of ids) {
    const a = from.layers.get(id);
    const b = to.layers.get(id);
    if (a === b) continue;
    const only = keys?.get(id);
    if (keys && !only) continue;
    if (only && (!a || !b)) {
      // Named features only: never create or remove the layer itself for them.
      for (const key of a?.order ?? []) if (only.has(key)) patch.delete.push({ layer: id, key });
      continue;
    }
    if (a && !b) {
      if (a.userDef) patch.layers!.push({ op: 'remove', id });
      continue;
    }
    if (!a && b) {
      if (!b.userDef) continue;
      patch.layers!.push({ op: 'create', def: b.userDef });
      patch.put.push(...b.order.map((key, index) => put(id, b, key, index)));
      continue;
    }
    if (!only && a!.userDef && b!.userDef && a!.userDef !== b!.userDef) {
      patch.layers!.push({ op: 'update', def: b!.userDef });
    }
    addLayerDifference(patch, id, a!, b!, only);
  }
  if (patch.layers!.length === 0) delete patch.layers;
  return patch;
}

/** Deletes and puts that turn layer `a` into layer `b`. */
function addLayerDifference(
  patch: Patch,
  id: string,
  a: LayerState,
  b: LayerState,
  only: ReadonlySet<string> | undefined,
): void {
  const wanted = (key: string) => !only || only.has(key);
  for (const key of a.order) {
    if (!b.features.has(key) && wanted(key)) patch.delete.push({ layer: id, key });
  }
  const moved = keysOutOfOrder(a, b);
  b.order.forEach((key, index) => {
    if (!wanted(key)) return;
    const before = a.features.get(key);
    const after = b.features.get(key)!;
    if (before === after && !moved.has(key)) return;
    // A feature in both, in the same relative place, is replaced in place: no index needed.
    if (before && !moved.has(key)) patch.put.push({ layer: id, key, feature: after });
    else patch.put.push(put(id, b, key, index));
  });
}

function put(id: string, layer: LayerState, key: string, index: number): PutOp {
  return { layer: id, key, feature: layer.features.get(key)!, index };
}

/**
 * Keys held by both layers whose relative order differs between them (only after a feature was
 * deleted and put back in one interaction). All of them are then put with their index, which is
 * more than needed but always right.
 */
function keysOutOfOrder(a: LayerState, b: LayerState): Set<string> {
  if (a.order === b.order) return new Set();
  const inA = a.order.filter((key) => b.features.has(key));
  const inB = b.order.filter((key) => a.features.has(key));
  const same = inA.length === inB.length && inA.every((key, index) => key === inB[index]);
  return same ? new Set() : new Set(inB);
}
