import type { Feature, Point } from 'geojson';

/** Label rank of each OSM place class: 1 is the provinces, 6 the 2025 communes. */
const OSM_RANK: Record<string, number> = { city: 2, town: 3, suburb: 4, village: 5, hamlet: 5 };

/** An OSM place this close to one of the app's own named places is the same place. */
const SAME_PLACE_KM = 3;

const KM_PER_DEGREE = 111.2;

function distanceKm(a: Point, b: Point): number {
  const [ax, ay] = a.coordinates as [number, number];
  const [bx, by] = b.coordinates as [number, number];
  const dx = (ax - bx) * Math.cos((((ay + by) / 2) * Math.PI) / 180);
  return Math.hypot(dx, ay - by) * KM_PER_DEGREE;
}

const baseName = (name: string) => name.split(' (')[0]!.trim().toLocaleLowerCase('vi');

/**
 * The place labels: the app's own (provinces, towns, districts, landmarks, with English names),
 * then the 2018 OSM places with their Vietnamese names, less those the app already names nearby.
 */
export function basemapPlaces(
  own: GeoJSON.FeatureCollection,
  osmPlaces: readonly Feature[],
): Feature[] {
  const ownPlaces = own.features.flatMap((f): Feature<Point>[] => {
    if (f.properties?.kind !== 'place' || f.geometry?.type !== 'Point') return [];
    const { name, name_en, rank } = f.properties;
    return [{ type: 'Feature', properties: { name, name_en, rank }, geometry: f.geometry }];
  });
  const known = (name: string, at: Point) =>
    ownPlaces.some(
      (p) =>
        baseName(String(p.properties?.name)) === baseName(name) &&
        distanceKm(p.geometry, at) < SAME_PLACE_KM,
    );
  const osm = osmPlaces.flatMap((f): Feature[] => {
    const name = f.properties?.name;
    const rank = OSM_RANK[String(f.properties?.fclass)];
    if (typeof name !== 'string' || !name || !rank || f.geometry?.type !== 'Point') return [];
    if (known(name, f.geometry)) return [];
    return [{ type: 'Feature', properties: { name, rank }, geometry: f.geometry }];
  });
  return [...ownPlaces, ...osm];
}
