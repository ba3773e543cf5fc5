import { useEffect, useState } from 'react';
import type { LayerDef } from '../core/layers/types.ts';
import { isSnapshotHash, parseSnapshotManifest } from '../core/snapshot/manifest.ts';
import type { LayerLoad } from '../ui/data/bundledLayers.ts';

// Every committed snapshot (data/snapshots/<hash>/…) is emitted by every build as static
// assets, like the bundled layers: a pinned embed keeps working after any later redeploy.
const SNAPSHOT_URLS = import.meta.glob('/data/snapshots/*/*', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const urlOf = (hash: string, file: string) => SNAPSHOT_URLS[`/data/snapshots/${hash}/${file}`];

/** A pinned embed's data: loading, the snapshot's layers and date, or why it is not there. */
export type PinnedData =
  | { status: 'loading' }
  | { status: 'ready'; date: string; loads: Record<string, LayerLoad> }
  | { status: 'missing' };

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

async function loadPinned(hash: string, layers: readonly LayerDef[]): Promise<PinnedData> {
  const manifestUrl = isSnapshotHash(hash) ? urlOf(hash, 'manifest.json') : undefined;
  if (!manifestUrl) return { status: 'missing' };
  const manifest = parseSnapshotManifest(await fetchJson(manifestUrl).catch(() => null));
  if (!manifest) return { status: 'missing' };
  const entries = await Promise.all(
    layers.map(async (layer): Promise<[string, LayerLoad]> => {
      const frozen = manifest.layers.find((entry) => entry.id === layer.id);
      const url = frozen && urlOf(hash, frozen.file);
      // A layer the snapshot did not freeze did not exist for it: shown empty, never live.
      if (!url) return [layer.id, { status: 'ready', collection: EMPTY }];
      try {
        const collection = (await fetchJson(url)) as GeoJSON.FeatureCollection;
        return [layer.id, { status: 'ready', collection }];
      } catch (error) {
        return [
          layer.id,
          { status: 'error', message: `${frozen.file}: ${(error as Error).message}` },
        ];
      }
    }),
  );
  return { status: 'ready', date: manifest.date, loads: Object.fromEntries(entries) };
}

/** The shown layers as the snapshot `hash` froze them (nothing is fetched when hash is null). */
export function usePinnedLayers(hash: string | null, layers: readonly LayerDef[]): PinnedData {
  const [data, setData] = useState<PinnedData>({ status: 'loading' });
  useEffect(() => {
    if (hash === null) return;
    let cancelled = false;
    void loadPinned(hash, layers).then((loaded) => {
      if (!cancelled) setData(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [hash, layers]);
  return data;
}
