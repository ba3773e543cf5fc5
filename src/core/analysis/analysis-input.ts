import type { Feature } from 'geojson';
import type { Lang } from '../i18n/messages.ts';
import { GEOMETRY_TYPES } from '../validate/shape.ts';
import type { Finding } from '../validate/types.ts';
import { validateObject } from '../validate/validate.ts';
import { featureId } from './feature-identity.ts';
import { polygonParts } from './polygon-parts.ts';

/** Why an input cannot be analysed at all, and where in it. */
export class AnalysisInputError extends Error {
  override name = 'AnalysisInputError';
}

/** What the features must be: anything (measure, nearest, buffer) or polygons (overlap). */
export type FeatureRequirement = 'any' | 'polygons';

/** One problem that left a feature out, as the validator words it. */
export interface InputProblem {
  /** The validator's finding code (`ring-self-intersection`, …), or `not-polygon`. */
  code: string;
  /** Inside the feature, e.g. `geometry.coordinates[0][3]`; `''` for the feature itself. */
  path: string;
  message: string;
}

/**
 * A feature the analysis left out. `invalid`: the validator finds an error in it (mostly its
 * geometry breaking a validity rule), so a number for it would be wrong or ambiguous.
 * `not-applicable`: it is fine, but not what the analysis takes (a line given to overlap).
 */
export interface SkippedFeature {
  index: number;
  /** As the result rows name features: the top-level id, or `#index`. */
  id: string;
  reason: 'invalid' | 'not-applicable';
  problems: InputProblem[];
}

/** The features to analyse and those left out. */
export interface CheckedFeatures {
  /**
   * Every feature of the input, in order. A left-out feature stands in with a null geometry,
   * so the others keep their index (and their `#index` id), and the analyses pass it by.
   */
  features: Feature[];
  skipped: SkippedFeature[];
  /** The indices of `skipped`, for filtering rows. */
  skippedIndices: ReadonlySet<number>;
}

export interface CheckOptions {
  requirement: FeatureRequirement;
  /** Named in messages. */
  fileName?: string;
  /** The language of the validator's messages. */
  lang?: Lang;
}

/** Problems listed per feature: the first few say enough. */
const PROBLEMS_PER_FEATURE = 3;

/** Whole-input problems listed in an AnalysisInputError. */
const MAX_DOCUMENT_PROBLEMS = 10;

/**
 * A region rule, not a validity rule: numbers far from Hà Nội – Vĩnh Phúc are still right,
 * so a colleague's file of another province is analysed (positions that are not longitude/
 * latitude at all carry other codes and are left out).
 */
const HARMLESS_CODES: ReadonlySet<string> = new Set(['coordinates-far-outside']);

/** The features that were not left out, each with its index in the input. */
export function keptFeatures(checked: CheckedFeatures): { feature: Feature; index: number }[] {
  const kept: { feature: Feature; index: number }[] = [];
  checked.features.forEach((feature, index) => {
    if (!checked.skippedIndices.has(index)) kept.push({ feature, index });
  });
  return kept;
}

/**
 * Checks a parsed GeoJSON document (WGS84) with the validator before any analysis: a feature
 * the validator finds an error in (a ring crossing itself, an unclosed ring, a hole crossing
 * its shell, overlapping parts, a one-position line, a duplicate id, …) is left out with the
 * reasons, since GEOS-style numbers for it would be wrong or ambiguous; with `polygons`
 * required, features without polygons are left out too. Errors of the document itself (not
 * GeoJSON, no `features` array) throw an {@link AnalysisInputError}.
 */
export function checkAnalysisFeatures(document: unknown, options: CheckOptions): CheckedFeatures {
  const features = featuresOf(document);
  return leaveOut(features, findInvalidFeatures(document, options), options.requirement);
}

/**
 * The validator's errors per feature index (for a lone Feature or geometry, index 0). Throws
 * an {@link AnalysisInputError} for errors of the document itself.
 */
export function findInvalidFeatures(
  document: unknown,
  options: Omit<CheckOptions, 'requirement'>,
): Map<number, InputProblem[]> {
  const result = validateObject(document, {
    fileName: options.fileName ?? '',
    layer: null,
    region: 'none',
    maxFindings: Number.POSITIVE_INFINITY,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  const lone = (document as { type?: unknown } | null)?.type !== 'FeatureCollection';
  const problems = new Map<number, InputProblem[]>();
  const documentProblems: string[] = [];
  for (const finding of result.findings) {
    if (finding.severity !== 'error' || HARMLESS_CODES.has(finding.code)) continue;
    const index = finding.featureIndex ?? (lone ? 0 : undefined);
    if (index === undefined) {
      documentProblems.push(finding.path ? `${finding.path}: ${finding.message}` : finding.message);
      continue;
    }
    const list = problems.get(index) ?? [];
    list.push(inputProblem(finding, lone));
    problems.set(index, list);
  }
  if (documentProblems.length > 0) {
    throw new AnalysisInputError(documentProblems.slice(0, MAX_DOCUMENT_PROBLEMS).join('\n  '));
  }
  return problems;
}

/**
 * Whether a validator finding leaves a feature out (an error of a validity rule, not of the
 * region), and the problem it names, its path taken from the feature down.
 */
export function leavingProblem(finding: Finding, lone: boolean): InputProblem | undefined {
  if (finding.severity !== 'error' || HARMLESS_CODES.has(finding.code)) return undefined;
  return inputProblem(finding, lone);
}

function inputProblem(finding: Finding, lone: boolean): InputProblem {
  return { code: finding.code, path: withinFeature(finding, lone), message: finding.message };
}

function leaveOut(
  features: readonly Feature[],
  problems: ReadonlyMap<number, InputProblem[]>,
  requirement: FeatureRequirement,
): CheckedFeatures {
  const kept: Feature[] = [];
  const skipped: SkippedFeature[] = [];
  features.forEach((item, index) => {
    const checked = checkedFeature(item, index, problems.get(index), requirement);
    if (checked.skipped) skipped.push(checked.skipped);
    kept.push(checked.feature);
  });
  return { features: kept, skipped, skippedIndices: new Set(skipped.map((s) => s.index)) };
}

/**
 * One element of the input as the analyses take it: the feature, or a stand-in without
 * geometry when it is left out (then `skipped` says why).
 */
export function checkedFeature(
  item: unknown,
  index: number,
  invalid: readonly InputProblem[] | undefined,
  requirement: FeatureRequirement,
): { feature: Feature; skipped: SkippedFeature | null } {
  const feature = isRecord(item) ? (item as unknown as Feature) : ({} as Feature);
  const skipped = leftOutFeature(feature, index, invalid, requirement);
  return { feature: skipped ? standIn(feature) : feature, skipped };
}

/**
 * Why the feature at `index` is left out (its validator errors first, then the requirement),
 * or null when it can be analysed.
 */
export function leftOutFeature(
  feature: Feature,
  index: number,
  invalid: readonly InputProblem[] | undefined,
  requirement: FeatureRequirement,
): SkippedFeature | null {
  const id = featureId(feature, index);
  if (invalid && invalid.length > 0) {
    return { index, id, reason: 'invalid', problems: invalid.slice(0, PROBLEMS_PER_FEATURE) };
  }
  const nested = nestingProblem(feature);
  if (nested) return { index, id, reason: 'invalid', problems: [nested] };
  const unfit = unfitness(feature, requirement);
  return unfit ? { index, id, reason: 'not-applicable', problems: [unfit] } : null;
}

function unfitness(feature: Feature, requirement: FeatureRequirement): InputProblem | undefined {
  if (requirement !== 'polygons' || polygonParts(feature)) return undefined;
  const type = feature.geometry?.type;
  return {
    code: 'not-polygon',
    path: 'geometry',
    message: type
      ? `a ${type}: this analysis needs polygons (Polygon or MultiPolygon)`
      : 'no geometry: this analysis needs polygons (Polygon or MultiPolygon)',
  };
}

/**
 * Results carry a feature's members back out as JSON, and `JSON.stringify` overflows the stack
 * a few thousand levels down: a feature whose properties (or other members) nest deeper than
 * anyone's data does is left out, rather than crash the output after the work is done.
 */
const MAX_MEMBER_DEPTH = 256;

/** Walks every member but the (validator-checked) geometry, without recursion. */
function nestingProblem(feature: Feature): InputProblem | undefined {
  const stack: [unknown, number][] = [];
  for (const [key, value] of Object.entries(feature)) {
    if (key !== 'geometry') stack.push([value, 1]);
  }
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_MEMBER_DEPTH) {
      return {
        code: 'nesting-too-deep',
        path: '',
        message: `the feature's members nest more than ${MAX_MEMBER_DEPTH} levels deep: its results could not be written out`,
      };
    }
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return undefined;
}

/** The feature without its geometry: what every analysis passes by. */
function standIn(feature: Feature): Feature {
  return {
    type: 'Feature',
    ...(feature.id !== undefined ? { id: feature.id } : {}),
    properties: isRecord(feature.properties) ? feature.properties : null,
    geometry: null,
  } as unknown as Feature;
}

function featuresOf(document: unknown): Feature[] {
  if (!isRecord(document)) {
    throw new AnalysisInputError(`expected a GeoJSON object, found ${describe(document)}`);
  }
  if (document.type === 'FeatureCollection') {
    if (Array.isArray(document.features)) return document.features as Feature[];
    throw new AnalysisInputError('the FeatureCollection has no "features" array');
  }
  if (document.type === 'Feature') return [document as unknown as Feature];
  if (typeof document.type !== 'string' || !GEOMETRY_TYPES.includes(document.type)) {
    throw new AnalysisInputError(
      `expected a GeoJSON FeatureCollection, Feature or geometry, found the type ${describe(document.type)}`,
    );
  }
  // A bare geometry, as `giapranh validate` accepts it: one feature without properties.
  return [{ type: 'Feature', properties: null, geometry: document as never }];
}

/** The finding's path from the feature down (`geometry.coordinates[0]`), as people read it. */
function withinFeature(finding: Finding, lone: boolean): string {
  if (lone) return finding.path;
  return finding.path.replace(/^features\[\d+\]\.?/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
