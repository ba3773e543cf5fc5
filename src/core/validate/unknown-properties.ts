import type { LineColumn } from '../json/line-column.ts';
import type { LayerDef } from '../layers/types.ts';
import { layerParams } from './named-params.ts';
import type { Reporter } from './reporter.ts';

interface FirstUse {
  count: number;
  path: string;
  featureIndex: number | undefined;
  featureId: string | number | undefined;
  /** Where the first use is, when it was placed while its feature's text was at hand. */
  place?: LineColumn;
}

/**
 * Properties a layer's schema does not know, tallied over the whole file and reported once
 * per name: an extra property is usually on every feature, and ten identical warnings would
 * bury the one that matters.
 */
export class UnknownProperties {
  private readonly seen = new Map<string, FirstUse>();
  /** First uses not yet placed, for {@link placeNew}. */
  private unplaced: FirstUse[] = [];

  note(key: string, path: string, reporter: Reporter): void {
    const first = this.seen.get(key);
    if (first) {
      first.count += 1;
      return;
    }
    const { featureIndex, featureId } = reporter;
    const use: FirstUse = { count: 1, path, featureIndex, featureId };
    this.seen.set(key, use);
    this.unplaced.push(use);
  }

  /** The paths of the first uses {@link placeNew} would place. */
  unplacedPaths(): string[] {
    return this.unplaced.map((use) => use.path);
  }

  /**
   * Places the first uses noted since the last call, while their feature's text is at hand (a
   * file read feature by feature no longer has it when the warnings are made).
   */
  placeNew(place: (path: string) => LineColumn | undefined): void {
    for (const use of this.unplaced) {
      const found = place(use.path);
      if (found !== undefined) use.place = found;
    }
    this.unplaced = [];
  }

  /** One warning per unknown name, at its first use. */
  report(layer: LayerDef, reporter: Reporter): void {
    for (const [key, first] of this.seen) {
      reporter.enterFeature(first.featureIndex, first.featureId);
      const params = { key, count: first.count, ...layerParams(layer) };
      reporter.add('warning', 'property-unknown', first.path, params, first.place);
    }
    reporter.enterFeature(undefined, undefined);
  }
}
