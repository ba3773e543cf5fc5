import { decodeGeoJsonBytes } from './decode-bytes.ts';
import {
  DEFAULT_MAX_FINDINGS,
  type Finding,
  type ValidateOptions,
  type ValidationResult,
} from './types.ts';
import { validateText } from './validate.ts';

/**
 * Validates a file's bytes: the encoding first ({@link decodeGeoJsonBytes}), then the text.
 * Bytes that are no GeoJSON text at all (gzip, a GeoJSONSeq, …) give only those findings.
 */
export function validateBytes(bytes: Uint8Array, options: ValidateOptions): ValidationResult {
  const decoded = decodeGeoJsonBytes(bytes, {
    fileName: options.fileName,
    ...(options.lang && { lang: options.lang }),
  });
  if (decoded.text === undefined) return refused(options.fileName, decoded.findings);
  const result = validateText(decoded.text, options);
  return decoded.findings.length === 0
    ? result
    : withLeadingFindings(result, decoded.findings, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
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

/** The byte findings (errors) go first; the cap still holds. */
function withLeadingFindings(
  result: ValidationResult,
  leading: Finding[],
  maxFindings: number,
): ValidationResult {
  const findings = [...leading, ...result.findings];
  const kept = findings.slice(0, Math.max(maxFindings, leading.length));
  return {
    ...result,
    ok: false,
    findings: kept,
    errorCount: result.errorCount + leading.length,
    omittedCount: result.omittedCount + findings.length - kept.length,
  };
}
