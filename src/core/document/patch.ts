import type { UserLayerDef } from '../layers/userLayer.ts';

/**
 * Insert or replace one feature. `index` places it in the layer's order (after the patch's
 * deletes, counting the layer without the patch's indexed keys); without it a new feature goes
 * last and a replaced one stays where it was. Inverse patches always carry it, so undo restores
 * the exact order.
 */
export interface PutOp {
  layer: string;
  key: string;
  feature: GeoJSON.Feature;
  index?: number;
}

/** Remove one feature. Deleting a key the layer does not hold does nothing. */
export interface DeleteOp {
  layer: string;
  key: string;
}

/**
 * Create, change (rename) or remove a planner's own layer (never a registry layer). `update`
 * replaces the layer's definition and keeps its features.
 */
export type LayerOp =
  | { op: 'create'; def: UserLayerDef }
  | { op: 'update'; def: UserLayerDef }
  | { op: 'remove'; id: string };

/**
 * One change to the document, as plain JSON: the unit of undo, of the patch log and (later) of
 * sync. Applied in this order: layer creates, deletes, puts, layer removes.
 */
export interface Patch {
  put: PutOp[];
  delete: DeleteOp[];
  layers?: LayerOp[];
  /**
   * The versions of the layers it touches that it was made against. `DocumentStore.apply` fills
   * it in when absent; `applyPatch` does not check it (a sync layer would).
   */
  base?: Record<string, number>;
}

/** A patch that changes nothing. */
export function emptyPatch(): Patch {
  return { put: [], delete: [] };
}

/** Whether a patch changes nothing. */
export function isEmptyPatch(patch: Patch): boolean {
  return patch.put.length === 0 && patch.delete.length === 0 && (patch.layers?.length ?? 0) === 0;
}

/** The ids of every layer a patch touches. */
export function layersTouched(patch: Patch): Set<string> {
  const ids = new Set<string>();
  // An import's 250,000 puts name one layer: hash it when it changes, not at every op.
  let last: string | undefined;
  for (const op of patch.put) {
    if (op.layer !== last) ids.add(op.layer);
    last = op.layer;
  }
  for (const op of patch.delete) ids.add(op.layer);
  for (const op of patch.layers ?? []) ids.add(op.op === 'remove' ? op.id : op.def.id);
  return ids;
}
