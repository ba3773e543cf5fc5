import type { CrsCode } from '../crs/vn2000.ts';
import type { TextEncoding } from '../formats/types.ts';
import type { Lang } from '../i18n/messages.ts';
import type { UserLayerDef } from '../layers/userLayer.ts';
import type { FileImportOutcome } from './import-file.ts';

export interface ImportRequest {
  requestId: number;
  /** The file's bytes (any importable format), transferred (not copied); decoded in the worker. */
  bytes: ArrayBuffer;
  fileName: string;
  layerId: string;
  /** The layer's definition when it is a planner's own (the worker knows only the registry). */
  userLayer?: UserLayerDef;
  /** Ids already on the map, which an imported feature may not reuse. */
  existingIds: string[];
  /** Read the file in this system instead of its own `crs` member or WGS84. */
  sourceCrs?: CrsCode;
  /** The language of the findings: the UI's (default English). */
  lang?: Lang;
  /** Read attribute text in this encoding instead of the detected one. */
  encoding?: TextEncoding;
  /** Swap longitude and latitude first. */
  swapAxes?: boolean;
}

export type ImportResponse =
  | { requestId: number; outcome: FileImportOutcome }
  | { requestId: number; failure: string };
