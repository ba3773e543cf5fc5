import type { Feature, MultiPolygon } from 'geojson';
import { bufferFeature } from '../analysis/buffer-feature.ts';
import { type NearestRow, nearestBetween } from '../analysis/nearest-between.ts';
import type { AnalysisOptions } from '../analysis/options.ts';
import { type OverlapRow, overlapBetween } from '../analysis/overlap-between.ts';
import type { CheckSpec } from './check-spec.ts';
import { type LayerData, layerFeatures, resolveInput } from './resolve-input.ts';

/**
 * What a check found, in the analysis core's own row types (so the app exports exactly what
 * `giapranh analyze` prints), with the input features the rows point into.
 */
export type CheckOutcome =
  | { kind: 'nearest'; rows: NearestRow[]; from: Feature[]; to: Feature[] }
  | { kind: 'overlap'; rows: OverlapRow[]; a: Feature[]; b: Feature[] }
  | { kind: 'corridor'; corridors: Feature<MultiPolygon>[]; of: Feature[] };

/** Runs one check on the given layers; long loops report progress and honour the signal. */
export async function runCheck(
  spec: CheckSpec,
  layers: LayerData,
  options: AnalysisOptions = {},
): Promise<CheckOutcome> {
  switch (spec.kind) {
    case 'nearest': {
      const from = resolveInput(spec.from, layers);
      const to = resolveInput(spec.to, layers);
      return { kind: 'nearest', rows: await nearestBetween(from, to, options), from, to };
    }
    case 'overlap': {
      const a = resolveInput(spec.a, layers);
      const b = resolveInput(spec.b, layers);
      return { kind: 'overlap', rows: await overlapBetween(a, b, options), a, b };
    }
    case 'corridor': {
      const of = layerFeatures(spec.of, layers);
      const corridors = of.map((feature) => bufferFeature(feature, spec.distanceMeters));
      return { kind: 'corridor', corridors, of };
    }
  }
}
