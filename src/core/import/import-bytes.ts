import type { LayerDef } from '../layers/types.ts';
import { decodeGeoJsonBytes } from '../validate/decode-bytes.ts';
import {
  type ImportOptions,
  type ImportOutcome,
  importFeatures,
  rejected,
} from './import-features.ts';

/**
 * Imports a file's bytes, as the `validate` command reads them: a file that is not UTF-8
 * (a legacy Vietnamese encoding, UTF-16), compressed, or a GeoJSONSeq is refused with what it is
 * and how to convert it, before any of it lands in a layer with garbled names.
 */
export function importBytes(
  bytes: Uint8Array,
  fileName: string,
  layer: LayerDef,
  existingIds: ReadonlySet<string>,
  options: ImportOptions = {},
): ImportOutcome {
  const decoded = decodeGeoJsonBytes(bytes, {
    fileName,
    ...(options.lang && { lang: options.lang }),
  });
  if (decoded.text === undefined || decoded.findings.length > 0) {
    return rejected(fileName, layer, options.sourceCrs ?? 'EPSG:4326', decoded.findings, 0);
  }
  return importFeatures(decoded.text, fileName, layer, existingIds, options);
}
