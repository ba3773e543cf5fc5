import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { District, Province } from '../districts.ts';
import { DISTRICT_CENTROIDS } from '../facts/district-centroids.ts';
import { DAI_LAI_LAKE, NOI_BAI_ARP, TAM_DAO, TOWNS, VINH_PHUC_LABEL } from '../facts/places.ts';
import { feature } from '../feature.ts';
import { labelPoint } from '../label-point.ts';
import { bandAroundLine, dissolve } from '../polygon-ops.ts';

/** Half the width of the Red River band drawn as water, km (about 1 km wide in all). */
const RIVER_HALF_WIDTH_KM = 0.5;

const PROVINCE_NAMES: Record<Province, { name: string; name_en: string }> = {
  hanoi: { name: 'Hà Nội', name_en: 'Hà Nội' },
  vinhphuc: { name: 'Vĩnh Phúc (nay thuộc Phú Thọ)', name_en: 'Vĩnh Phúc (now part of Phú Thọ)' },
};

/**
 * The offline basemap's data: the two provinces' parts of the region, the 16 districts, water
 * (Red River band, Đại Lải lake) and labelled places. Features carry `kind` and no id.
 */
export function basemapFeatures(
  districts: readonly District[],
  redRiver: readonly Position[],
  lake: Polygon,
): Feature[] {
  const provinces = (['hanoi', 'vinhphuc'] as const).map((province) => ({
    province,
    area: dissolve(districts.filter((d) => d.province === province).map((d) => d.polygon)),
  }));
  return [
    ...provinces.map(({ province, area }) =>
      feature(undefined, { kind: 'province', ...PROVINCE_NAMES[province] }, area),
    ),
    ...districts.map((district) =>
      feature(undefined, { kind: 'district', name: district.name }, district.polygon),
    ),
    feature(
      undefined,
      { kind: 'water', name: 'Sông Hồng', name_en: 'Red River' },
      bandAroundLine(redRiver, RIVER_HALF_WIDTH_KM),
    ),
    feature(
      undefined,
      { kind: 'water', name: DAI_LAI_LAKE.name, name_en: DAI_LAI_LAKE.nameEn },
      lake,
    ),
    ...provinceLabels(provinces),
    ...TOWNS.map((town) => place(town.name, town.nameEn, 2, town.position)),
    ...districts.map((district) =>
      place(district.name, district.nameEn, 3, districtLabelPoint(district)),
    ),
    place(NOI_BAI_ARP.name, NOI_BAI_ARP.nameEn, 3, NOI_BAI_ARP.position),
    place(DAI_LAI_LAKE.name, DAI_LAI_LAKE.nameEn, 3, DAI_LAI_LAKE.centre),
    place(TAM_DAO.name, TAM_DAO.nameEn, 3, TAM_DAO.position),
  ];
}

function provinceLabels(
  provinces: ReadonlyArray<{ province: Province; area: Polygon | MultiPolygon }>,
): Feature[] {
  return provinces.map(({ province, area }) => {
    const { name, name_en } = PROVINCE_NAMES[province];
    const at = province === 'vinhphuc' ? VINH_PHUC_LABEL : labelPoint(area);
    return place(name, name_en, 1, at);
  });
}

function districtLabelPoint(district: District): Position {
  return DISTRICT_CENTROIDS[district.code] ?? labelPoint(district.polygon);
}

function place(name: string, nameEn: string, rank: 1 | 2 | 3, at: Position): Feature {
  return feature(
    undefined,
    { kind: 'place', name, name_en: nameEn, rank },
    { type: 'Point', coordinates: at },
  );
}
