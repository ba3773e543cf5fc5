/// <reference lib="webworker" />
import { importFile } from '../core/import/import-file.ts';
import type { ImportRequest, ImportResponse } from '../core/import/import-protocol.ts';
import { getLayer } from '../core/layers/registry.ts';
import { userLayerToLayerDef } from '../core/layers/userLayer.ts';

// Parses and validates imported files off the main thread: a large file must not freeze the map.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { requestId, bytes, fileName, layerId, existingIds, sourceCrs, lang } = event.data;
  const { userLayer } = event.data;
  const layer = getLayer(layerId) ?? (userLayer && userLayerToLayerDef(userLayer));
  if (!layer) {
    scope.postMessage({
      requestId,
      failure: `unknown layer "${layerId}"`,
    } satisfies ImportResponse);
    return;
  }
  const options = {
    ...(sourceCrs ? { sourceCrs } : {}),
    ...(lang ? { lang } : {}),
    ...(event.data.encoding ? { encoding: event.data.encoding } : {}),
    ...(event.data.swapAxes ? { swapAxes: true } : {}),
  };
  try {
    const outcome = importFile(
      new Uint8Array(bytes),
      fileName,
      layer,
      new Set(existingIds),
      options,
    );
    scope.postMessage({ requestId, outcome } satisfies ImportResponse);
  } catch (error) {
    const failure = `${fileName}: ${error instanceof Error ? error.message : String(error)}`;
    scope.postMessage({ requestId, failure } satisfies ImportResponse);
  }
};
