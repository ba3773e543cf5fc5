import type { Lang } from '../i18n/messages.ts';
import type { CheckInput, CheckSpec } from './check-spec.ts';
import { isCorridorInput } from './check-spec.ts';
import type { ResultChunk } from './transfer.ts';

/** Messages from the page to the checks worker. */
export type ToWorker =
  /**
   * Part of a layer's features. Layers cross once per change (not once per run), in parts, so
   * no single structured clone blocks the page; `first` starts a new version of the layer.
   */
  | {
      type: 'layer-part';
      layerId: string;
      version: number;
      first: boolean;
      features: GeoJSON.Feature[];
    }
  /**
   * Run a check on the given versions of the layers it reads; `lang` words the reasons why
   * features were left out.
   */
  | {
      type: 'run';
      jobId: number;
      spec: CheckSpec;
      versions: Record<string, number>;
      lang?: Lang;
    }
  | { type: 'cancel'; jobId: number };

/** Features per layer part: a structured clone of a few milliseconds. */
export const LAYER_PART_FEATURES = 1000;

/** Messages from the checks worker to the page. */
export type FromWorker =
  | { type: 'progress'; jobId: number; done: number; total: number }
  | { type: 'chunk'; jobId: number; chunk: ResultChunk }
  /**
   * Everything the result draws, as GeoJSON text: the page hands it to MapLibre as a blob URL,
   * so MapLibre's worker parses it and the page never clones 40,000 polygons in one go.
   */
  | { type: 'overlay'; jobId: number; json: string }
  | { type: 'done'; jobId: number }
  | { type: 'cancelled'; jobId: number }
  | { type: 'error'; jobId: number; message: string };

/** Rows per result message: ~2 ms of structured clone each on this machine. */
export const RESULT_CHUNK_ROWS = 500;

const inputLayerIds = (input: CheckInput): string[] =>
  isCorridorInput(input) ? [input.corridorOf.layerId] : [input.layerId];

/** The layers a check reads, so that only they are shipped to the worker. */
export function specLayerIds(spec: CheckSpec): string[] {
  switch (spec.kind) {
    case 'nearest':
      return [...new Set([...inputLayerIds(spec.from), ...inputLayerIds(spec.to)])];
    case 'overlap':
      return [...new Set([...inputLayerIds(spec.a), ...inputLayerIds(spec.b)])];
    case 'corridor':
      return [spec.of.layerId];
  }
}
