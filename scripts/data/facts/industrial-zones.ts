import type { Position } from 'geojson';

export interface IndustrialZoneFact {
  id: string;
  name: string;
  nameEn: string;
  /** 2019 district, short name; the footprint must lie inside it. */
  district: string;
  province2019: 'Thành phố Hà Nội' | 'Tỉnh Vĩnh Phúc';
  areaHa: number;
  /** The known point (a gate or office), geo-facts §3. */
  point: Position;
  /** Where the footprint centre sits relative to the point, metres east and north. */
  offsetM: readonly [number, number];
  /** East–west over north–south side of the footprint rectangle. */
  aspect: number;
  /** How the footprint was placed, when not simply around the known point (vi, en). */
  placement?: { vi: string; en: string };
  accuracyM: number;
  status: 'operating' | 'stalled' | 'planned';
  operator?: string;
  tenants: readonly string[];
  source: string;
  /** The note in English (`notes_en`). */
  notes: string;
  /** The same note in Vietnamese (`notes`, which the Vietnamese UI shows). */
  notesVi: string;
}

const GEOCODE =
  'point geocoded in a public HTML industrial-zone map (gate or office, ±0.5–1 km), checked to fall in the right 2019 district';

/**
 * geo-facts §3: the industrial zones near the border that have a known place. Offsets and
 * aspects keep neighbours from overlapping and each footprint inside its district.
 */
export const INDUSTRIAL_ZONES: readonly IndustrialZoneFact[] = [
  {
    id: 'iz-quang-minh',
    name: 'Khu công nghiệp Quang Minh',
    nameEn: 'Quang Minh Industrial Park',
    district: 'Mê Linh',
    province2019: 'Thành phố Hà Nội',
    areaHa: 344.4,
    point: [105.77925, 21.18562],
    offsetM: [-100, 200],
    aspect: 1,
    accuracyM: 1000,
    status: 'operating',
    operator: 'Công ty TNHH Đầu tư và Phát triển hạ tầng Nam Đức',
    tenants: [],
    source: `baomoi.net.vn (Mê Linh: land misuse in Quang Minh IZ); ${GEOCODE}`,
    notes:
      'In Quang Minh and Chi Đông towns (Mê Linh). Established by Vĩnh Phúc PC Decision 3742/2004/QĐ-UB (22/10/2004); moved to Hà Nội with Mê Linh in 2008. Mixed tenants (electronics assembly, food, light industry, vehicle parts); land-misuse reports. A second geocode at [105.74798, 21.20685].',
    notesVi:
      'Tại thị trấn Quang Minh và Chi Đông (Mê Linh). Thành lập theo Quyết định 3742/2004/QĐ-UB của UBND tỉnh Vĩnh Phúc (22/10/2004); chuyển về Hà Nội cùng Mê Linh năm 2008. Doanh nghiệp thuê đất đa ngành (lắp ráp điện tử, thực phẩm, công nghiệp nhẹ, phụ tùng xe); có phản ánh sử dụng đất sai mục đích. Một điểm định vị khác tại [105.74798, 21.20685].',
  },
  {
    id: 'iz-quang-minh-2',
    name: 'Khu công nghiệp Quang Minh II',
    nameEn: 'Quang Minh II Industrial Park',
    district: 'Mê Linh',
    province2019: 'Thành phố Hà Nội',
    areaHa: 160,
    point: [105.77925, 21.18562],
    offsetM: [-1700, 200],
    aspect: 1,
    placement: {
      vi: 'vẽ ngay phía tây Quang Minh I, cách 40 m (chưa rõ vị trí thực của khu)',
      en: 'drawn just west of Quang Minh I, 40 m apart (its own position is unknown)',
    },
    accuracyM: 2000,
    status: 'stalled',
    operator: 'Công ty TNHH Đầu tư Hợp Quần',
    tenants: [],
    source: 'vuongphat.com.vn; vnindex.net (geo-facts §3); place: adjacent to Quang Minh I',
    notes:
      'Position unknown: the source only says it is adjacent to Quang Minh I. Area 266.35 ha in the 2007 approval, about 160 ha in the adjusted plan (drawn). Certificate 192023000055 of 28/9/2007; stalled after 2008, partly developed; listed in the Hà Nội IZ plan to 2020 (2376/TTg-KTN, 1/12/2014).',
    notesVi:
      'Chưa rõ vị trí: nguồn chỉ nói khu này liền kề Quang Minh I. Diện tích 266,35 ha theo phê duyệt năm 2007, khoảng 160 ha theo quy hoạch điều chỉnh (diện tích vẽ). Giấy chứng nhận 192023000055 ngày 28/9/2007; đình trệ sau năm 2008, mới xây dựng một phần; có trong quy hoạch các KCN Hà Nội đến năm 2020 (2376/TTg-KTN, 1/12/2014).',
  },
  {
    id: 'iz-noi-bai',
    name: 'Khu công nghiệp Nội Bài',
    nameEn: 'Nội Bài Industrial Park',
    district: 'Sóc Sơn',
    province2019: 'Thành phố Hà Nội',
    areaHa: 114,
    point: [105.77, 21.245],
    offsetM: [0, 0],
    aspect: 1,
    accuracyM: 2500,
    status: 'operating',
    tenants: [],
    source: 'Location from general knowledge (geo-facts §3, low confidence)',
    notes:
      'In Quang Tiến commune, Sóc Sơn. Area not found in an official source: the 114 ha commonly quoted is unverified, so the footprint size is uncertain too. Operator unknown.',
    notesVi:
      'Tại xã Quang Tiến, Sóc Sơn. Chưa tìm thấy diện tích trong nguồn chính thức: con số 114 ha hay được nêu chưa được kiểm chứng, nên kích thước khoanh vẽ cũng không chắc chắn. Chưa rõ chủ đầu tư.',
  },
  {
    id: 'iz-thang-long-vinh-phuc',
    name: 'Khu công nghiệp Thăng Long Vĩnh Phúc',
    nameEn: 'Thăng Long Vĩnh Phúc Industrial Park',
    district: 'Bình Xuyên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 213,
    point: [105.665, 21.345],
    offsetM: [300, 545],
    aspect: 1.2,
    accuracyM: 1500,
    status: 'operating',
    operator: 'Sumitomo Corporation (with Sumitomo Vietnam)',
    tenants: [],
    source:
      'investvinhphuc.vn (Khu công nghiệp Thăng Long Vĩnh Phúc); en.vietnamplus.vn 2020-08-20; point from general knowledge (low)',
    notes:
      'In Thiện Kế and Tam Hợp communes, Bình Xuyên. Developed by Sumitomo since 2015 (over US$135 m); dozens of Japanese tenants (over US$200 m by 2020), names not listed in the facts. Linked to Bá Thiện II by a 1.5 km, 33 m road.',
    notesVi:
      'Tại xã Thiện Kế và Tam Hợp, Bình Xuyên. Do Sumitomo phát triển từ năm 2015 (trên 135 triệu USD); hàng chục doanh nghiệp Nhật Bản thuê đất (trên 200 triệu USD đến năm 2020), tên không có trong dữ liệu gốc. Nối với KCN Bá Thiện II bằng tuyến đường dài 1,5 km, rộng 33 m.',
  },
  {
    id: 'iz-binh-xuyen',
    name: 'Khu công nghiệp Bình Xuyên',
    nameEn: 'Bình Xuyên Industrial Park',
    district: 'Bình Xuyên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 286.98,
    point: [105.65512, 21.28036],
    offsetM: [0, 0],
    aspect: 1,
    accuracyM: 1000,
    status: 'operating',
    tenants: ['Piaggio Vietnam', 'Vietnam–Germany Steel Pipe JSC', 'KMV'],
    source: `vccinews.com; vietnamplus.vn 2023-02-21; vietnam.vnanet.vn; ${GEOCODE}`,
    notes:
      'On QL2. Piaggio Vietnam: assembly from 2009, engines from 2012, 18.9 ha, US$165 m after 2023. Operator not found.',
    notesVi:
      'Trên QL2. Piaggio Việt Nam: lắp ráp từ năm 2009, sản xuất động cơ từ năm 2012, 18,9 ha, 165 triệu USD sau năm 2023. Chưa tìm thấy chủ đầu tư.',
  },
  {
    id: 'iz-binh-xuyen-2',
    name: 'Khu công nghiệp Bình Xuyên II',
    nameEn: 'Bình Xuyên II Industrial Park',
    district: 'Bình Xuyên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 42.21,
    point: [105.67927, 21.30326],
    offsetM: [0, 0],
    aspect: 1,
    accuracyM: 1000,
    status: 'operating',
    tenants: [],
    source: `vccinews.com; ${GEOCODE}`,
    notes: 'Phase 1 area; 100 % leased (2021). Operator not found.',
    notesVi: 'Diện tích giai đoạn 1; đã cho thuê 100 % (2021). Chưa tìm thấy chủ đầu tư.',
  },
  {
    id: 'iz-ba-thien',
    name: 'Khu công nghiệp Bá Thiện',
    nameEn: 'Bá Thiện Industrial Park',
    district: 'Bình Xuyên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 325.75,
    point: [105.67977, 21.32617],
    offsetM: [0, 75],
    aspect: 2.08,
    accuracyM: 1000,
    status: 'operating',
    operator: 'CNCTech (develops “CNCTech Bá Thiện I”)',
    tenants: [],
    source: `vccinews.com; hkbav.org; ${GEOCODE}`,
    notes: 'In Thiện Kế commune, Bình Xuyên; also called Bá Thiện I.',
    notesVi: 'Tại xã Thiện Kế, Bình Xuyên; còn gọi là Bá Thiện I.',
  },
  {
    id: 'iz-ba-thien-2',
    name: 'Khu công nghiệp Bá Thiện II',
    nameEn: 'Bá Thiện II Industrial Park',
    district: 'Bình Xuyên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 308.83,
    point: [105.67506, 21.33878],
    offsetM: [0, -70],
    aspect: 2.08,
    accuracyM: 1000,
    status: 'operating',
    tenants: [],
    source: `vccinews.com; english.vinhphuc.gov.vn; ${GEOCODE}`,
    notes:
      'In Thiện Kế commune, Bình Xuyên; linked to Thăng Long Vĩnh Phúc IZ by a 1.5 km, 33 m road. Operator not found.',
    notesVi:
      'Tại xã Thiện Kế, Bình Xuyên; nối với KCN Thăng Long Vĩnh Phúc bằng tuyến đường dài 1,5 km, rộng 33 m. Chưa tìm thấy chủ đầu tư.',
  },
  {
    id: 'iz-khai-quang',
    name: 'Khu công nghiệp Khai Quang',
    nameEn: 'Khai Quang Industrial Park',
    district: 'Vĩnh Yên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 221.46,
    point: [105.6333, 21.3079],
    offsetM: [-600, 0],
    aspect: 1,
    accuracyM: 1000,
    status: 'operating',
    operator: 'VPID – Vinh Phuc Infrastructure Development JSC',
    tenants: [],
    source: `vccinews.com (2021, 2022); ${GEOCODE}`,
    notes: '221.46 ha (216.24 ha in a 2021 list); 100 % leased.',
    notesVi: '221,46 ha (216,24 ha trong một danh sách năm 2021); đã cho thuê 100 %.',
  },
  {
    id: 'iz-kim-hoa',
    name: 'Khu công nghiệp Kim Hoa',
    nameEn: 'Kim Hoa Industrial Park',
    district: 'Phúc Yên',
    province2019: 'Tỉnh Vĩnh Phúc',
    areaHa: 50,
    point: [105.728, 21.238],
    offsetM: [-700, -50],
    aspect: 1,
    accuracyM: 1500,
    status: 'operating',
    tenants: ['Honda Vietnam'],
    source: 'hkbav.org; vccinews.com; point from general knowledge (low)',
    notes: 'In Phúc Yên; 100 % leased; home of Honda Vietnam. Operator not found.',
    notesVi:
      'Tại Phúc Yên; đã cho thuê 100 %; nơi đặt nhà máy Honda Việt Nam. Chưa tìm thấy chủ đầu tư.',
  },
];
