import type { Feature, Polygon, Position } from 'geojson';
import { DAI_LAI_LAKE, NOI_BAI_ARP, type PlaceFact, TAM_DAO, TOWNS } from '../facts/places.ts';
import { feature } from '../feature.ts';

/** Vertices of the area-true lake polygon. */
export const LAKE_SIDES = 32;

/** The context layer: Red River, Nội Bài airport, towns, Đại Lải lake, Tam Đảo. */
export function contextLayer(redRiver: readonly Position[], lake: Polygon): Feature[] {
  return [
    feature(
      'river-red',
      {
        name: 'Sông Hồng',
        name_en: 'Red River',
        source:
          'Shared edges of the 2019 district polygons along the river (the provincial border mid-channel, and Mê Linh’s southern edge); geo-facts §4.2',
        accuracy: 'digitised',
        accuracy_m: 500,
        notes:
          'Centre line, upstream to downstream: the Hà Nội – Vĩnh Phúc border along the river (segments 8 to 5, about 28.8 km), then Mê Linh’s edge with Phúc Thọ and Đan Phượng. The 2019 boundary runs roughly mid-channel; bank lines and dykes are not in any dataset found.',
        kind: 'river',
      },
      { type: 'LineString', coordinates: [...redRiver] },
    ),
    pointFeature(NOI_BAI_ARP, 'airport'),
    ...TOWNS.map((town) => pointFeature(town, 'town')),
    feature(
      DAI_LAI_LAKE.id,
      {
        name: DAI_LAI_LAKE.name,
        name_en: DAI_LAI_LAKE.nameEn,
        source: DAI_LAI_LAKE.source,
        accuracy: 'indicative',
        accuracy_m: DAI_LAI_LAKE.accuracyM,
        notes: DAI_LAI_LAKE.notes,
        kind: 'lake',
      },
      lake,
    ),
    pointFeature(TAM_DAO, 'mountain'),
  ];
}

function pointFeature(place: PlaceFact, kind: string): Feature {
  return feature(
    place.id,
    {
      name: place.name,
      name_en: place.nameEn,
      source: place.source,
      accuracy: place.accuracy,
      accuracy_m: place.accuracyM,
      notes: place.notes,
      kind,
    },
    { type: 'Point', coordinates: place.position },
  );
}
