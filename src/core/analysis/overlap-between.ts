import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { geodesicAreaSquareMeters } from '../geodesy/geodesic-area-square-meters.ts';
import { ClipFailure } from './clip-intersection.ts';
import { featureId } from './feature-identity.ts';
import { type BoxedPolygons, intersectPolygons } from './intersect-polygons.ts';
import { type AnalysisOptions, checkpoint } from './options.ts';
import { polygonParts } from './polygon-parts.ts';

/** One overlapping pair of polygons and the area they share. */
export interface OverlapRow {
  aIndex: number;
  bIndex: number;
  aId: string;
  bId: string;
  /** Shared area on WGS84, square metres. */
  overlapSquareMeters: number;
  /**
   * The shared area as a fraction of A's area: 0–1 on valid input. Never capped, so a value
   * above 1 (a bug, or input the validator refuses) shows instead of reading as 100 %.
   */
  shareOfA: number;
  /** The shared area as a fraction of B's area, like {@link OverlapRow.shareOfA}. */
  shareOfB: number;
  /** The shared polygons. */
  geometry: MultiPolygon;
}

/** Options of {@link overlapBetween}. */
export interface OverlapOptions extends AnalysisOptions {
  /** Only these features of A, [start, end) (the CLI splits the work between threads). */
  aRange?: readonly [number, number];
}

interface PolygonSide {
  parts: (BoxedPolygons | null)[];
  areas: Map<number, number>;
}

/**
 * Every pair (a of A, b of B) of polygonal features that share area, with the shared area on
 * WGS84 and its share of each. Candidate pairs come from a flatbush index of B's bounding
 * boxes; the intersection is computed in lon/lat (edges straight in lon/lat, as GEOS does)
 * and measured with GeographicLib. Pairs that only touch share no area and are left out.
 * Rows are ordered by A index, then B index. Non-polygonal features are skipped.
 */
export async function overlapBetween(
  aFeatures: readonly Feature[],
  bFeatures: readonly Feature[],
  options: OverlapOptions = {},
): Promise<OverlapRow[]> {
  const [start, end] = options.aRange ?? [0, aFeatures.length];
  const a: PolygonSide = { parts: [], areas: new Map() };
  for (let i = start; i < end; i++) a.parts[i] = boxedParts(aFeatures[i] as Feature);
  const b: PolygonSide = { parts: bFeatures.map(boxedParts), areas: new Map() };
  const index = indexBoxes(b.parts);
  const progress = checkpoint(options, end - start);
  const rows: OverlapRow[] = [];
  for (let i = start; i < end; i++) {
    const aParts = a.parts[i];
    if (aParts && index) {
      for (const j of searchBoxes(index, aParts.box)) {
        const row = overlapPairNamed(a, i, b, j, aFeatures, bFeatures);
        if (row) rows.push(row);
      }
    }
    await progress.tick(i - start + 1);
  }
  progress.finish();
  return rows;
}

/** {@link overlapPair} with the features' ids; a clipper failure names the two features. */
function overlapPairNamed(
  a: PolygonSide,
  i: number,
  b: PolygonSide,
  j: number,
  aFeatures: readonly Feature[],
  bFeatures: readonly Feature[],
): OverlapRow | null {
  const aId = () => featureId(aFeatures[i] as Feature, i);
  const bId = () => featureId(bFeatures[j] as Feature, j);
  try {
    const row = overlapPair(a, i, b, j);
    return row && { ...row, aId: aId(), bId: bId() };
  } catch (error) {
    if (!(error instanceof ClipFailure)) throw error;
    throw new ClipFailure(
      `Cannot intersect A feature ${aId()} (index ${i}) with B feature ${bId()} (index ${j}): ${error.message}`,
      { cause: error },
    );
  }
}

function overlapPair(
  a: PolygonSide,
  i: number,
  b: PolygonSide,
  j: number,
): Omit<OverlapRow, 'aId' | 'bId'> | null {
  const aParts = a.parts[i] as BoxedPolygons;
  const bParts = b.parts[j] as BoxedPolygons;
  const shared = intersectPolygons(aParts, bParts);
  if (shared.kind === 'none') return null;
  let polygons: Position[][][];
  let overlapSquareMeters: number;
  if (shared.kind === 'clipped') {
    polygons = shared.polygons;
    overlapSquareMeters = geodesicAreaSquareMeters({ type: 'MultiPolygon', coordinates: polygons });
  } else {
    const [side, k, parts] = shared.kind === 'first' ? [a, i, aParts] : [b, j, bParts];
    polygons = parts.polygons;
    overlapSquareMeters = areaOf(side, k);
  }
  if (!(overlapSquareMeters > 0)) return null;
  return {
    aIndex: i,
    bIndex: j,
    overlapSquareMeters,
    shareOfA: share(overlapSquareMeters, areaOf(a, i)),
    shareOfB: share(overlapSquareMeters, areaOf(b, j)),
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

/**
 * How far past 1 a share may round: the clipper's output is measured apart from the whole, so
 * all of a polygon can come out a few 1e-15 larger than itself.
 */
const SHARE_ROUNDING = 1e-9;

/** A fraction; only a rounding hair past 1 is taken as 1, anything more is left to show. */
function share(partSquareMeters: number, wholeSquareMeters: number): number {
  if (!(wholeSquareMeters > 0)) return 0;
  const fraction = partSquareMeters / wholeSquareMeters;
  return fraction > 1 && fraction <= 1 + SHARE_ROUNDING ? 1 : fraction;
}

function areaOf(side: PolygonSide, index: number): number {
  const cached = side.areas.get(index);
  if (cached !== undefined) return cached;
  const parts = side.parts[index];
  const area = parts
    ? geodesicAreaSquareMeters({ type: 'MultiPolygon', coordinates: parts.polygons })
    : 0;
  side.areas.set(index, area);
  return area;
}

/** A feature's polygons with their box and vertex count, or null when it has none. */
export function boxedParts(feature: Feature): BoxedPolygons | null {
  const polygons = polygonParts(feature);
  if (!polygons) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let vertexCount = 0;
  for (const rings of polygons) {
    for (const ring of rings) vertexCount += ring.length;
    for (const position of rings[0] ?? []) {
      const lon = position[0] as number;
      const lat = position[1] as number;
      if (lon < box[0]) box[0] = lon;
      if (lat < box[1]) box[1] = lat;
      if (lon > box[2]) box[2] = lon;
      if (lat > box[3]) box[3] = lat;
    }
  }
  if (vertexCount === 0) return null;
  return { polygons, box, vertexCount };
}

interface BoxIndex {
  tree: Flatbush;
  ids: number[];
}

function indexBoxes(parts: readonly (BoxedPolygons | null)[]): BoxIndex | null {
  const ids: number[] = [];
  parts.forEach((boxed, i) => {
    if (boxed) ids.push(i);
  });
  if (ids.length === 0) return null;
  const tree = new Flatbush(ids.length);
  for (const id of ids) {
    const box = (parts[id] as BoxedPolygons).box;
    tree.add(box[0], box[1], box[2], box[3]);
  }
  tree.finish();
  return { tree, ids };
}

function searchBoxes(index: BoxIndex, box: readonly number[]): number[] {
  return index.tree
    .search(box[0] as number, box[1] as number, box[2] as number, box[3] as number)
    .map((item) => index.ids[item] as number)
    .sort((x, y) => x - y);
}
