import type { Landing } from './import-patch.ts';

/**
 * The ids an import is checked against when it replaces `landing`: those on the map, less the
 * landing's own, plus the features it replaced (they come back before the file lands again).
 */
export function idsWithout(ids: readonly string[], landing: Landing | undefined): string[] {
  if (!landing) return [...ids];
  const leaving = new Set(landing.layers.flatMap((layer) => layer.keys));
  const kept = ids.filter((id) => !leaving.has(id));
  const back = (landing.restores ?? []).map((op) => op.key).filter((key) => !kept.includes(key));
  return [...kept, ...new Set(back)];
}
