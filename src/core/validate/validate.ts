import { findJsonSyntaxError } from '../json/find-syntax-error.ts';
import { lineColumnAt } from '../json/line-column.ts';
import { layerForFileName } from '../layers/registry.ts';
import { checkDocument } from './document-check.ts';
import { reportDuplicateKeys } from './duplicate-keys.ts';
import { Reporter } from './reporter.ts';
import { locateInText } from './text-locator.ts';
import type { ValidateOptions, ValidationResult } from './types.ts';
import { UnknownProperties } from './unknown-properties.ts';

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Validates the text of a GeoJSON file: JSON syntax (with line and column), then everything
 * {@link validateObject} checks, then repeated member names. The text is parsed once with
 * `JSON.parse`; one more scan of the text finds repeated names and places every finding at its
 * line and column, quoting numbers as the file writes them.
 */
export function validateText(text: string, options: ValidateOptions): ValidationResult {
  return validateAndParse(text, options).result;
}

/** {@link validateText}, also returning the parsed document (`undefined` when not JSON). */
export function validateAndParse(
  text: string,
  options: ValidateOptions,
): { result: ValidationResult; document: unknown } {
  const reporter = new Reporter(options.fileName, options.maxFindings);
  const hasBom = text.charCodeAt(0) === BYTE_ORDER_MARK;
  // Editors hide a BOM and count columns after it, so positions are taken in the body.
  const body = hasBom ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    reportSyntaxError(body, error, reporter);
    return { result: resultOf(reporter, options, 0, new Map()), document: undefined };
  }
  if (hasBom) reporter.warning('byte-order-mark', '');
  const { featureCount, ids } = check(document, options, reporter);
  const locator = locateInText(body, reporter);
  reportDuplicateKeys(locator, reporter);
  return { result: resultOf(reporter, options, featureCount, ids, locator), document };
}

/** Validates an already parsed GeoJSON value (e.g. an import the app has just built). */
export function validateObject(document: unknown, options: ValidateOptions): ValidationResult {
  const reporter = new Reporter(options.fileName, options.maxFindings);
  const { featureCount, ids } = check(document, options, reporter);
  return resultOf(reporter, options, featureCount, ids);
}

function check(document: unknown, options: ValidateOptions, reporter: Reporter) {
  const layer =
    options.layer === undefined ? (layerForFileName(options.fileName) ?? null) : options.layer;
  const ids = new Map<string | number, number>();
  const unknownProperties = new UnknownProperties();
  const featureCount = checkDocument(document, {
    reporter,
    layer,
    ids,
    idSpellings: new Map(),
    unknownProperties,
    region: options.region ?? 'giap-ranh',
  });
  if (layer !== null) unknownProperties.report(layer, reporter);
  return { featureCount, ids };
}

function reportSyntaxError(text: string, error: unknown, reporter: Reporter): void {
  const located = findJsonSyntaxError(text);
  if (located === undefined) {
    // The engine and our scan disagree (it should not happen): keep the engine's words.
    const detail = error instanceof Error ? error.message : String(error);
    reporter.error('json-syntax', '', { detail });
    return;
  }
  const { line, column } = lineColumnAt(text, located.offset);
  const params = { detail: located.message, detailVi: located.messageVi };
  reporter.add('error', 'json-syntax', '', params, { line, column });
}

function resultOf(
  reporter: Reporter,
  options: ValidateOptions,
  featureCount: number,
  ids: ReadonlyMap<string | number, number>,
  locator?: Parameters<Reporter['render']>[1],
): ValidationResult {
  return {
    file: reporter.file,
    ok: reporter.errorCount === 0,
    featureCount,
    findings: reporter.render(options.lang ?? 'en', locator),
    errorCount: reporter.errorCount,
    warningCount: reporter.warningCount,
    omittedCount: reporter.omittedCount,
    ...(options.countByCode && { countsByCode: reporter.countsByCode }),
    ids,
  };
}
