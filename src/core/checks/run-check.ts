import type { Feature, MultiPolygon } from 'geojson';
import { bufferFeature } from '../analysis/buffer-feature.ts';
import { type NearestRow, nearestBetween } from '../analysis/nearest-between.ts';
import type { AnalysisOptions } from '../analysis/options.ts';
import { type OverlapRow, overlapBetween } from '../analysis/overlap-between.ts';
import type { Lang } from '../i18n/messages.ts';
import type { CheckSpec } from './check-spec.ts';
import { type EmptyResultHint, emptyInputHint, overlapHint } from './empty-result-hint.ts';
import { type LayerData, resolveInput } from './resolve-input.ts';
import { type LeftOutFeature, usableLayerFeatures } from './usable-features.ts';

/**
 * What a check found, in the analysis core's own row types (so the app exports exactly what
 * `giapranh analyze` prints), with the input features the rows point into and the features
 * left out (invalid geometry, or not what the check takes), as the CLI names them.
 */
export type CheckOutcome = (
  | { kind: 'nearest'; rows: NearestRow[]; from: Feature[]; to: Feature[] }
  | { kind: 'overlap'; rows: OverlapRow[]; a: Feature[]; b: Feature[] }
  | { kind: 'corridor'; corridors: Feature<MultiPolygon>[]; of: Feature[] }
) & {
  leftOut: LeftOutFeature[];
  /** Why there are no rows, when there are none (see {@link EmptyResultHint}). */
  hint?: EmptyResultHint;
};

/** Options of {@link runCheck}. */
export interface CheckOptions extends AnalysisOptions {
  /** The language of the reasons features are left out for. */
  lang?: Lang;
}

/** Runs one check on the given layers; long loops report progress and honour the signal. */
export async function runCheck(
  spec: CheckSpec,
  layers: LayerData,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const { lang } = options;
  switch (spec.kind) {
    case 'nearest': {
      const from = resolveInput(spec.from, layers, 'any', lang);
      const to = resolveInput(spec.to, layers, 'any', lang);
      const rows = await nearestBetween(from.features, to.features, options);
      const leftOut = distinct([...from.leftOut, ...to.leftOut]);
      const hint = rows.length === 0 ? emptyInputHint(spec.from, from) : null;
      return {
        ...{ kind: 'nearest', rows, from: from.features, to: to.features, leftOut },
        ...(hint && { hint }),
      };
    }
    case 'overlap': {
      const a = resolveInput(spec.a, layers, 'polygons', lang);
      const b = resolveInput(spec.b, layers, 'polygons', lang);
      const rows = await overlapBetween(a.features, b.features, options);
      const leftOut = distinct([...a.leftOut, ...b.leftOut]);
      const hint = rows.length === 0 ? await overlapHint(spec, { a, b }, layers, options) : null;
      return {
        ...{ kind: 'overlap', rows, a: a.features, b: b.features, leftOut },
        ...(hint && { hint }),
      };
    }
    case 'corridor': {
      const of = usableLayerFeatures(spec.of, layers, 'any', lang);
      const corridors = of.features.map((feature) => bufferFeature(feature, spec.distanceMeters));
      const hint = emptyInputHint(spec.of, of);
      return {
        ...{ kind: 'corridor', corridors, of: of.features, leftOut: of.leftOut },
        ...(hint && { hint }),
      };
    }
  }
}

/** A layer checked against itself would list its left-out features twice. */
function distinct(leftOut: LeftOutFeature[]): LeftOutFeature[] {
  const seen = new Set<string>();
  return leftOut.filter((feature) => {
    const key = `${feature.layerId}\u0000${feature.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
