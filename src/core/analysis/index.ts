export { geodesicAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
export { geodesicDistanceMeters } from '../geodesy/geodesic-distance-meters.ts';
export { geodesicLengthMeters } from '../geodesy/geodesic-length-meters.ts';
export {
  AnalysisInputError,
  type CheckedFeatures,
  checkAnalysisFeatures,
  type FeatureRequirement,
  type InputProblem,
  keptFeatures,
  type SkippedFeature,
} from './analysis-input.ts';
export { BUFFER_DISTANCE_METERS, bufferDistanceProblem } from './buffer-distance.ts';
export { bufferFeature } from './buffer-feature.ts';
export { ClipFailure } from './clip-intersection.ts';
export { featureId, featureName } from './feature-identity.ts';
export { geometryDistance } from './geometry-distance.ts';
export { type FeatureMeasure, measureFeature } from './measure-feature.ts';
export { type NearestOptions, type NearestRow, nearestBetween } from './nearest-between.ts';
export type { AnalysisOptions } from './options.ts';
export { type OverlapOptions, type OverlapRow, overlapBetween } from './overlap-between.ts';
export { type AnalysisInput, readAnalysisInput } from './parse-feature-input.ts';
export type { ClosestPair } from './refine-candidates.ts';
export {
  type MeasuredFeature,
  type OutputFormat,
  serializeBuffers,
  serializeMeasures,
  serializeNearest,
  serializeOverlaps,
} from './serialize-rows.ts';
export { describeSkipped, skippedReport, skippedSummary } from './skipped-report.ts';
