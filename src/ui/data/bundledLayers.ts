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

async function loadLayer(file: string): Promise<LayerLoad> {
  const url = urlFor(file);
  if (!url) return { status: 'ready', collection: { type: 'FeatureCollection', features: [] } };
  try {
    const response = await fetch(url);
    if (!response.ok) return { status: 'error', message: `${file}: HTTP ${response.status}` };
    const collection = (await response.json()) as GeoJSON.FeatureCollection;
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
