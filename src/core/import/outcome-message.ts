import { shapeOfFeatures } from './file-shape.ts';
import type { FileImportOutcome } from './import-file.ts';
import type { ImportResponse } from './import-protocol.ts';
import { reportedOutcome } from './reported-outcome.ts';

/**
 * The import worker's last message about a file: the outcome as the report takes it (without
 * the features, which went in batches) and, for an accepted file, what it holds (`FileShape`),
 * taken here where the features are: on the page, that pass over 250,000 features and their
 * properties was a long task of its own.
 */
export function outcomeMessage(requestId: number, outcome: FileImportOutcome): ImportResponse {
  const reported = reportedOutcome({ ...outcome, features: [] });
  if (!outcome.accepted) return { requestId, outcome: reported };
  return { requestId, outcome: reported, shape: shapeOfFeatures(outcome.features) };
}
