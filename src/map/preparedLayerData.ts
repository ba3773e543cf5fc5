/** A layer's next data, already as GeoJSON text for MapLibre (a blob URL), and its size. */
interface Prepared {
  url: string;
  featureCount: number;
}

const prepared = new Map<string, Prepared>();
const inUse = new Map<string, string>();

/**
 * Offers the map a layer's coming data as text made elsewhere (the import worker's, for a new
 * layer): `setLayerData` then hands MapLibre the blob's URL, which its worker fetches and
 * parses, instead of cloning the features on the page. Used once, by the next push of a
 * collection of exactly `featureCount` features to that layer.
 */
export function prepareLayerData(layerId: string, blob: Blob, featureCount: number): void {
  const earlier = prepared.get(layerId);
  if (earlier) URL.revokeObjectURL(earlier.url);
  prepared.set(layerId, { url: URL.createObjectURL(blob), featureCount });
}

/**
 * The prepared URL for this push of a layer's data, if one matches; the URL of the push before
 * is let go (MapLibre has read it by the time the layer changes again).
 */
export function takePreparedLayerData(layerId: string, featureCount: number): string | undefined {
  const before = inUse.get(layerId);
  if (before) {
    URL.revokeObjectURL(before);
    inUse.delete(layerId);
  }
  const entry = prepared.get(layerId);
  if (!entry) return undefined;
  prepared.delete(layerId);
  if (entry.featureCount !== featureCount) {
    URL.revokeObjectURL(entry.url);
    return undefined;
  }
  inUse.set(layerId, entry.url);
  return entry.url;
}

/** Lets go of a layer's prepared data that will not be pushed (its import was cancelled). */
export function discardPreparedLayerData(layerId: string): void {
  const entry = prepared.get(layerId);
  if (!entry) return;
  URL.revokeObjectURL(entry.url);
  prepared.delete(layerId);
}
