import type { Feature } from 'geojson';
import { nearestBetween } from '../analysis/nearest-between.ts';
import type { AnalysisOptions } from '../analysis/options.ts';
import type { FeatureNames } from '../analysis/serialize-rows.ts';
import type { Lang } from '../i18n/messages.ts';
import { type CheckInput, isCorridorInput } from './check-spec.ts';
import type { LayerData } from './resolve-input.ts';
import { featureNames } from './row-names.ts';
import { type UsableFeatures, usableLayerFeatures } from './usable-features.ts';

/**
 * Why a check found no rows, so an empty table is not a dead end: an input had no features
 * (a filter or a `where` left none), or the two sides never meet, and how far apart their
 * nearest pair is.
 */
export type EmptyResultHint =
  | {
      kind: 'empty-input';
      layerId: string;
      /** Whether the layer had features the check left out (listed with the result). */
      leftOut: boolean;
    }
  | {
      kind: 'nearest-pair';
      a: FeatureNames;
      b: FeatureNames;
      /** Ellipsoidal shortest distance between the two features (0 when they only touch). */
      distanceMeters: number;
      /**
       * The corridor widths the check drew around either side: the distance is measured
       * between the features themselves, so it reads against these.
       */
      corridorMeters: number[];
    };

const layerIdOf = (input: CheckInput): string =>
  isCorridorInput(input) ? input.corridorOf.layerId : input.layerId;

/**
 * The hint for an overlap without rows: the first empty side, else the nearest pair of
 * features of A and B on WGS84 (corridors are measured from what they surround). Null when no
 * pair can be measured (empty geometries only).
 */
export async function overlapHint(
  spec: { a: CheckInput; b: CheckInput },
  resolved: { a: UsableFeatures; b: UsableFeatures },
  layers: LayerData,
  options: AnalysisOptions & { lang?: Lang } = {},
): Promise<EmptyResultHint | null> {
  const empty = emptyInputHint(spec.a, resolved.a) ?? emptyInputHint(spec.b, resolved.b);
  if (empty) return empty;
  const a = measuredSide(spec.a, resolved.a.features, layers, options.lang);
  const b = measuredSide(spec.b, resolved.b.features, layers, options.lang);
  // Only the signal: the check's progress bar has already finished.
  const rows = await nearestBetween(a, b, options.signal ? { signal: options.signal } : {});
  let best: (typeof rows)[number] | null = null;
  for (const row of rows) {
    if (row.distanceMeters === null) continue;
    if (!best || row.distanceMeters < (best.distanceMeters as number)) best = row;
  }
  if (!best || best.toIndex === null) return null;
  return {
    kind: 'nearest-pair',
    a: featureNames(a[best.fromIndex], best.fromIndex),
    b: featureNames(b[best.toIndex], best.toIndex),
    distanceMeters: best.distanceMeters as number,
    corridorMeters: [spec.a, spec.b].flatMap((input) =>
      isCorridorInput(input) ? [input.distanceMeters] : [],
    ),
  };
}

/** The hint for an input that has no features to check, or null when it has some. */
export function emptyInputHint(input: CheckInput, usable: UsableFeatures): EmptyResultHint | null {
  if (usable.features.length > 0) return null;
  const layerId = layerIdOf(input);
  const leftOut = usable.leftOut.some((feature) => feature.layerId === layerId);
  return { kind: 'empty-input', layerId, leftOut };
}

/** What a side is measured from: its features, or for a corridor the features it surrounds. */
function measuredSide(
  input: CheckInput,
  resolved: readonly Feature[],
  layers: LayerData,
  lang: Lang | undefined,
): readonly Feature[] {
  if (!isCorridorInput(input)) return resolved;
  return usableLayerFeatures(input.corridorOf, layers, 'any', lang).features;
}
