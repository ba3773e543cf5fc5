import type { CrsCode } from '../crs/vn2000.ts';
import type { Lang } from '../i18n/messages.ts';
import type { ImportOutcome } from './import-features.ts';

export interface ImportRequest {
  requestId: number;
  /** The file's bytes, transferred (not copied); decoded in the worker. */
  bytes: ArrayBuffer;
  fileName: string;
  layerId: string;
  /** Ids already on the map, which an imported feature may not reuse. */
  existingIds: string[];
  /** Read the file in this system instead of its own `crs` member or WGS84. */
  sourceCrs?: CrsCode;
  /** The language of the findings: the UI's (default English). */
  lang?: Lang;
}

export type ImportResponse =
  | { requestId: number; outcome: ImportOutcome }
  | { requestId: number; failure: string };
