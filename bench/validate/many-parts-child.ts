import { readFileSync } from 'node:fs';
import { checkMultiPolygon } from '../../src/core/validate/multipolygon-check.ts';
import { Reporter } from '../../src/core/validate/reporter.ts';
import type { Position } from '../../src/core/validate/walk.ts';
import { checkMultiPolygonReference } from '../../tests/unit/support/multipolygonReference.ts';

/**
 * One measured process: parses the many-parts Feature and runs the MultiPolygon check on it,
 * the current one (`new`) or the one before it was made to scale (`old`), or none (`parse`).
 * Prints the findings' count, so both can be seen to agree.
 */
const [mode, file] = process.argv.slice(2);
const feature = JSON.parse(readFileSync(file!, 'utf8')) as {
  geometry: { coordinates: Position[][][] };
};
const reporter = new Reporter(file!);
const check = { new: checkMultiPolygon, old: checkMultiPolygonReference }[mode as 'new' | 'old'];
check?.(feature.geometry.coordinates, 'geometry.coordinates', reporter);
console.log(`${mode}: ${reporter.errorCount} errors, ${reporter.warningCount} warnings`);
