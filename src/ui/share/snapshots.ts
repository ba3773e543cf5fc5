import { parseSnapshotManifest, type SnapshotManifest } from '../../core/snapshot/manifest.ts';

// The manifests are a few hundred bytes each: bundled, so the dialog lists them at once.
const MANIFESTS = import.meta.glob('/data/snapshots/*/manifest.json', {
  import: 'default',
  eager: true,
}) as Record<string, unknown>;

/** The committed snapshots this build carries, newest first. */
export const SNAPSHOTS: readonly SnapshotManifest[] = Object.values(MANIFESTS)
  .map(parseSnapshotManifest)
  .filter((manifest): manifest is SnapshotManifest => manifest !== null)
  .sort((a, b) => b.date.localeCompare(a.date));

/** The snapshots that froze every one of the layers (those a pinned embed of them can show). */
export function snapshotsCovering(layerIds: readonly string[]): SnapshotManifest[] {
  return SNAPSHOTS.filter((snapshot) =>
    layerIds.every((id) => snapshot.layers.some((layer) => layer.id === id)),
  );
}
