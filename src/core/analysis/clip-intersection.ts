import type { Position } from 'geojson';
import * as polyclip from 'polyclip-ts';
import polygonClipping, { type MultiPolygon as ClipperPolygons } from 'polygon-clipping';
import { restoreBoundaryVertices } from './restore-boundary-vertices.ts';

/**
 * Intersects two sets of polygons (MultiPolygon coordinates): `second` may be a cut-down copy
 * of `secondWhole`. Returns polygons with their holes in them.
 */
export type PolygonClipper = (
  first: readonly Position[][][],
  second: readonly Position[][][],
  secondWhole: readonly Position[][][],
) => Position[][][];

/** Neither clipper could intersect a pair of polygons. */
export class ClipFailure extends Error {
  override name = 'ClipFailure';
}

/**
 * The intersection of two sets of polygons (MultiPolygon coordinates, lon/lat taken as a
 * plane), as polygons with their holes in them. `second` may be the caller's cut-down copy of
 * `secondWhole` (see clip-rings-to-box.ts).
 *
 * polygon-clipping does the work: on the degenerate cases (shared edges, holes shared or
 * filled, partitions) it matches GEOS, where martinez-polygon-clipping 0.8.1 hands a hole back
 * as a polygon of its own and so counts it as shared area
 * (tests/unit/analysis-overlap-degenerate.test.ts). It is not fully robust: near-coincident
 * vertices can make it give up ("Unable to complete output ring", its issue #139). Then
 * polyclip-ts, its successor with arbitrary-precision predicates, answers on the whole
 * polygons: it survives those inputs but is ten times slower, and cutting the polygon down
 * first makes it misplace slanted collinear edges, so it is only the fallback. Both drop the
 * vertices along straight runs, which restore-boundary-vertices.ts puts back.
 */
export const clipIntersection: PolygonClipper = (first, second, secondWhole) => {
  try {
    const shared = polygonClipping.intersection(asClipper(first), asClipper(second));
    return restoreBoundaryVertices(shared, [first, second]);
  } catch (primary) {
    try {
      const shared = polyclip.intersection(asClipper(first), asClipper(secondWhole));
      return restoreBoundaryVertices(shared, [first, secondWhole]);
    } catch (fallback) {
      throw new ClipFailure(
        `polygon-clipping: ${messageOf(primary)}; polyclip-ts: ${messageOf(fallback)}`,
      );
    }
  }
};

/** Both clippers read GeoJSON positions; their types only insist on pairs. */
function asClipper(polygons: readonly Position[][][]): ClipperPolygons {
  return polygons as unknown as ClipperPolygons;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
