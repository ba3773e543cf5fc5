import { LAYER_PART_FEATURES, type ToWorker } from '../../core/checks/worker-protocol.ts';

/**
 * Posts a layer to the worker in parts, yielding between them, so the page never stalls on one
 * big structured clone (20,000 polygons take ~250 ms to clone at once).
 */
export async function shipLayer(
  worker: Worker,
  layerId: string,
  version: number,
  collection: GeoJSON.FeatureCollection,
): Promise<void> {
  const { features } = collection;
  for (let start = 0; start === 0 || start < features.length; start += LAYER_PART_FEATURES) {
    const message: ToWorker = {
      type: 'layer-part',
      layerId,
      version,
      first: start === 0,
      features: features.slice(start, start + LAYER_PART_FEATURES),
    };
    worker.postMessage(message);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
