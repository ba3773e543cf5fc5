import type { Feature, Polygon, Position } from 'geojson';
import { DAI_LAI_LAKE, NOI_BAI_ARP, type PlaceFact, TAM_DAO, TOWNS } from '../facts/places.ts';
import { feature } from '../feature.ts';
import { noteProperties } from '../notes.ts';
import { polygonHectares } from '../osm-water.ts';

/** Vertices of the area-true lake polygon. */
export const LAKE_SIDES = 32;

const OSM_WATER =
  'OpenStreetMap water areas of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_water_areas)';

/** OSM 2018 water outline position error, m: traced from imagery; banks move between seasons. */
const OSM_WATER_ACCURACY_M = 50;

/**
 * The context layer: the Red River (2018 channel polygon and the 2019 border line along it),
 * Nội Bài airport, towns, Đại Lải lake (2018 outline), Tam Đảo.
 */
export function contextLayer(
  redRiver: readonly Position[],
  channel: Polygon,
  lake: Polygon,
): Feature[] {
  return [
    feature(
      'river-red',
      {
        name: 'Sông Hồng',
        name_en: 'Red River',
        source: `${OSM_WATER}: the one water polygon over 50 km² (${Math.round(polygonHectares(channel) / 100)} km² inside the study box)`,
        accuracy: 'digitised',
        accuracy_m: OSM_WATER_ACCURACY_M,
        ...noteProperties({
          vi: 'Lòng sông theo bề rộng mặt nước tháng 1/2018, không tính bãi bồi, cắt theo khung nghiên cứu (105,30–106,00 độ kinh đông, 21,05–21,60 độ vĩ bắc). Dòng sông thay đổi: ranh giới tỉnh năm 2019 có đoạn theo lòng sông cũ (dọc Ba Vì – Vĩnh Tường, cách mặt nước năm 2018 đến khoảng 1,7 km). Dữ liệu không có đê.',
          en: 'The channel at its January 2018 water width, sandbanks left out, clipped to the study box (105.30–106.00 E, 21.05–21.60 N). The river moves: the 2019 provincial border follows an older bed in places (along Ba Vì – Vĩnh Tường up to about 1.7 km from the 2018 water). Dykes are not in the data.',
        }),
        kind: 'river',
      },
      channel,
    ),
    feature(
      'river-red-border-line',
      {
        name: 'Sông Hồng (đường ranh giới 2019)',
        name_en: 'Red River (2019 boundary line)',
        source:
          'Shared edges of the 2019 district polygons along the river (the provincial border mid-channel, and Mê Linh’s southern edge); geo-facts §4.2',
        accuracy: 'digitised',
        accuracy_m: 500,
        ...noteProperties({
          vi: 'Sông Hồng như địa giới năm 2019 thể hiện, từ thượng lưu xuống hạ lưu: ranh giới Hà Nội – Vĩnh Phúc dọc sông (các đoạn 8 đến 5, khoảng 28,8 km), rồi ranh giới Mê Linh với Phúc Thọ và Đan Phượng. Giữ lại cho đường ranh giới; mặt nước là vùng “Sông Hồng”.',
          en: 'The river as the 2019 boundaries draw it, upstream to downstream: the Hà Nội – Vĩnh Phúc border along the river (segments 8 to 5, about 28.8 km), then Mê Linh’s edge with Phúc Thọ and Đan Phượng. Kept for the border; the water itself is the polygon “Sông Hồng”.',
        }),
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
        source: `${OSM_WATER}: the water polygon containing the lake’s centre; facts: ${DAI_LAI_LAKE.source}`,
        accuracy: 'digitised',
        accuracy_m: OSM_WATER_ACCURACY_M,
        ...noteProperties({
          vi: `Hồ chứa xây dựng năm 1959–63, khoảng 26,4 triệu m³, sâu đến 21 m; tại Ngọc Thanh và Cao Minh (Phúc Yên), đi từ QL2 theo tỉnh lộ 317. Đường bờ tháng 1/2018: ${Math.round(polygonHectares(lake))} ha mặt nước, so với ${DAI_LAI_LAKE.areaHa} ha theo dữ liệu gốc (có lẽ là diện tích ở mực nước dâng bình thường; mực nước thay đổi).`,
          en: `Reservoir built 1959–63, about 26.4 million m³, up to 21 m deep; in Ngọc Thanh and Cao Minh (Phúc Yên), reached from QL2 by provincial road 317. Outline of January 2018: ${Math.round(polygonHectares(lake))} ha of water, against the ${DAI_LAI_LAKE.areaHa} ha the facts state (likely the full-supply area; the level varies).`,
        }),
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
      ...noteProperties({ vi: place.notesVi, en: place.notes }),
      kind,
    },
    { type: 'Point', coordinates: place.position },
  );
}
