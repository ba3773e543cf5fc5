import type { Position } from 'geojson';
import type { Note } from '../notes.ts';

/** Where the facts come from, quoted in the features' `source`. */
export const BORDER_SOURCE =
  'Shared edge of the 2019 district polygons (Government administrative map gis.chinhphu.vn via dvhcvn, simplified to about 250 m keeping shared edges); lengths from geo-facts §4.1, measured on the 448-vertex source line';

/** geo-facts §4.1: the Hà Nội – Vĩnh Phúc border, 2019. */
export const PROVINCIAL_BORDER = {
  lengthKm: 82.3,
  landKm: 53.5,
  redRiverKm: 28.8,
  /** HN–VP–Thái Nguyên tripoint, north. */
  thaiNguyenTripoint: [105.784198, 21.359704] as Position,
  /** HN–VP–Phú Thọ tripoint on the Red River, west. */
  phuThoTripoint: [105.443283, 21.26486] as Position,
};

export interface BorderSegmentFact {
  no: number;
  hanoiSide: string;
  vinhphucSide: string;
  lengthKm: number;
  nature: 'land' | 'red-river';
  note?: Note;
}

/** geo-facts §4.1 table: the eight district pairs, north to south-west. */
export const BORDER_SEGMENTS: readonly BorderSegmentFact[] = [
  { no: 1, hanoiSide: 'Sóc Sơn', vinhphucSide: 'Phúc Yên', lengthKm: 21.1, nature: 'land' },
  { no: 2, hanoiSide: 'Mê Linh', vinhphucSide: 'Phúc Yên', lengthKm: 10.8, nature: 'land' },
  { no: 3, hanoiSide: 'Mê Linh', vinhphucSide: 'Bình Xuyên', lengthKm: 13.0, nature: 'land' },
  {
    no: 4,
    hanoiSide: 'Mê Linh',
    vinhphucSide: 'Yên Lạc',
    lengthKm: 8.6,
    nature: 'land',
    note: { vi: 'kết thúc ở sông Hồng', en: 'ends on the Red River' },
  },
  { no: 5, hanoiSide: 'Phúc Thọ', vinhphucSide: 'Yên Lạc', lengthKm: 10.2, nature: 'red-river' },
  { no: 6, hanoiSide: 'Phúc Thọ', vinhphucSide: 'Vĩnh Tường', lengthKm: 1.6, nature: 'red-river' },
  {
    no: 7,
    hanoiSide: 'Sơn Tây',
    vinhphucSide: 'Vĩnh Tường',
    lengthKm: 5.4,
    nature: 'red-river',
    note: { vi: 'cầu Vĩnh Thịnh bắc qua đoạn này', en: 'the Vĩnh Thịnh bridge crosses here' },
  },
  { no: 8, hanoiSide: 'Ba Vì', vinhphucSide: 'Vĩnh Tường', lengthKm: 11.5, nature: 'red-river' },
];

/** geo-facts §6: what changed on 1 July 2025, said on every feature it concerns. */
export const SINCE_2025_BORDER: Note = {
  vi: 'Từ 1/7/2025 đường này là ranh giới tỉnh Hà Nội – Phú Thọ: Vĩnh Phúc được sáp nhập vào Phú Thọ (NQ 202/2025/QH15) và cấp huyện bị bãi bỏ trên cả nước; cuộc sắp xếp năm 2025 không làm thay đổi ranh giới của Hà Nội.',
  en: 'Since 1 July 2025 this line is the Hà Nội – Phú Thọ provincial boundary: Vĩnh Phúc was merged into Phú Thọ (NQ 202/2025/QH15) and the district level was abolished nationwide; the 2025 reform did not move the Hà Nội line.',
};

export const SINCE_2025_DISTRICT: Note = {
  vi: 'Cấp huyện bị bãi bỏ từ 1/7/2025 (chính quyền địa phương hai cấp); thể hiện như huyện cũ (đến 30/6/2025).',
  en: 'District-level units were abolished on 1 July 2025 (two-tier local government); shown as a former district (until 30 June 2025).',
};

export const SINCE_2025_VINH_PHUC: Note = {
  vi: 'Tỉnh Vĩnh Phúc được sáp nhập vào tỉnh Phú Thọ từ 1/7/2025 (NQ 202/2025/QH15).',
  en: 'Vĩnh Phúc province was merged into Phú Thọ province on 1 July 2025 (NQ 202/2025/QH15).',
};
