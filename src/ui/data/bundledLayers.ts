import { useEffect, useState } from 'react';
import { LAYERS } from '../../core/layers/registry.ts';
import type { LayerDef } from '../../core/layers/types.ts';

// Vite emits each bundled layer as a static asset; it is fetched, not shipped inside the JS.
const FILE_URLS = import.meta.glob('/data/geojson/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export type LayerLoad =
  | { status: 'loading' }
  | { status: 'ready'; collection: GeoJSON.FeatureCollection }
  | { status: 'error'; message: string };

function urlFor(file: string): string | undefined {
  return FILE_URLS[`/data/geojson/${file}`];
}

// One fetch per file per page, shared by the preload and the hook.
const started = new Map<string, Promise<LayerLoad>>();

function loadLayer(file: string): Promise<LayerLoad> {
  let load = started.get(file);
  if (!load) {
    load = fetchLayer(file);
    started.set(file, load);
  }
  return load;
}

/**
 * Starts fetching the bundled layers before React renders, so the data arrives alongside the
 * map's own start-up instead of after the first render (the app calls this; the embed loads
 * only what it shows, through the hook).
 */
export function preloadBundledLayers(layers: readonly LayerDef[] = LAYERS): void {
  for (const layer of layers)
    if (layer.source.kind === 'geojson') void loadLayer(layer.source.file);
}

/** A fetched file's status and text. */
interface Fetched {
  ok: boolean;
  status: number;
  text: string;
}

// Requests in flight by URL: files with the same content (the empty layers) share one hashed
// asset URL, and were each fetched at start. Kept only while in flight (the texts are not held
// for the page's life); each layer parses its own collection, so no object is shared by layers.
const inFlight = new Map<string, Promise<Fetched>>();

function fetchOnce(url: string): Promise<Fetched> {
  let fetched = inFlight.get(url);
  if (!fetched) {
    fetched = fetch(url).then(async (response) => ({
      ok: response.ok,
      status: response.status,
      text: response.ok ? await response.text() : '',
    }));
    inFlight.set(url, fetched);
    const forget = () => inFlight.delete(url);
    fetched.then(forget, forget);
  }
  return fetched;
}

async function fetchLayer(file: string): Promise<LayerLoad> {
  const url = urlFor(file);
  if (!url) return { status: 'ready', collection: { type: 'FeatureCollection', features: [] } };
  try {
    const fetched = await fetchOnce(url);
    if (!fetched.ok) return { status: 'error', message: `${file}: HTTP ${fetched.status}` };
    const collection = JSON.parse(fetched.text) as GeoJSON.FeatureCollection;
    return { status: 'ready', collection };
  } catch (error) {
    return { status: 'error', message: `${file}: ${(error as Error).message}` };
  }
}

/**
 * Loads the bundled layers in parallel (every layer, or the ones given: the embed fetches only
 * what it shows); each layer reports its own status. Pass a list that stays the same object.
 */
export function useBundledLayers(layers: readonly LayerDef[] = LAYERS): Record<string, LayerLoad> {
  const [loads, setLoads] = useState<Record<string, LayerLoad>>(() =>
    Object.fromEntries(layers.map((layer) => [layer.id, { status: 'loading' }])),
  );
  useEffect(() => {
    let cancelled = false;
    for (const layer of layers) {
      if (layer.source.kind !== 'geojson') continue;
      loadLayer(layer.source.file).then((load) => {
        if (!cancelled) setLoads((previous) => ({ ...previous, [layer.id]: load }));
      });
    }
    return () => {
      cancelled = true;
    };
  }, [layers]);
  return loads;
}
