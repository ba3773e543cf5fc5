import { decodeGeoJsonBytes, MAX_TEXT_BYTES } from './decode-bytes.ts';
import { withLeadingFindings } from './leading-findings.ts';
import { syntaxErrorInBytes } from './syntax-of-bytes.ts';
import {
  DEFAULT_MAX_FINDINGS,
  type Finding,
  type ValidateOptions,
  type ValidationResult,
} from './types.ts';
import { validateText } from './validate.ts';
import { validateByFeature } from './validate-by-feature.ts';

/**
 * From this size on a FeatureCollection is validated feature by feature
 * ({@link validateByFeature}): read whole, a 300 MB file peaked at ~4.9× its size (the bytes,
 * the text, the parsed tree), beyond the 3× a command may take.
 */
export const FEATURE_BY_FEATURE_BYTES = 64 * 1024 * 1024;

/** How {@link validateBytes} reads a file. */
export interface ByteOptions {
  /** Files of at least this many bytes are read feature by feature when they can be. */
  featureByFeatureBytes?: number;
}

/**
 * Validates a file's bytes: the encoding first ({@link decodeGeoJsonBytes}), then the text.
 * Bytes that are no GeoJSON text at all (gzip, a GeoJSONSeq, …) give only those findings.
 * A large FeatureCollection is read feature by feature, and a large file that is not JSON
 * is told so from its bytes, with the same findings.
 */
export function validateBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
  { featureByFeatureBytes = FEATURE_BY_FEATURE_BYTES }: ByteOptions = {},
): ValidationResult {
  if (bytes.length >= featureByFeatureBytes && bytes.length <= MAX_TEXT_BYTES) {
    const result = validateByFeature(bytes, options) ?? syntaxErrorInBytes(bytes, options);
    if (result !== undefined) return result;
  }
  const decoded = decodeGeoJsonBytes(bytes, {
    fileName: options.fileName,
    ...(options.lang && { lang: options.lang }),
  });
  if (decoded.text === undefined) return refused(options.fileName, decoded.findings);
  const result = validateText(decoded.text, options);
  return withLeadingFindings(result, decoded.findings, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
}

function refused(file: string, findings: Finding[]): ValidationResult {
  return {
    file,
    ok: false,
    featureCount: 0,
    findings,
    errorCount: findings.length,
    warningCount: 0,
    omittedCount: 0,
    ids: new Map(),
  };
}
