import { newFeatureId } from '../document/newFeatureId.ts';

/**
 * What to do when a file's feature ids are already on the map: refuse the file (the default),
 * let the file's features replace those with the same id (a colleague's update of a layer the
 * planner exported), or import them as copies with new ids.
 */
export type IdCollisionPolicy = 'refuse' | 'replace' | 'copy';

/** The features to import under a policy, and what the report says of them. */
export interface IdCollisionPlan {
  /** The features as they land: clashing ones renamed for `copy`, untouched otherwise. */
  features: GeoJSON.Feature[];
  /** Indices of the features whose id is already on the map. */
  clashing: number[];
  /** How many replace a feature on the map (`replace`). */
  replacedCount: number;
  /** How many land beside what is there: new ids, fresh copies, features without an id. */
  addedCount: number;
}

/**
 * Plans an import's ids against those on the map. Ids repeated within the file are the
 * validator's refusal before this; here a clash is only with the map. `copy` gives each
 * clashing feature a fresh id (`newId`, prefixed with its old id so the planner can tell which
 * copy came from which), never one the map or the file already uses.
 */
export function planIdCollisions(
  features: readonly GeoJSON.Feature[],
  existingIds: ReadonlySet<string>,
  policy: IdCollisionPolicy,
  newId: (prefix: string) => string = newFeatureId,
): IdCollisionPlan {
  const clashing: number[] = [];
  features.forEach((feature, index) => {
    if (feature.id !== undefined && existingIds.has(String(feature.id))) clashing.push(index);
  });
  if (policy !== 'copy' || clashing.length === 0) {
    const replacedCount = policy === 'replace' ? clashing.length : 0;
    return {
      features: [...features],
      clashing,
      replacedCount,
      addedCount: features.length - replacedCount,
    };
  }
  const taken = new Set(existingIds);
  for (const feature of features) if (feature.id !== undefined) taken.add(String(feature.id));
  const renamed = [...features];
  for (const index of clashing) {
    const feature = features[index]!;
    let id = newId(String(feature.id));
    while (taken.has(id)) id = newId(String(feature.id));
    taken.add(id);
    renamed[index] = { ...feature, id };
  }
  return { features: renamed, clashing, replacedCount: 0, addedCount: features.length };
}
