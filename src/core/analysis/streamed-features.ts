import type { Feature } from 'geojson';
import { positionDimensions } from '../validate/bbox-dimensions.ts';
import { checkFeature, type DocumentContext } from '../validate/feature-check.ts';
import { Reporter } from '../validate/reporter.ts';
import { UnknownProperties } from '../validate/unknown-properties.ts';
import {
  type CheckOptions,
  checkedFeature,
  findInvalidFeatures,
  type InputProblem,
  leavingProblem,
  type SkippedFeature,
} from './analysis-input.ts';

/** The fewest and most numbers (up to 3) in the positions seen so far, as RFC 7946 §5 sizes a bbox. */
export interface Dimensions {
  min: number;
  max: number;
}

/**
 * Checks the features of a FeatureCollection one at a time, each (already in WGS84) with the
 * validator rules {@link checkAnalysisFeatures} applies to the whole document, so a file read
 * in pieces leaves out the same features for the same reasons: the per-feature checks are the
 * validator's own, and the ids seen so far are kept to find a repeated one.
 */
export class StreamedFeatureCheck {
  private readonly ids = new Map<string | number, number>();
  private readonly idSpellings = new Map<string, string | number>();
  private readonly unknownProperties = new UnknownProperties();

  constructor(private readonly options: CheckOptions) {}

  /** The element at `index` of `features`, or its stand-in when it is left out, and why. */
  check(element: unknown, index: number): { feature: Feature; skipped: SkippedFeature | null } {
    const reporter = new Reporter(this.options.fileName ?? '', Number.POSITIVE_INFINITY);
    const context: DocumentContext = {
      reporter,
      layer: null,
      ids: this.ids,
      idSpellings: this.idSpellings,
      unknownProperties: this.unknownProperties,
      region: 'none',
    };
    checkFeature(element, index, `features[${index}]`, context);
    const problems: InputProblem[] = [];
    for (const finding of reporter.render(this.options.lang ?? 'en')) {
      const problem = leavingProblem(finding, false);
      if (problem) problems.push(problem);
    }
    return checkedFeature(element, index, problems, this.options.requirement);
  }
}

/**
 * The dimensions of an element's positions merged into those seen so far; the collection's own
 * `bbox` is checked against them once every feature has been read.
 */
export function mergeDimensions(
  seen: Dimensions | undefined,
  element: unknown,
): Dimensions | undefined {
  const own = positionDimensions(element);
  if (!own) return seen;
  if (!seen) return own;
  return { min: Math.min(seen.min, own.min), max: Math.max(seen.max, own.max) };
}

/**
 * Checks a FeatureCollection without its features (in WGS84: its `crs` member already read)
 * as {@link checkAnalysisFeatures} checks the whole document, throwing the same
 * AnalysisInputError for errors of the document itself. `dimensions` are those of all the
 * features' positions, which size the collection's `bbox`: a stub feature holding positions of
 * those sizes stands in for them, its own findings ignored.
 */
export function checkCollectionSkeleton(
  skeleton: Record<string, unknown>,
  dimensions: Dimensions | undefined,
  options: Omit<CheckOptions, 'requirement'>,
): void {
  const stub = dimensions && {
    type: 'Feature',
    properties: null,
    geometry: {
      type: 'MultiPoint',
      coordinates: [dimensions.min, dimensions.max].map((size) => new Array(size).fill(0)),
    },
  };
  findInvalidFeatures({ ...skeleton, features: stub ? [stub] : [] }, options);
}
