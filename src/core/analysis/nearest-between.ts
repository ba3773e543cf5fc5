import Flatbush from 'flatbush';
import type { Feature } from 'geojson';
import { type LocalPlane, localPlaneAt } from '../geodesy/local-plane.ts';
import { featureId } from './feature-identity.ts';
import { type AnalysisOptions, checkpoint } from './options.ts';
import {
  findContact,
  type PairCandidate,
  type PlanarSlack,
  planarSlack,
  planarThreshold,
  scanPlanarCandidates,
  widenBox,
} from './planar-candidates.ts';
import { type PreparedGeometry, prepareGeometry } from './prepared-geometry.ts';
import { type ClosestPair, refineCandidates } from './refine-candidates.ts';

/** For one "from" feature: the nearest "to" feature and the two closest points. */
export interface NearestRow {
  fromIndex: number;
  fromId: string;
  /** Null when there is nothing to measure to (no "to" features, or an empty geometry). */
  toIndex: number | null;
  toId: string | null;
  distanceMeters: number | null;
  from: [number, number] | null;
  to: [number, number] | null;
}

/** Options of {@link nearestBetween}. */
export interface NearestOptions extends AnalysisOptions {
  /** Only these "from" features, [start, end) (the CLI splits the work between threads). */
  fromRange?: readonly [number, number];
}

/**
 * For each feature of `fromFeatures`, the nearest feature of `toFeatures` on WGS84, with the
 * ellipsoidal shortest distance and the two closest points (0 when they touch or overlap).
 *
 * Candidates come from a flatbush index of the "to" bounding boxes and a local plane; the few
 * vertex–edge pairs that could be the closest are then measured exactly with GeographicLib.
 */
export async function nearestBetween(
  fromFeatures: readonly Feature[],
  toFeatures: readonly Feature[],
  options: NearestOptions = {},
): Promise<NearestRow[]> {
  const targets = toFeatures.map((feature) =>
    feature.geometry ? prepareGeometry(feature.geometry) : null,
  );
  const index = indexTargets(targets);
  const [start, end] = options.fromRange ?? [0, fromFeatures.length];
  const progress = checkpoint(options, end - start);
  const rows: NearestRow[] = [];
  for (let i = start; i < end; i++) {
    const feature = fromFeatures[i] as Feature;
    const closest = feature.geometry
      ? nearestTarget(prepareGeometry(feature.geometry), targets, index)
      : null;
    rows.push(toRow(i, feature, closest, toFeatures));
    await progress.tick(i - start + 1);
  }
  progress.finish();
  return rows;
}

function toRow(
  fromIndex: number,
  feature: Feature,
  closest: ClosestPair | null,
  toFeatures: readonly Feature[],
): NearestRow {
  const fromId = featureId(feature, fromIndex);
  if (!closest) {
    return {
      fromIndex,
      fromId,
      toIndex: null,
      toId: null,
      distanceMeters: null,
      from: null,
      to: null,
    };
  }
  const target = toFeatures[closest.toIndex] as Feature;
  return {
    fromIndex,
    fromId,
    toIndex: closest.toIndex,
    toId: featureId(target, closest.toIndex),
    distanceMeters: closest.distanceMeters,
    from: closest.from,
    to: closest.to,
  };
}

/** The bounding boxes of the targets, indexed in degrees (the search widens them in metres). */
interface TargetIndex {
  tree: Flatbush | null;
  ids: number[];
}

function indexTargets(targets: readonly (PreparedGeometry | null)[]): TargetIndex {
  const ids: number[] = [];
  targets.forEach((target, i) => {
    if (target && target.paths.length > 0) ids.push(i);
  });
  if (ids.length === 0) return { tree: null, ids };
  const tree = new Flatbush(ids.length);
  for (const id of ids) {
    const bbox = (targets[id] as PreparedGeometry).bbox;
    tree.add(bbox[0], bbox[1], bbox[2], bbox[3]);
  }
  tree.finish();
  return { tree, ids };
}

function nearestTarget(
  source: PreparedGeometry,
  targets: readonly (PreparedGeometry | null)[],
  index: TargetIndex,
): ClosestPair | null {
  if (!index.tree || source.paths.length === 0) return null;
  const referenceLat = (source.bbox[1] + source.bbox[3]) / 2;
  const plane = localPlaneAt(referenceLat);
  const reachMeters = initialReachMeters(source, targets, index, plane, referenceLat);
  const found = index.tree
    .search(...widenBox(source.bbox, reachMeters, plane))
    .map((item) => index.ids[item] as number)
    .sort((a, b) => a - b);
  const contact = firstContact(source, targets, found, plane);
  if (contact) return contact;
  const slacks = new Map<number, PlanarSlack>();
  const candidates: PairCandidate[] = [];
  let minPlanarMeters = Infinity;
  for (const toIndex of found) {
    const target = targets[toIndex] as PreparedGeometry;
    const slack = planarSlack(source, target, referenceLat);
    const threshold = Math.min(reachMeters, planarThreshold(minPlanarMeters, slack));
    if (bboxGapMeters(source.bbox, target.bbox, plane) > threshold) continue;
    slacks.set(toIndex, slack);
    const scan = scanPlanarCandidates(
      source,
      target,
      toIndex,
      plane,
      slack,
      minPlanarMeters,
      threshold,
      candidates,
    );
    minPlanarMeters = scan.minPlanarMeters;
  }
  return refineCandidates(
    candidates,
    minPlanarMeters,
    (toIndex) => slacks.get(toIndex) as PlanarSlack,
  );
}

/**
 * The lowest-indexed target the source touches, crosses or overlaps, checked before any
 * distance work: in planning data most features touch something.
 */
function firstContact(
  source: PreparedGeometry,
  targets: readonly (PreparedGeometry | null)[],
  found: readonly number[],
  plane: LocalPlane,
): ClosestPair | null {
  for (const toIndex of found) {
    const target = targets[toIndex] as PreparedGeometry;
    if (bboxGapMeters(source.bbox, target.bbox, plane) > 0) continue;
    const contact = findContact(source, target);
    if (!contact) continue;
    const lonLat: [number, number] = [contact[0] as number, contact[1] as number];
    return { distanceMeters: 0, from: lonLat, to: [...lonLat], toIndex };
  }
  return null;
}

/**
 * An upper bound on the nearest distance: the planar distance to the target whose box is
 * nearest the source's centre, widened by that pair's error margin. Every closer target lies
 * within this reach of the source's box.
 */
function initialReachMeters(
  source: PreparedGeometry,
  targets: readonly (PreparedGeometry | null)[],
  index: TargetIndex,
  plane: LocalPlane,
  referenceLat: number,
): number {
  const tree = index.tree as Flatbush;
  const centerLon = (source.bbox[0] + source.bbox[2]) / 2;
  const [first] = tree.neighbors(centerLon, referenceLat, 1);
  const target = targets[index.ids[first as number] as number] as PreparedGeometry;
  const slack = planarSlack(source, target, referenceLat);
  const scan = scanPlanarCandidates(source, target, 0, plane, slack, Infinity, Infinity, []);
  if (scan.contact) return 0;
  return (planarThreshold(scan.minPlanarMeters, slack) + 1) * 1.05;
}

function bboxGapMeters(a: readonly number[], b: readonly number[], plane: LocalPlane): number {
  const gapLon = Math.max(
    0,
    (b[0] as number) - (a[2] as number),
    (a[0] as number) - (b[2] as number),
  );
  const gapLat = Math.max(
    0,
    (b[1] as number) - (a[3] as number),
    (a[1] as number) - (b[3] as number),
  );
  return Math.hypot(gapLon * plane.metersPerDegreeLon, gapLat * plane.metersPerDegreeLat);
}
