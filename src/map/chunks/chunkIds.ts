export { CHUNKED_FROM_FEATURES } from '../../core/geometry/layerChunking.ts';

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
