/** A layer's next data, already as GeoJSON text for MapLibre (blob URLs, one per chunk). */
export interface Prepared {
  urls: string[];
  /** The k-d splits the chunks were cut by (none for a layer of one chunk). */
  splits: readonly number[];
  featureCount: number;
  /** A chunked layer's count of features its overview draws at each zoom (`shownAtZooms`). */
  shown?: readonly number[];
}

const prepared = new Map<string, Prepared>();
const inUse = new Map<string, string[]>();

const revoke = (urls: readonly string[]) => {
  for (const url of urls) URL.revokeObjectURL(url);
};

/**
 * Offers the map a layer's coming data as text made elsewhere (the import worker's, for a new
 * layer), one text per spatial chunk (one for a small layer): `setLayerData` then hands
 * MapLibre the blobs' URLs, which its worker fetches and parses, instead of cloning the
 * features on the page. Used once, by the next push of a collection of exactly `featureCount`
 * features to that layer.
 */
export function prepareLayerData(
  layerId: string,
  made: { blobs: readonly Blob[]; splits: readonly number[]; shown?: readonly number[] },
  featureCount: number,
) {
  const earlier = prepared.get(layerId);
  if (earlier) revoke(earlier.urls);
  const urls = made.blobs.map((blob) => URL.createObjectURL(blob));
  const { splits, shown } = made;
  prepared.set(layerId, { urls, splits, featureCount, ...(shown ? { shown } : {}) });
}

/**
 * The prepared URLs (one per chunk) and their cut for this push of a layer's data, if they
 * match. The URLs stay readable while the layer is on the map: a chunk source given a URL keeps
 * only the URL (its workers do not send the data back), and a figure, which copies the live
 * style, reads the chunks it did not change since from them again. They are let go when other
 * prepared data replaces them or the layer leaves the map (`releaseLayerData`).
 */
export function takePreparedLayerData(layerId: string, featureCount: number): Prepared | undefined {
  const entry = prepared.get(layerId);
  if (!entry) return undefined;
  prepared.delete(layerId);
  if (entry.featureCount !== featureCount) {
    revoke(entry.urls);
    return undefined;
  }
  releaseLayerData(layerId);
  inUse.set(layerId, entry.urls);
  return entry;
}

/** Lets go of the URLs a layer's sources were last given (the layer left the map). */
export function releaseLayerData(layerId: string): void {
  const urls = inUse.get(layerId);
  if (!urls) return;
  revoke(urls);
  inUse.delete(layerId);
}

/** Lets go of a layer's prepared data that will not be pushed (its import was cancelled). */
export function discardPreparedLayerData(layerId: string): void {
  const entry = prepared.get(layerId);
  if (!entry) return;
  revoke(entry.urls);
  prepared.delete(layerId);
}
