/**
 * A fresh id for a feature drawn or imported into a layer: `${layerId}-` and 12 random base-36
 * characters (about 62 bits), so keys never collide, across tabs and planners either.
 * `getRandomValues` works outside secure contexts too (a LAN preview over http).
 */
export function newFeatureId(layerId: string): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += (byte % 36).toString(36);
  return `${layerId}-${suffix}`;
}
