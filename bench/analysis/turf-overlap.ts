import * as turf from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** One overlapping pair as the Turf baseline reports it. */
export interface TurfOverlapRow {
  aId: string;
  bId: string;
  overlapSquareMeters: number;
}

type PolygonFeature = Feature<Polygon | MultiPolygon>;

/**
 * The baseline: what a Turf-only app would do. A bounding-box index (the same flatbush the
 * engine uses, so the comparison is about clipping and measuring), `turf.intersect` for the
 * shared shape and `turf.area` (spherical) for its size.
 */
export function turfOverlap(
  a: readonly PolygonFeature[],
  b: readonly PolygonFeature[],
): TurfOverlapRow[] {
  const index = new Flatbush(b.length);
  for (const feature of b) {
    const [west, south, east, north] = turf.bbox(feature);
    index.add(west, south, east, north);
  }
  index.finish();
  const rows: TurfOverlapRow[] = [];
  a.forEach((aFeature, i) => {
    const [west, south, east, north] = turf.bbox(aFeature);
    const candidates = index.search(west, south, east, north).sort((x, y) => x - y);
    for (const j of candidates) {
      const bFeature = b[j] as PolygonFeature;
      const shared = turf.intersect(turf.featureCollection([aFeature, bFeature]));
      if (!shared) continue;
      const overlapSquareMeters = turf.area(shared);
      if (!(overlapSquareMeters > 0)) continue;
      rows.push({
        aId: String(aFeature.id ?? i),
        bId: String(bFeature.id ?? j),
        overlapSquareMeters,
      });
    }
  });
  return rows;
}
