import type { Lang } from '../i18n/messages.ts';
import type { LayerDef } from '../layers/types.ts';
import { checkProperties } from '../validate/properties-check.ts';
import { Reporter } from '../validate/reporter.ts';
import type { Finding } from '../validate/types.ts';
import { UnknownProperties } from '../validate/unknown-properties.ts';
import { KEPT_FINDINGS } from './kept-findings.ts';

/** What the layer's schema says of the file's properties: warnings, and every one counted. */
export interface LayerFieldFindings {
  warnings: Finding[];
  counts: Record<string, number>;
}

/**
 * A file's properties checked against the schema of an existing layer it may land in, as the
 * import checks a file bound for that layer (required, allowed values, bounds, pattern, names the
 * layer does not know), feature by feature so a caller can give the page a turn between slices.
 * Markup in values is left out: the file's own check reported it already. Every finding is a
 * warning: the schema never refuses useful geometry.
 */
export class LayerFieldCheck {
  private readonly reporter: Reporter;
  private readonly unknown = new UnknownProperties();
  private checked = 0;

  constructor(
    private readonly layer: LayerDef,
    fileName: string,
  ) {
    this.reporter = new Reporter(fileName, KEPT_FINDINGS);
  }

  /** Checks the next features, up to `end` (exclusive); returns how many are checked so far. */
  checkUpTo(features: readonly GeoJSON.Feature[], end: number): number {
    for (; this.checked < Math.min(end, features.length); this.checked++) {
      const feature = features[this.checked]!;
      this.reporter.enterFeature(this.checked, feature.id);
      const path = `features[${this.checked}].properties`;
      checkProperties(feature.properties, path, this.layer, this.reporter, this.unknown);
    }
    return this.checked;
  }

  /** The findings once every feature is checked, worded in `lang`. Call once. */
  finish(lang: Lang): LayerFieldFindings {
    this.unknown.report(this.layer, this.reporter);
    const counts = this.reporter.countsByCode;
    delete counts['property-html'];
    const warnings = this.reporter
      .render(lang)
      .filter((finding) => finding.code !== 'property-html')
      .map((finding) => ({ ...finding, severity: 'warning' as const }));
    return { warnings, counts };
  }
}
