/**
 * From this many features on, a layer is drawn from several sources: a commit then re-tiles
 * one chunk (MapLibre's `setData` and `updateData` both rebuild a source's whole index).
 */
export const CHUNKED_FROM_FEATURES = 2000;

/** The source of one chunk of a layer: chunk 0 keeps the layer's own id. */
export function chunkSourceId(layerId: string, chunk: number): string {
  return chunk === 0 ? layerId : `${layerId}~${chunk}`;
}

/** A style layer's copy for one chunk (`zones:fill~3`); `registryIdOf` still reads `zones`. */
export function chunkLayerId(styleLayerId: string, chunk: number): string {
  return chunk === 0 ? styleLayerId : `${styleLayerId}~${chunk}`;
}

/** Every chunk's copy of some style layer ids, each id's copies together. */
export function withChunkIds(ids: readonly string[], chunks: number): string[] {
  return ids.flatMap((id) => Array.from({ length: chunks }, (_, chunk) => chunkLayerId(id, chunk)));
}
