import { serializeLayerFile } from './serializeLayerFile.ts';

/**
 * A fingerprint of a layer's content: two 32-bit FNV-1a variants over its canonical text
 * (`serializeLayerFile`), so the browser (which holds the parsed data, and may lack
 * `crypto.subtle` outside a secure context) and the CLI (which reads the file) agree, and
 * whitespace alone never counts as a change. It detects another version, it is no security.
 */
export function layerContentHash(collection: GeoJSON.FeatureCollection): string {
  return `fnv1a-2x32:${textHash(serializeLayerFile(collection))}`;
}

/** The same fingerprint for one feature (a changeset names conflicts with it). */
export function featureContentHash(feature: GeoJSON.Feature): string {
  return textHash(serializeLayerFile({ type: 'FeatureCollection', features: [feature] }));
}

function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
