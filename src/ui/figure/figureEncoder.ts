import { vectorLayerBuffers } from '../../core/figure/vector-layers.ts';
import type { FigureWorkerReply, FigureWorkerRequest } from '../../core/figure/worker-protocol.ts';
import type { FigureEncoder } from '../../map/figure/composeFigure.ts';

/**
 * A figure encoder backed by its own worker, started for one figure and ended with it: PNG
 * encoding (OffscreenCanvas.convertToBlob) and the PDF (pdf-lib, fontkit) take seconds at
 * 300 dpi, and on the page they froze it for that long.
 */
export function workerFigureEncoder(): FigureEncoder & { close: () => void } {
  const worker = new Worker(new URL('../../workers/figure.worker.ts', import.meta.url), {
    type: 'module',
  });
  const waiting = new Map<
    number,
    { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }
  >();
  let serial = 0;
  worker.onmessage = (event: MessageEvent<FigureWorkerReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('bytes' in reply) pending?.resolve(reply.bytes);
    else pending?.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    for (const pending of waiting.values())
      pending.reject(new Error(event.message || 'figure worker failed'));
    waiting.clear();
  };
  const ask = (request: FigureWorkerRequest, transfer: Transferable[]) =>
    new Promise<Uint8Array>((resolve, reject) => {
      waiting.set(request.id, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  return {
    png: (picture, dotsPerInch) =>
      ask({ id: ++serial, kind: 'png', picture, dotsPerInch }, [picture]),
    pdf: (input) =>
      ask({ id: ++serial, kind: 'pdf', ...input }, [
        input.map,
        ...(input.labels ? [input.labels] : []),
        ...(input.vectors ? vectorLayerBuffers(input.vectors.layers) : []),
      ]),
    close: () => worker.terminate(),
  };
}
