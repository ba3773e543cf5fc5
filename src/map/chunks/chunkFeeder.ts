import { nextTask } from '../../core/scheduling/nextTask.ts';
/** What a chunk's source is given: features, or the URL of their text (made by the import worker). */
export type ChunkSourceData = GeoJSON.FeatureCollection | string;

/** Hands one chunk's data to its map source. */
export type SendChunk = (layerId: string, chunk: number, data: ChunkSourceData) => void;

/**
 * Sends layers' changed chunks to the map one per task: MapLibre clones a source's features on
 * the page when given them, so a large layer cut into 16 chunks would otherwise take one long
 * task. The first chunk goes at once (an edit, which changes one chunk, waits for nothing);
 * newer data for a chunk still waiting replaces the older.
 */
export class ChunkFeeder {
  private readonly waiting = new Map<string, Map<number, ChunkSourceData>>();
  private running = false;
  private stopped = false;

  constructor(
    private readonly send: SendChunk,
    private readonly pause: () => Promise<void> = nextTask,
  ) {}

  /** Queues a layer's changed chunks; the first waiting chunk is sent before this returns. */
  feed(layerId: string, changed: readonly { chunk: number; data: ChunkSourceData }[]): void {
    if (this.stopped || changed.length === 0) return;
    let queue = this.waiting.get(layerId);
    if (!queue) {
      queue = new Map();
      this.waiting.set(layerId, queue);
    }
    for (const { chunk, data } of changed) queue.set(chunk, data);
    if (!this.running) void this.run();
  }

  /** Forgets the chunks still waiting for a layer (it left the map, or is sent another way). */
  drop(layerId: string): void {
    this.waiting.delete(layerId);
  }

  /** Whether chunks are still waiting to be sent. */
  get busy(): boolean {
    return this.waiting.size > 0;
  }

  /** Sends nothing more (the map is gone). */
  stop(): void {
    this.stopped = true;
    this.waiting.clear();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (let next = this.take(); next; next = this.take()) {
        this.send(...next);
        if (this.waiting.size === 0) break;
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }

  private take(): [string, number, ChunkSourceData] | undefined {
    for (const [layerId, queue] of this.waiting) {
      for (const [chunk, data] of queue) {
        queue.delete(chunk);
        if (queue.size === 0) this.waiting.delete(layerId);
        return [layerId, chunk, data];
      }
    }
    return undefined;
  }
}
