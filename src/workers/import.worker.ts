/// <reference lib="webworker" />
import { importFeatures } from '../core/import/import-features.ts';
import { importFile } from '../core/import/import-file.ts';
import type { ImportRequest, ImportResponse } from '../core/import/import-protocol.ts';
import { getLayer } from '../core/layers/registry.ts';

// Parses and validates imported files off the main thread: a large file must not freeze the map.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { requestId, bytes, text, fileName, layerId, existingIds, sourceCrs, lang } = event.data;
  const layer = getLayer(layerId);
  if (!layer) {
    scope.postMessage({
      requestId,
      failure: `unknown layer "${layerId}"`,
    } satisfies ImportResponse);
    return;
  }
  const ids = new Set(existingIds);
  const options = {
    ...(sourceCrs ? { sourceCrs } : {}),
    ...(lang ? { lang } : {}),
    ...(event.data.encoding ? { encoding: event.data.encoding } : {}),
    ...(event.data.swapAxes ? { swapAxes: true } : {}),
  };
  try {
    const outcome = bytes
      ? importFile(new Uint8Array(bytes), fileName, layer, ids, options)
      : importFeatures(text ?? '', fileName, layer, ids, options);
    scope.postMessage({ requestId, outcome } satisfies ImportResponse);
  } catch (error) {
    const failure = `${fileName}: ${error instanceof Error ? error.message : String(error)}`;
    scope.postMessage({ requestId, failure } satisfies ImportResponse);
  }
};
