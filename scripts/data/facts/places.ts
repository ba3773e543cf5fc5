import type { Position } from 'geojson';

export interface PlaceFact {
  id: string;
  name: string;
  nameEn: string;
  position: Position;
  accuracy: 'surveyed' | 'indicative';
  accuracyM: number;
  source: string;
  /** The note in English (`notes_en`). */
  notes: string;
  /** The same note in Vietnamese (`notes`, which the Vietnamese UI shows). */
  notesVi: string;
}

/** geo-facts §5: towns, as points (Wikipedia coordinates and a district-centroid table). */
export const TOWNS: readonly PlaceFact[] = [
  {
    id: 'town-vinh-yen',
    name: 'Vĩnh Yên',
    nameEn: 'Vĩnh Yên',
    position: [105.59667, 21.31],
    accuracy: 'indicative',
    accuracyM: 500,
    source: 'fr.wikipedia (21°18′36″N 105°35′48″E); geo-facts §5',
    notes:
      'City centre. Capital of Vĩnh Phúc province until 30 June 2025; since 1 July 2025 part of Phú Thọ province, whose centre is Việt Trì.',
    notesVi:
      'Trung tâm thành phố. Tỉnh lỵ Vĩnh Phúc đến 30/6/2025; từ 1/7/2025 thuộc tỉnh Phú Thọ, tỉnh lỵ là Việt Trì.',
  },
  {
    id: 'town-phuc-yen',
    name: 'Phúc Yên',
    nameEn: 'Phúc Yên',
    position: [105.7, 21.2333],
    accuracy: 'indicative',
    accuracyM: 1500,
    source: 'en.wikipedia (21°14′N 105°42′E, to the minute); geo-facts §5',
    notes:
      'City from 7 February 2018 (NQ 484/NQ-UBTVQH14: 120.13 km², 155,435 people); since 1 July 2025 in Phú Thọ province.',
    notesVi:
      'Thành phố từ 7/2/2018 (NQ 484/NQ-UBTVQH14: 120,13 km², 155.435 người); từ 1/7/2025 thuộc tỉnh Phú Thọ.',
  },
  {
    id: 'town-me-linh',
    name: 'Mê Linh (trung tâm huyện, Đại Thịnh)',
    nameEn: 'Mê Linh district seat (Đại Thịnh)',
    position: [105.719097, 21.184598],
    accuracy: 'indicative',
    accuracyM: 500,
    source: 'en.wikipedia Mê Linh district; geo-facts §5',
    notes:
      'Seat of the former Mê Linh district (part of Vĩnh Phúc until 1 August 2008, then Hà Nội; district level abolished 1 July 2025).',
    notesVi:
      'Trung tâm huyện Mê Linh cũ (thuộc Vĩnh Phúc đến 1/8/2008, sau đó thuộc Hà Nội; cấp huyện bị bãi bỏ từ 1/7/2025).',
  },
  {
    id: 'town-son-tay',
    name: 'Sơn Tây',
    nameEn: 'Sơn Tây',
    position: [105.5036, 21.1357],
    accuracy: 'indicative',
    accuracyM: 1000,
    source: 'public district-centroid table; geo-facts §5 (low-medium)',
    notes: 'Former town (thị xã) of Hà Nội; south bank end of the Vĩnh Thịnh bridge.',
    notesVi: 'Thị xã cũ của Hà Nội; đầu cầu Vĩnh Thịnh phía bờ nam.',
  },
  {
    id: 'town-soc-son',
    name: 'Sóc Sơn',
    nameEn: 'Sóc Sơn',
    position: [105.848, 21.257],
    accuracy: 'indicative',
    accuracyM: 2000,
    source: 'general knowledge; geo-facts §5 (low)',
    notes: 'Seat of the former Sóc Sơn district.',
    notesVi: 'Trung tâm huyện Sóc Sơn cũ.',
  },
];

/** geo-facts §5: Nội Bài airport reference point, Vietnam AIP AD 2 VVNB. */
export const NOI_BAI_ARP: PlaceFact = {
  id: 'airport-noi-bai',
  name: 'Cảng hàng không quốc tế Nội Bài',
  nameEn: 'Nội Bài International Airport',
  position: [105.805556, 21.221667],
  accuracy: 'surveyed',
  accuracyM: 30,
  source: 'Vietnam AIP AD 2 VVNB: ARP 211318N 1054820E (at RWY 11L/29R × TWY N3); geo-facts §5',
  notes:
    'Aerodrome reference point, given to the whole second (about 30 m). Runways 11L/29R 3,200 × 45 m and 11R/29L 3,800 × 45 m; elevation 12.3 m (2016) / 13 m (2023); terminal T2 opened 4 January 2015. In Phú Minh commune, Sóc Sơn.',
  notesVi:
    'Điểm quy chiếu sân bay, tọa độ chính xác đến giây (khoảng 30 m). Đường cất hạ cánh 11L/29R 3.200 × 45 m và 11R/29L 3.800 × 45 m; cao độ 12,3 m (2016) / 13 m (2023); nhà ga T2 khánh thành 4/1/2015. Tại xã Phú Minh, Sóc Sơn.',
};

/** geo-facts §5: Tam Đảo hill station, standing for the range. */
export const TAM_DAO: PlaceFact = {
  id: 'mountain-tam-dao',
  name: 'Tam Đảo',
  nameEn: 'Tam Đảo range (hill station)',
  position: [105.644, 21.456],
  accuracy: 'indicative',
  accuracyM: 3000,
  source: 'general knowledge (low); tamdaonationalpark.com; en.vietnamplus.vn; geo-facts §5',
  notes:
    'The hill station (over 900 m, founded 1907) in the Tam Đảo range. Tam Đảo National Park: 36,883 ha, peaks Tam Đảo North 1,592 m, Thạch Bàn 1,388 m, Thiên Thị 1,375 m; national tourist site (10,723 ha) since February 2022.',
  notesVi:
    'Khu nghỉ mát trên núi (cao trên 900 m, lập năm 1907) thuộc dãy Tam Đảo. Vườn quốc gia Tam Đảo: 36.883 ha, các đỉnh Tam Đảo Bắc 1.592 m, Thạch Bàn 1.388 m, Thiên Thị 1.375 m; khu du lịch quốc gia (10.723 ha) từ tháng 2/2022.',
};

/** geo-facts §5: Đại Lải lake, 525 ha, Phúc Yên; the centre is from general knowledge. */
export const DAI_LAI_LAKE = {
  id: 'lake-dai-lai',
  name: 'Hồ Đại Lải',
  nameEn: 'Đại Lải lake',
  centre: [105.717, 21.327] as Position,
  areaHa: 525,
  accuracyM: 1500,
  source:
    'viethighlighttravel.com; ilove-vietnam.blogspot.com; centre from general knowledge (low); geo-facts §5',
  notes:
    'Reservoir built 1959–63: 525 ha, about 26.4 million m³, up to 21 m deep; in Ngọc Thanh and Cao Minh (Phúc Yên), reached from QL2 by provincial road 317. The outline is not in the facts: an indicative polygon of the stated area around the centre.',
};

/**
 * Vĩnh Phúc's label point: the province centroid of geo-facts §4.5 (the §5 label point sits on
 * Vĩnh Yên city and would hide its label). Hà Nội has none in the facts: computed from its part.
 */
export const VINH_PHUC_LABEL: Position = [105.5592, 21.3614];
