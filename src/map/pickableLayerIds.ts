import { withChunkIds } from './chunks/chunkIds.ts';

/** Whether a style layer id draws labels (`zones:label`, or a chunk's copy `zones:label~3`). */
function isLabelLayerId(styleLayerId: string): boolean {
  return styleLayerId.endsWith(':label');
}

/**
 * The style layer ids a click may pick for one registry layer, its chunks' copies included:
 * not its labels, whose text reaches well past their feature (a label centred on a square can
 * cover its neighbours three columns away), so the feature under the pointer is the one picked.
 * Labels are left out before the chunk suffix (`~3`) is added, which would hide `:label`.
 */
export function pickableLayerIds(styleLayerIds: readonly string[], chunks: number): string[] {
  return withChunkIds(
    styleLayerIds.filter((id) => !isLabelLayerId(id)),
    chunks,
  );
}
