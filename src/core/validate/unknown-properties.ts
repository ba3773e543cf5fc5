import type { LayerDef } from '../layers/types.ts';
import type { Reporter } from './reporter.ts';

interface FirstUse {
  count: number;
  path: string;
  featureIndex: number | undefined;
  featureId: string | number | undefined;
}

/**
 * Properties a layer's schema does not know, tallied over the whole file and reported once
 * per name: an extra property is usually on every feature, and ten identical warnings would
 * bury the one that matters.
 */
export class UnknownProperties {
  private readonly seen = new Map<string, FirstUse>();

  note(key: string, path: string, reporter: Reporter): void {
    const first = this.seen.get(key);
    if (first) {
      first.count += 1;
      return;
    }
    const { featureIndex, featureId } = reporter;
    this.seen.set(key, { count: 1, path, featureIndex, featureId });
  }

  /** One warning per unknown name, at its first use. */
  report(layer: LayerDef, reporter: Reporter): void {
    for (const [key, first] of this.seen) {
      reporter.enterFeature(first.featureIndex, first.featureId);
      reporter.warning('property-unknown', first.path, {
        key,
        count: first.count,
        layer: layer.id,
      });
    }
    reporter.enterFeature(undefined, undefined);
  }
}
