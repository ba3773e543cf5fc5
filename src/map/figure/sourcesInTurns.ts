import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { throwIfAborted } from './drawInTiles.ts';

/**
 * From this many features an inline GeoJSON source reaches a new figure map in a task of its
 * own: MapLibre serialises a source's features for its worker on the page, all the style's
 * sources in the task that loads the style (a layer of 10,000 zones in 16 chunks: 225 ms).
 */
export const SOURCE_IN_TURN_FROM_FEATURES = 500;

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A style to load at once, and the data of its large sources to send after it, one per task. */
export interface StyleInTurns {
  style: StyleSpecification;
  later: [sourceId: string, data: GeoJSON.FeatureCollection][];
}

/**
 * The style with each inline GeoJSON source of SOURCE_IN_TURN_FROM_FEATURES features or more
 * given no features, and those features set aside to be sent later (see sendSourcesInTurns).
 * A style without such sources is the one given.
 */
export function withLargeSourcesLater(style: StyleSpecification): StyleInTurns {
  const later: StyleInTurns['later'] = [];
  const sources = { ...style.sources };
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type !== 'geojson' || typeof source.data !== 'object') continue;
    const data = source.data as GeoJSON.GeoJSON;
    if (data.type !== 'FeatureCollection') continue;
    if (data.features.length < SOURCE_IN_TURN_FROM_FEATURES) continue;
    later.push([id, data]);
    sources[id] = { ...source, data: EMPTY };
  }
  return later.length === 0 ? { style, later } : { style: { ...style, sources }, later };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once the style given to `setStyle` is loaded (MapLibre loads a style given as an
 * object in a later frame: until then the map has none of its sources), or rejects on abort.
 */
function styleLoaded(map: MapLibreMap, sourceId: string, signal?: AbortSignal): Promise<void> {
  if (map.getSource(sourceId)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const loaded = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      map.off('style.load', loaded);
      reject(signal?.reason ?? new DOMException('aborted', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    map.once('style.load', loaded);
  });
}

/** Gives the map each set-aside source's features, one source per task, once its style is in. */
export async function sendSourcesInTurns(
  map: MapLibreMap,
  later: StyleInTurns['later'],
  signal?: AbortSignal,
): Promise<void> {
  const first = later[0];
  if (!first) return;
  await styleLoaded(map, first[0], signal);
  for (const [id, data] of later) {
    await nextTask();
    throwIfAborted(signal);
    const source = map.getSource<GeoJSONSource>(id);
    if (!source) throw new Error(`the figure map has no source ${id} to give its features`);
    source.setData(data);
  }
}
