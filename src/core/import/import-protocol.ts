import type { CrsCode } from '../crs/vn2000.ts';
import type { TextEncoding } from '../formats/types.ts';
import type { Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';
import type { FileShape } from './file-shape.ts';
import type { IdCollisionPolicy } from './id-collisions.ts';
import type { FileImportOutcome } from './import-file.ts';

export interface ImportRequest {
  requestId: number;
  /**
   * The file itself (a `File` is cloned as a handle, not copied): the worker reads it in
   * chunks, so a 100 MB file never passes through the page as bytes or text.
   */
  file: Blob;
  fileName: string;
  /** The layer the features are checked against (a registry layer or a planner's own). */
  layer: LayerDef;
  /** Ids already on the map, which an imported feature may not reuse. */
  existingIds: string[];
  /** Those of them held by read-only layers: an import may not replace them. */
  readOnlyIds?: string[];
  /** Read the file in this system instead of its own `crs` member or WGS84. */
  sourceCrs?: CrsCode;
  /** The language of the findings: the UI's (default English). */
  lang?: Lang;
  /** Read attribute text in this encoding instead of the detected one. */
  encoding?: TextEncoding;
  /** Swap longitude and latitude first. */
  swapAxes?: boolean;
  /** What to do with ids already on the map (default: refuse the file). */
  idCollision?: IdCollisionPolicy;
  /**
   * For an import into new layers: give features without an id one (`<prefix>-…`) and make
   * the map's GeoJSON text of each new layer (see `mapData`).
   */
  newLayerIdPrefix?: string;
}

/** Where an import stands: bytes read from the file, then features checked and handed over. */
export interface ImportProgress {
  phase: 'read' | 'check' | 'receive';
  /** Bytes read (`read`) or features handed to the page (`receive`); 0 while checking. */
  done: number;
  /** The file's size in bytes (`read`) or its feature count (`check`, `receive`). */
  total: number;
}

/**
 * The page has taken a batch and had a turn (its progress drawn, input handled): the worker may
 * send the next. Without it the worker posts every batch at once and the page takes them back
 * to back, drawing nothing until the last (the progress stood still, then jumped to the end).
 */
export interface ImportAck {
  requestId: number;
  ack: true;
}

/** What the page sends the import worker: a file to read, or the go-ahead for the next batch. */
export type ImportMessage = ImportRequest | ImportAck;

/**
 * What the worker says, in order: progress now and then, the accepted features in batches
 * (so the page never takes one huge message in one task), each with the progress it makes and
 * sent once the page acknowledged the one before ({@link ImportAck}), then the outcome (its
 * `features` empty: they came in the batches) or a failure.
 */
export type ImportResponse =
  | { requestId: number; progress: ImportProgress }
  | { requestId: number; batch: GeoJSON.Feature[]; progress: ImportProgress }
  /**
   * The map's text of each new layer, in `byKind` order, cut into the map's spatial chunks
   * (one text for a small layer), as Blobs (handles, not copies), with the cut's splits.
   */
  | { requestId: number; mapData: MapReadyLayer[] }
  /**
   * The outcome, with what an accepted file holds (`shapeOfFeatures`, taken in the worker: one
   * pass over every feature and property, a long task on the page for a large file).
   */
  | { requestId: number; outcome: FileImportOutcome; shape?: FileShape }
  | { requestId: number; failure: string };

/**
 * A new layer's map text as the import worker wrote it: one Blob per spatial chunk, and the
 * k-d splits of the cut (`KdCells.splits`; none for a small layer, which is one chunk).
 */
export interface MapReadyLayer {
  blobs: Blob[];
  splits: number[];
  /** A chunked layer's count of features drawn at each zoom up to the planning zoom. */
  shown?: number[];
}

/** Features per batch sent to the page: ~0.5 MB of typical GeoJSON, a few ms to receive. */
export const IMPORT_BATCH_FEATURES = 1000;
