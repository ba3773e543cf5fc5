/** One layer file frozen in a snapshot. */
export interface SnapshotLayer {
  /** Registry layer id. */
  id: string;
  /** File name inside the snapshot's folder, `<id>.geojson`. */
  file: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/**
 * `data/snapshots/<hash>/manifest.json`: the layers a pinned embed shows, frozen. The hash is
 * the content's (see `snapshotHash`), so the same data always gives the same folder.
 */
export interface SnapshotManifest {
  hash: string;
  /** The day the data was frozen, `YYYY-MM-DD` (shown by the pinned embed). */
  date: string;
  layers: SnapshotLayer[];
}

/** Hex characters of the SHA-256 kept in a snapshot's name: short in a URL, still unique. */
export const SNAPSHOT_HASH_CHARS = 16;

const HASH_PATTERN = new RegExp(`^[0-9a-f]{${SNAPSHOT_HASH_CHARS}}$`);

/** Whether a text (e.g. a URL's `pin=`) has the shape of a snapshot hash. */
export function isSnapshotHash(text: string): boolean {
  return HASH_PATTERN.test(text);
}

/**
 * The text whose SHA-256 names a snapshot: each layer's id and file hash, sorted by id. The
 * date is not part of it, so freezing unchanged data again finds the same snapshot.
 */
export function snapshotHashInput(layers: readonly Pick<SnapshotLayer, 'id' | 'sha256'>[]): string {
  return [...layers]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((layer) => `${layer.id} ${layer.sha256}\n`)
    .join('');
}

/** Reads a manifest fetched from a build; null when it is not one. */
export function parseSnapshotManifest(value: unknown): SnapshotManifest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { hash, date, layers } = value as Record<string, unknown>;
  if (typeof hash !== 'string' || !isSnapshotHash(hash)) return null;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  if (!Array.isArray(layers)) return null;
  const valid = layers.every(
    (layer) =>
      typeof layer?.id === 'string' &&
      typeof layer.file === 'string' &&
      typeof layer.sha256 === 'string',
  );
  return valid ? { hash, date, layers: layers as SnapshotLayer[] } : null;
}
