import type { Feature } from 'geojson';
import { ROADS, type RoadFact } from '../facts/roads.ts';
import { feature } from '../feature.ts';

/** The me-linh-axis-roads layer, one feature per road of geo-facts §2. */
export function axisRoadsLayer(): Feature[] {
  return ROADS.map(roadFeature);
}

function roadFeature(road: RoadFact): Feature {
  return feature(
    road.id,
    {
      name: road.name,
      name_en: road.nameEn,
      source: road.source,
      accuracy: road.accuracy,
      accuracy_m: road.accuracyM,
      status: road.status,
      notes: road.notes,
      road_class: road.roadClass,
      length_km_stated: road.lengthKmStated,
      width_m: road.widthM,
      lanes: road.lanes,
    },
    { type: 'LineString', coordinates: road.positions },
  );
}
