import { readInWgs84 } from '../crs/read-in-wgs84.ts';
import type { CrsCode } from '../crs/vn2000.ts';
import { findJsonSyntaxError } from '../json/find-syntax-error.ts';
import { lineColumnAt } from '../json/line-column.ts';
import {
  AnalysisInputError,
  type CheckedFeatures,
  type CheckOptions,
  checkAnalysisFeatures,
} from './analysis-input.ts';

/** A file's features ready to analyse, the ones left out, and the system it was read in. */
export interface AnalysisInput extends CheckedFeatures {
  sourceCrs: CrsCode;
}

export interface ReadOptions extends CheckOptions {
  /** Read the coordinates in this system; by default the `crs` member's, else WGS84. */
  sourceCrs?: CrsCode;
}

/**
 * The features of a GeoJSON text (a FeatureCollection, a Feature or a bare geometry), read the
 * way the app's import reads them (a leading BOM allowed, VN-2000 converted by its `crs`
 * member) and checked by the validator ({@link checkAnalysisFeatures}). Throws an
 * AnalysisInputError when the text as a whole cannot be analysed (broken JSON, not GeoJSON).
 */
export function readAnalysisInput(text: string, options: ReadOptions): AnalysisInput {
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const { document, sourceCrs } = readInWgs84(parsed, options.sourceCrs);
  return { ...checkAnalysisFeatures(document, options), sourceCrs };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Engines word JSON errors differently and often give no position: find it ourselves.
    const syntax = findJsonSyntaxError(text);
    if (!syntax) throw new AnalysisInputError(`not valid JSON: ${(error as Error).message}`);
    const { line, column } = lineColumnAt(text, syntax.offset);
    throw new AnalysisInputError(
      `not valid JSON at line ${line}, column ${column}: ${syntax.message}`,
    );
  }
}
