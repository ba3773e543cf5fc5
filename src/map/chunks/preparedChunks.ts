import type { ChunkData, SourceSplit } from './wholeLayer.ts';

/**
 * A layer whose first data came as text made by the import worker, one source per chunk: the
 * page never held it as chunks, so at its next change `LayerChunks` cuts it anew.
 */
export class PreparedChunks implements SourceSplit {
  constructor(readonly count: number) {}

  update(): ChunkData[] {
    return [];
  }
}
