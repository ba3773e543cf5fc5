import {
  decodeGeoJsonBytes,
  isUtf32,
  MAX_TEXT_BYTES,
  utf16Encoding,
  utf16Finding,
  utf16Kind,
} from './decode-bytes.ts';
import { FindingStream } from './finding-stream.ts';
import { withLeadingFindings } from './leading-findings.ts';
import { sequenceKindOfBytes } from './sequence-kind.ts';
import { syntaxErrorInBytes } from './syntax-of-bytes.ts';
import {
  DEFAULT_MAX_FINDINGS,
  type Finding,
  type ValidateOptions,
  type ValidationResult,
} from './types.ts';
import { utf16ToUtf8 } from './utf16-to-utf8.ts';
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
 * Bytes that are no GeoJSON text at all (gzip, a GeoJSONSeq, …) give only those findings,
 * told from their first bytes and records. A large FeatureCollection, in UTF-8 or UTF-16, is
 * read feature by feature, and a large file that is not JSON is told so from its bytes, with
 * the same findings; a large file of one Feature or geometry is read whole.
 */
export function validateBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
  byteOptions: ByteOptions = {},
): ValidationResult {
  const { onFindings, ...rest } = options;
  const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const stream = onFindings && new FindingStream(onFindings, maxFindings);
  const result = checkBytes(bytes, rest, byteOptions, stream);
  stream?.finish(result);
  return result;
}

function checkBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
  { featureByFeatureBytes = FEATURE_BY_FEATURE_BYTES }: ByteOptions,
  stream: FindingStream | undefined,
): ValidationResult {
  if (bytes.length >= featureByFeatureBytes && bytes.length <= MAX_TEXT_BYTES) {
    const result = validateLarge(bytes, options, stream);
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

/**
 * A large file's result without its text as one string, or `undefined` to read it whole. A
 * UTF-16 file's text is made UTF-8 a piece at a time (half its bytes for GeoJSON's ASCII) and
 * read as a UTF-8 file would be, after the same error about its encoding.
 */
function validateLarge(
  bytes: Uint8Array,
  options: ValidateOptions,
  stream: FindingStream | undefined,
): ValidationResult | undefined {
  const utf16 = utf16Kind(bytes);
  if (utf16 === undefined || isUtf32(bytes))
    return validateByFeature(bytes, options, stream) ?? syntaxErrorInBytes(bytes, options);
  if (sequenceKindOfBytes(bytes, utf16Encoding(utf16)) !== undefined) return undefined;
  const encoding = utf16Finding(options.fileName, utf16, options.lang ?? 'en');
  // First in the result however the text turns out: sent before the text is read.
  stream?.send([encoding]);
  const utf8 = utf16ToUtf8(bytes, utf16);
  const result = validateByFeature(utf8, options, stream) ?? syntaxErrorInBytes(utf8, options);
  if (result === undefined) return undefined;
  return withLeadingFindings(result, [encoding], options.maxFindings ?? DEFAULT_MAX_FINDINGS);
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
