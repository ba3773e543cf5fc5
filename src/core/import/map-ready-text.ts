import { featureKey } from '../document/featureKey.ts';
import { newFeatureId } from '../document/newFeatureId.ts';
import { chunkOfEach } from '../geometry/layerChunking.ts';
import { OVERVIEW_ZOOM_KEY, overviewZooms, shownAtZooms } from '../geometry/overviewZoom.ts';

/** The property that carries a feature's key through MapLibre, which drops string ids. */
export const MAP_FEATURE_KEY = '__key';

/** Gives every feature without an id a fresh one (`<prefix>-…`), in place. */
export function assignMissingIds(features: GeoJSON.Feature[], prefix: string): void {
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    if (feature.id === undefined) features[i] = { ...feature, id: newFeatureId(prefix) };
  }
}

/**
 * A layer's features as the GeoJSON text the map's sources take (each tagged with its key), made
 * where the features already are (the import worker), so the page hands MapLibre blob URLs for
 * its own worker to fetch and parse instead of cloning every feature on the main thread. Cut as
 * the map cuts a large layer into spatial chunks (one text for a small layer): each chunk is a
 * source of its own, so no tile MapLibre hands the page holds the whole layer. The cut's splits
 * go with the texts, so the page's first edit of the layer goes on from this cut. A chunked
 * layer's features carry the zoom they are drawn from (`overviewZooms`, per chunk as the map
 * reckons it), and `shown` counts those drawn at each zoom up to the planning zoom.
 */
export function mapReadyChunks(features: readonly GeoJSON.Feature[]): {
  texts: string[];
  splits: number[];
  shown?: number[];
} {
  const { count, chunkOf, splits } = chunkOfEach(features);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let index = 0; index < features.length; index++) members[chunkOf[index]!]!.push(index);
  const shown: number[][] = [];
  const texts = members.map((indices) => {
    const zooms = count > 1 ? overviewZooms(indices.map((index) => features[index]!)) : undefined;
    if (zooms) shown.push(shownAtZooms(zooms));
    const parts = indices.map((index, at) => {
      const feature = features[index]!;
      const properties: GeoJSON.GeoJsonProperties = {
        ...feature.properties,
        [MAP_FEATURE_KEY]: featureKey(feature, index),
      };
      if (zooms) properties[OVERVIEW_ZOOM_KEY] = zooms[at]!;
      return JSON.stringify({ ...feature, properties });
    });
    return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
  });
  if (count === 1) return { texts, splits };
  return { texts, splits, shown: shown.reduce((sum, chunk) => sum.map((n, z) => n + chunk[z]!)) };
}
