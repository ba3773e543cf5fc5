import type { ImportOutcome } from './import-features.ts';

export interface ImportRequest {
  requestId: number;
  text: string;
  fileName: string;
  layerId: string;
  /** Ids already on the map, which an imported feature may not reuse. */
  existingIds: string[];
}

export type ImportResponse =
  | { requestId: number; outcome: ImportOutcome }
  | { requestId: number; failure: string };
