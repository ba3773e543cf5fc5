/// <reference lib="webworker" />
import { importBytes } from '../core/import/import-bytes.ts';
import type { ImportRequest, ImportResponse } from '../core/import/import-protocol.ts';
import { getLayer } from '../core/layers/registry.ts';

// Parses and validates imported files off the main thread: a large file must not freeze the map.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { requestId, bytes, fileName, layerId, existingIds, sourceCrs, lang } = event.data;
  const layer = getLayer(layerId);
  const response: ImportResponse = layer
    ? {
        requestId,
        outcome: importBytes(new Uint8Array(bytes), fileName, layer, new Set(existingIds), {
          sourceCrs,
          lang,
        }),
      }
    : { requestId, failure: `unknown layer "${layerId}"` };
  scope.postMessage(response);
};
