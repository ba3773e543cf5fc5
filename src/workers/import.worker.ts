/// <reference lib="webworker" />

import { importFile } from '../core/import/import-file.ts';
import { byKind } from '../core/import/import-patch.ts';
import {
  IMPORT_BATCH_FEATURES,
  type ImportMessage,
  type ImportProgress,
  type ImportRequest,
  type ImportResponse,
} from '../core/import/import-protocol.ts';
import { assignMissingIds, mapReadyChunks } from '../core/import/map-ready-text.ts';
import { outcomeMessage } from '../core/import/outcome-message.ts';
import { readBlobWithProgress } from '../core/import/read-blob.ts';

// Reads, parses and validates imported files off the main thread: a large file must not freeze
// the map. The page cancels an import by terminating this worker, so nothing here cleans up.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (response: ImportResponse) => scope.postMessage(response);

/** The page's go-ahead for the next batch, by request. */
const acks = new Map<number, () => void>();

scope.onmessage = (event: MessageEvent<ImportMessage>) => {
  const message = event.data;
  if ('ack' in message) acks.get(message.requestId)?.();
  else void run(message);
};

/** Sends a batch and waits until the page has taken it (and had a turn to draw). */
function sendBatch(requestId: number, batch: GeoJSON.Feature[], progress: ImportProgress) {
  const taken = new Promise<void>((resolve) => acks.set(requestId, resolve));
  send({ requestId, batch, progress });
  return taken;
}

async function run(request: ImportRequest): Promise<void> {
  const { requestId, file, fileName, layer, existingIds, sourceCrs, lang } = request;
  const options = {
    ...(sourceCrs ? { sourceCrs } : {}),
    ...(lang ? { lang } : {}),
    ...(request.encoding ? { encoding: request.encoding } : {}),
    ...(request.swapAxes ? { swapAxes: true } : {}),
    ...(request.idCollision ? { idCollision: request.idCollision } : {}),
    ...(request.readOnlyIds ? { readOnlyIds: new Set(request.readOnlyIds) } : {}),
  };
  try {
    const bytes = await readBlobWithProgress(file, (done, total) =>
      send({ requestId, progress: { phase: 'read', done, total } }),
    );
    send({ requestId, progress: { phase: 'check', done: 0, total: 0 } });
    const outcome = importFile(bytes, fileName, layer, new Set(existingIds), options);
    const { features } = outcome;
    if (outcome.accepted && request.newLayerIdPrefix) {
      assignMissingIds(features, request.newLayerIdPrefix);
      const mapData = byKind(features).map(([, group]) => {
        const { texts, splits, shown } = mapReadyChunks(group);
        const blobs = texts.map((text) => new Blob([text], { type: 'application/geo+json' }));
        return { blobs, splits, ...(shown ? { shown } : {}) };
      });
      send({ requestId, mapData });
    }
    for (let start = 0; start < features.length; start += IMPORT_BATCH_FEATURES) {
      const end = Math.min(start + IMPORT_BATCH_FEATURES, features.length);
      const progress = { phase: 'receive', done: end, total: features.length } as const;
      await sendBatch(requestId, features.slice(start, end), progress);
    }
    acks.delete(requestId);
    send(outcomeMessage(requestId, outcome));
  } catch (error) {
    const failure = `${fileName}: ${error instanceof Error ? error.message : String(error)}`;
    send({ requestId, failure });
  }
}
