import type { Feature, MultiPolygon, Position } from 'geojson';
import { azimuthalEquidistant } from '../geodesy/azimuthal-equidistant.ts';
import { bufferDistanceProblem } from './buffer-distance.ts';
import { planarBuffer } from './planar-buffer.ts';
import { prepareGeometry } from './prepared-geometry.ts';

/**
 * The geodesic buffer of a feature: everything within `distanceMeters` of it on WGS84, as a
 * MultiPolygon feature keeping the source's id and properties.
 *
 * The geometry is projected to an exact ellipsoidal azimuthal equidistant plane centred on
 * its bounding box, buffered there with true circles, and projected back. Over a few tens of
 * kilometres that plane keeps distances to a few parts in a million, far inside the 0.5 % the
 * spec allows; the caps' chords add at most 0.06 %.
 */
export function bufferFeature(feature: Feature, distanceMeters: number): Feature<MultiPolygon> {
  const problem = bufferDistanceProblem(distanceMeters);
  if (problem) throw new RangeError(problem);
  const empty: Feature<MultiPolygon> = {
    type: 'Feature',
    ...(feature.id !== undefined ? { id: feature.id } : {}),
    properties: { ...(feature.properties ?? {}), buffer_m: distanceMeters },
    geometry: { type: 'MultiPolygon', coordinates: [] },
  };
  if (!feature.geometry) return empty;
  const prepared = prepareGeometry(feature.geometry);
  if (prepared.paths.length === 0) return empty;
  const [west, south, east, north] = prepared.bbox;
  const projection = azimuthalEquidistant([(west + east) / 2, (south + north) / 2]);
  const project = (ring: Position[]) => ring.map((position) => projection.forward(position));
  const planar = planarBuffer(
    prepared.paths.map(project),
    prepared.polygons.map((rings) => rings.map(project)),
    distanceMeters,
  );
  empty.geometry.coordinates = planar.map((rings) =>
    rings.map((ring) => ring.map((point) => projection.inverse(point))),
  );
  return empty;
}
