import type { Feature } from 'geojson';
import { describeSkipped } from '../../core/analysis/index.ts';
import type { AnalysisSource } from './analysis-source.ts';

/**
 * The source, with each feature left out named on standard error as the reading reaches it
 * (`giapranh analyze: file: left out: features[3] (id "x"): … [rule]`), so a long run shows
 * them as they are found; the count follows at the end. Read feature by feature or whole, a
 * file gives the same lines in the same order.
 */
export function announcingSkipped(source: AnalysisSource): AnalysisSource {
  let shown = 0;
  const announceUpTo = (index: number) => {
    const lines: string[] = [];
    for (; shown < source.skipped.length && source.skipped[shown]!.index <= index; shown++) {
      lines.push(
        `giapranh analyze: ${source.path}: left out: ${describeSkipped(source.skipped[shown]!)}\n`,
      );
    }
    if (lines.length > 0) process.stderr.write(lines.join(''));
  };
  async function* features(): AsyncGenerator<Feature> {
    let index = 0;
    for await (const feature of source.features()) {
      announceUpTo(index++);
      yield feature;
    }
    announceUpTo(Number.POSITIVE_INFINITY);
  }
  return {
    get path() {
      return source.path;
    },
    get readAs() {
      return source.readAs;
    },
    features,
    get skipped() {
      return source.skipped;
    },
    get skippedIndices() {
      return source.skippedIndices;
    },
  };
}
