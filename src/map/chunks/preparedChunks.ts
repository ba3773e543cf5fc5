import type { PriorCut } from './layerChunks.ts';
import type { ChunkData, SourceSplit } from './wholeLayer.ts';

/**
 * A layer whose first data came as text made by the import worker, one source per chunk: the
 * page never held it as chunks: at its next change `LayerChunks` goes on from the worker's cut
 * (`prior`: its splits and the features the map was sent).
 */
export class PreparedChunks implements SourceSplit {
  constructor(
    readonly count: number,
    readonly prior: PriorCut,
    readonly shown?: readonly number[],
  ) {}

  update(): ChunkData[] {
    return [];
  }
}
