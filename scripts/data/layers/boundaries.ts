import type { Feature } from 'geojson';
import type { District } from '../districts.ts';
import { lineLengthKilometers } from '../ellipsoid.ts';
import {
  BORDER_SOURCE,
  PROVINCIAL_BORDER,
  SINCE_2025_BORDER,
  SINCE_2025_DISTRICT,
  SINCE_2025_VINH_PHUC,
} from '../facts/border.ts';
import { feature } from '../feature.ts';
import { joinNotes, noteProperties } from '../notes.ts';
import type { BorderSegment } from '../provincial-border.ts';
import { roundTo } from '../round.ts';
import type { SharedChain } from '../shared-edges.ts';

const DIGITISED = { accuracy: 'digitised', accuracy_m: 300 } as const;

/** Kilometres as the Vietnamese text writes them (decimal comma). */
const km = (value: number) => String(value).replace('.', ',');

/** The boundaries layer: 16 former districts, the provincial border and its 8 segments. */
export function boundariesLayer(
  districts: readonly District[],
  border: SharedChain,
  segments: readonly BorderSegment[],
): Feature[] {
  return [
    ...districts.map(districtFeature),
    borderFeature(border),
    ...segments.map(segmentFeature),
  ];
}

function districtFeature(district: District): Feature {
  const note =
    district.province === 'vinhphuc'
      ? joinNotes(SINCE_2025_DISTRICT, SINCE_2025_VINH_PHUC)
      : SINCE_2025_DISTRICT;
  return feature(
    `district-${district.code}`,
    {
      name: district.name,
      name_en: district.nameEn,
      source: district.source,
      ...DIGITISED,
      valid_until: '2025-06-30',
      ...noteProperties(note),
      kind: 'district',
      district_code: district.code,
      province_2019: district.province2019,
    },
    district.polygon,
  );
}

function borderFeature(border: SharedChain): Feature {
  const drawnKm = roundTo(lineLengthKilometers(border.positions), 1);
  return feature(
    'border-hn-vp',
    {
      name: 'Ranh giới tỉnh Hà Nội – Vĩnh Phúc (2019), nay là ranh giới Hà Nội – Phú Thọ',
      name_en: 'Hà Nội – Vĩnh Phúc provincial border (2019), now the Hà Nội – Phú Thọ boundary',
      source: BORDER_SOURCE,
      ...DIGITISED,
      ...noteProperties(
        joinNotes(SINCE_2025_BORDER, {
          vi: `Từ điểm giao ba Hà Nội – Vĩnh Phúc – Thái Nguyên đến điểm giao ba Hà Nội – Vĩnh Phúc – Phú Thọ trên sông Hồng: ${km(PROVINCIAL_BORDER.landKm)} km trên đất liền, ${km(PROVINCIAL_BORDER.redRiverKm)} km dọc sông Hồng. Đường giản lược vẽ ở đây dài ${km(drawnKm)} km.`,
          en: `From the Hà Nội – Vĩnh Phúc – Thái Nguyên tripoint to the Hà Nội – Vĩnh Phúc – Phú Thọ tripoint on the Red River: ${PROVINCIAL_BORDER.landKm} km on land, ${PROVINCIAL_BORDER.redRiverKm} km along the Red River. The simplified line drawn here measures ${drawnKm} km.`,
        }),
      ),
      kind: 'provincial-border',
      length_km: PROVINCIAL_BORDER.lengthKm,
    },
    { type: 'LineString', coordinates: border.positions },
  );
}

function segmentFeature(segment: BorderSegment): Feature {
  const { fact } = segment;
  const nature =
    fact.nature === 'land'
      ? { vi: 'Ranh giới trên đất liền', en: 'Land border' }
      : { vi: 'Dọc sông Hồng', en: 'Along the Red River' };
  const drawnKm = roundTo(lineLengthKilometers(segment.positions), 1);
  return feature(
    `border-segment-${fact.no}`,
    {
      name: `Đoạn ranh giới ${fact.hanoiSide} – ${fact.vinhphucSide}`,
      name_en: `Border segment ${fact.no}: ${fact.hanoiSide} – ${fact.vinhphucSide}`,
      source: BORDER_SOURCE,
      ...DIGITISED,
      ...noteProperties(
        joinNotes(
          {
            vi: `${nature.vi}${fact.note ? `, ${fact.note.vi}` : ''}. Chiều dài công bố ${km(fact.lengthKm)} km; đường giản lược vẽ ở đây dài ${km(drawnKm)} km. Điểm giao ba giữa các huyện ±200 m.`,
            en: `${nature.en}${fact.note ? `, ${fact.note.en}` : ''}. Stated length ${fact.lengthKm} km; the simplified line drawn here measures ${drawnKm} km. District tripoints ±200 m.`,
          },
          SINCE_2025_BORDER,
        ),
      ),
      kind: 'border-segment',
      hanoi_side: fact.hanoiSide,
      vinhphuc_side: fact.vinhphucSide,
      length_km: fact.lengthKm,
    },
    { type: 'LineString', coordinates: segment.positions },
  );
}
