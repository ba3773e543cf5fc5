import type { SkippedFeature } from './analysis-input.ts';

const PROJECTED_HINT =
  'hint: the coordinates look like projected metres; if the file is VN-2000 / TM-3 105° (EPSG:5897), read it as such with --crs EPSG:5897 (--from-crs, --a-crs… for two files)';

/**
 * What a terminal shows of the features left out of one file: a summary line, then one line
 * per feature with each problem's path, message and rule. Empty when nothing was left out.
 */
export function skippedReport(fileName: string, skipped: readonly SkippedFeature[]): string {
  if (skipped.length === 0) return '';
  const lines = skipped.map((feature) => `  ${describeSkipped(feature)}\n`);
  return `${summary(fileName, skipped)}:\n${lines.join('')}${hint(skipped)}`;
}

/**
 * {@link skippedReport} without the features' lines, for after they were shown one by one as
 * the file was read: `file: 2 features left out (invalid); the rows are for the others`.
 */
export function skippedSummary(fileName: string, skipped: readonly SkippedFeature[]): string {
  if (skipped.length === 0) return '';
  return `${summary(fileName, skipped)} (named above)\n${hint(skipped)}`;
}

function summary(fileName: string, skipped: readonly SkippedFeature[]): string {
  const invalidCount = skipped.filter((s) => s.reason === 'invalid').length;
  const why =
    invalidCount === skipped.length
      ? 'invalid'
      : invalidCount === 0
        ? 'not what this analysis takes'
        : `${invalidCount} invalid, the others not what this analysis takes`;
  const count = skipped.length;
  return `${fileName}: ${count} feature${count === 1 ? '' : 's'} left out (${why}); the rows are for the others`;
}

/** The app offers the same choice when its import meets projected metres. */
function hint(skipped: readonly SkippedFeature[]): string {
  const projected = skipped.some((feature) =>
    feature.problems.some((problem) => problem.code === 'coordinates-projected'),
  );
  return projected ? `  ${PROJECTED_HINT}\n` : '';
}

/**
 * One line per left-out feature, for a terminal: `features[3] (id "x"): geometry.coordinates[0]:
 * the exterior ring crosses itself … [ring-self-intersection]`.
 */
export function describeSkipped(skipped: SkippedFeature): string {
  const place = skipped.id.startsWith('#')
    ? `features[${skipped.index}]`
    : `features[${skipped.index}] (id ${JSON.stringify(skipped.id)})`;
  const problems = skipped.problems.map(
    (problem) => `${problem.path ? `${problem.path}: ` : ''}${problem.message} [${problem.code}]`,
  );
  return `${place}: ${problems.join('; ')}`;
}
