import { findJsonSyntaxErrorInBytes } from '../json/find-syntax-error.ts';
import { byteLineColumn } from './byte-line-column.ts';
import { notUtf8Finding, readsAsUtf8Text } from './decode-bytes.ts';
import { withLeadingFindings } from './leading-findings.ts';
import { Reporter } from './reporter.ts';
import { DEFAULT_MAX_FINDINGS, type ValidateOptions, type ValidationResult } from './types.ts';
import { firstInvalidUtf8Offset } from './utf8-scan.ts';

/**
 * The result {@link validateBytes} gives a file that is not JSON (a download cut short, a
 * stray comma), found in the bytes: a file too large to read whole within its memory budget
 * (its text beside its bytes, and what `JSON.parse` builds before it fails, took 5.7× a 250 MB
 * file) is never decoded into one string.
 *
 * Returns `undefined` when the bytes are JSON, or are read otherwise than as UTF-8 text
 * (compressed, UTF-16, UTF-32, a GeoJSON text sequence, too large): the caller reads them whole.
 */
export function syntaxErrorInBytes(
  bytes: Uint8Array,
  options: ValidateOptions,
): ValidationResult | undefined {
  if (!readsAsUtf8Text(bytes)) return undefined;
  // Editors hide a BOM and count columns after it, so positions are taken in the body.
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const located = findJsonSyntaxErrorInBytes(body);
  if (located === undefined) return undefined;
  const lang = options.lang ?? 'en';
  const reporter = new Reporter(options.fileName, options.maxFindings);
  const params = { detail: located.message, detailVi: located.messageVi };
  reporter.add('error', 'json-syntax', '', params, byteLineColumn(body, located.offset));
  const result: ValidationResult = {
    file: reporter.file,
    ok: false,
    featureCount: 0,
    findings: reporter.render(lang),
    errorCount: reporter.errorCount,
    warningCount: reporter.warningCount,
    omittedCount: reporter.omittedCount,
    ids: new Map(),
  };
  if (firstInvalidUtf8Offset(bytes) === -1) return result;
  const notUtf8 = notUtf8Finding(bytes, options.fileName, lang);
  return withLeadingFindings(result, [notUtf8], options.maxFindings ?? DEFAULT_MAX_FINDINGS);
}
