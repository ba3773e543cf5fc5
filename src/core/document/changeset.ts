import { getLayer } from '../layers/registry.ts';
import { featureContentHash, layerContentHash } from './contentHash.ts';
import { diffAgainstBase } from './diffAgainstBase.ts';
import { featureKey } from './featureKey.ts';
import { type DocumentState, layerToCollection } from './state.ts';

/** One layer's edits in a changeset. */
export interface ChangesetLayer {
  /** `layerContentHash` of the layer as bundled: the version the edits were made against. */
  baseHash: string;
  /** Features added or modified, whole; matched to the file by their top-level `id`. */
  put: GeoJSON.Feature[];
  /** Keys (ids) of the features deleted. */
  delete: string[];
  /**
   * `featureContentHash` of every put or deleted feature as bundled (`null`: not in the base),
   * so a refusal can name the features that also changed on disk.
   */
  baseFeatures: Record<string, string | null>;
}

/** The file a planner downloads and `giapranh apply` (or "Save to project") writes back. */
export interface Changeset {
  format: 'giapranh-changeset';
  version: 1;
  /** ISO 8601 time it was made. */
  created: string;
  layers: Record<string, ChangesetLayer>;
}

/** A changeset, and the planners' own layers it could not carry (they have no project file). */
export interface BuiltChangeset {
  changeset: Changeset;
  skippedLayers: string[];
}

/** The edits in `doc` against `base` (`DocumentStore.getBase()`), as a changeset. */
export function buildChangeset(
  doc: DocumentState,
  base: DocumentState,
  created: Date = new Date(),
): BuiltChangeset {
  const layers: Record<string, ChangesetLayer> = {};
  const skippedLayers: string[] = [];
  for (const change of diffAgainstBase(doc, base)) {
    const now = doc.layers.get(change.layer);
    const then = base.layers.get(change.layer);
    if (!then || !getLayer(change.layer)) {
      skippedLayers.push(change.layer);
      continue;
    }
    const keys = [...change.added, ...change.modified.map((feature) => feature.key)];
    const baseFeatures: Record<string, string | null> = {};
    for (const key of [...keys, ...change.deleted]) {
      const feature = then.features.get(key);
      baseFeatures[key] = feature ? featureContentHash(feature) : null;
    }
    layers[change.layer] = {
      baseHash: layerContentHash(layerToCollection(then)),
      put: keys.map((key) => now!.features.get(key)!),
      delete: change.deleted,
      baseFeatures,
    };
  }
  const changeset: Changeset = {
    format: 'giapranh-changeset',
    version: 1,
    created: created.toISOString(),
    layers,
  };
  return { changeset, skippedLayers };
}

/** A feature edited both in the changeset and on disk since it was made. */
export interface Conflict {
  key: string;
  /** What happened to it on disk. */
  onDisk: 'changed' | 'deleted' | 'added';
}

/** A layer file after a changeset's edits, or why they were refused. */
export type LayerApplyResult =
  | {
      ok: true;
      collection: GeoJSON.FeatureCollection;
      added: number;
      modified: number;
      deleted: number;
    }
  | { ok: false; conflicts: Conflict[] };

/**
 * Applies one layer's edits to the file as it is on disk, pure. Refuses (changing nothing) when
 * the file is not the version the changeset was made against, naming the changeset's features
 * that changed on disk too (none named: the file changed elsewhere). Deleted features go, put
 * features replace the one with their id in place or are appended.
 */
export function applyChangesetLayer(
  onDisk: GeoJSON.FeatureCollection,
  entry: ChangesetLayer,
): LayerApplyResult {
  const keyed = new Map(
    onDisk.features.map((feature, index) => [featureKey(feature, index), feature]),
  );
  if (layerContentHash(onDisk) !== entry.baseHash) {
    return { ok: false, conflicts: conflictsOf(keyed, entry) };
  }
  const gone = new Set(entry.delete);
  const replacing = new Map(
    entry.put.map((feature, index) => [featureKey(feature, -1 - index), feature]),
  );
  const features: GeoJSON.Feature[] = [];
  let modified = 0;
  let deleted = 0;
  onDisk.features.forEach((feature, index) => {
    const key = featureKey(feature, index);
    if (gone.has(key)) {
      deleted++;
      return;
    }
    const replacement = replacing.get(key);
    if (replacement) {
      modified++;
      replacing.delete(key);
    }
    features.push(replacement ?? feature);
  });
  features.push(...replacing.values());
  const collection: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
  return { ok: true, collection, added: replacing.size, modified, deleted };
}

function conflictsOf(
  keyed: ReadonlyMap<string, GeoJSON.Feature>,
  entry: ChangesetLayer,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [key, hash] of Object.entries(entry.baseFeatures)) {
    const now = keyed.get(key);
    if (!now && hash !== null) conflicts.push({ key, onDisk: 'deleted' });
    else if (now && hash === null) conflicts.push({ key, onDisk: 'added' });
    else if (now && featureContentHash(now) !== hash) conflicts.push({ key, onDisk: 'changed' });
  }
  return conflicts;
}
