import { findJsonSyntaxError } from '../json/find-syntax-error.ts';
import { lineColumnAt } from '../json/line-column.ts';
import { layerForFileName } from '../layers/registry.ts';
import { checkDocument } from './document-check.ts';
import { Reporter } from './reporter.ts';
import type { ValidateOptions, ValidationResult } from './types.ts';
import { UnknownProperties } from './unknown-properties.ts';

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Validates the text of a GeoJSON file: JSON syntax (with line and column), then everything
 * {@link validateObject} checks. The text is parsed once with `JSON.parse`; the slower
 * position-finding scan runs only when that fails.
 */
export function validateText(text: string, options: ValidateOptions): ValidationResult {
  const reporter = new Reporter(options.fileName, options.maxFindings);
  const hasBom = text.charCodeAt(0) === BYTE_ORDER_MARK;
  // Editors hide a BOM and count columns after it, so positions are taken in the body.
  const body = hasBom ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    reportSyntaxError(body, error, reporter);
    return resultOf(reporter, 0, new Map());
  }
  if (hasBom) {
    reporter.warning(
      'byte-order-mark',
      '',
      'the file starts with a byte-order mark (BOM); RFC 7946 forbids it and some tools reject it',
    );
  }
  return check(document, options, reporter);
}

/** Validates an already parsed GeoJSON value (e.g. an import the app has just built). */
export function validateObject(document: unknown, options: ValidateOptions): ValidationResult {
  return check(document, options, new Reporter(options.fileName, options.maxFindings));
}

function check(document: unknown, options: ValidateOptions, reporter: Reporter): ValidationResult {
  const layer =
    options.layer === undefined ? (layerForFileName(options.fileName) ?? null) : options.layer;
  const ids = new Map<string | number, number>();
  const unknownProperties = new UnknownProperties();
  const featureCount = checkDocument(document, { reporter, layer, ids, unknownProperties });
  if (layer !== null) unknownProperties.report(layer, reporter);
  return resultOf(reporter, featureCount, ids);
}

function reportSyntaxError(text: string, error: unknown, reporter: Reporter): void {
  const located = findJsonSyntaxError(text);
  if (located === undefined) {
    // The engine and our scan disagree (it should not happen): keep the engine's words.
    const message = error instanceof Error ? error.message : String(error);
    reporter.error('json-syntax', '', `the file is not valid JSON: ${message}`);
    return;
  }
  const { line, column } = lineColumnAt(text, located.offset);
  reporter.add('error', 'json-syntax', '', `the file is not valid JSON: ${located.message}`, {
    line,
    column,
  });
}

function resultOf(
  reporter: Reporter,
  featureCount: number,
  ids: ReadonlyMap<string | number, number>,
): ValidationResult {
  return {
    file: reporter.file,
    ok: reporter.errorCount === 0,
    featureCount,
    findings: reporter.findings,
    errorCount: reporter.errorCount,
    warningCount: reporter.warningCount,
    omittedCount: reporter.omittedCount,
    ids,
  };
}
