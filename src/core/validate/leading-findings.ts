import type { Finding, ValidationResult } from './types.ts';

/**
 * A result with findings about the bytes (errors, such as an encoding that is not UTF-8) put
 * before those about the text; the cap on kept findings still holds, the rest are counted.
 */
export function withLeadingFindings(
  result: ValidationResult,
  leading: Finding[],
  maxFindings: number,
): ValidationResult {
  if (leading.length === 0) return result;
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
