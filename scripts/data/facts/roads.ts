import type { Position } from 'geojson';

export type RoadClass =
  | 'axis'
  | 'national-road'
  | 'expressway'
  | 'urban-expressway'
  | 'ring-road'
  | 'railway';

export interface RoadFact {
  id: string;
  name: string;
  nameEn: string;
  roadClass: RoadClass;
  positions: Position[];
  accuracy: 'digitised' | 'indicative' | 'schematic';
  accuracyM: number;
  status?: 'planned' | 'under-construction' | 'completed';
  lengthKmStated?: number;
  widthM?: number;
  lanes?: string;
  source: string;
  /** The note in English (`notes_en`). */
  notes: string;
  /** The same note in Vietnamese (`notes`, which the Vietnamese UI shows). */
  notesVi: string;
  /**
   * Points known to lie on the road itself, in order, and what they are: the trace runs through
   * them instead of the rough waypoints, and must pass within metres of each.
   */
  anchors?: { positions: Position[]; source: string };
}

const LEGOCITY =
  'CTU-SematX/LegoCity giaothong.geojson (national roads and railways, CRS84, coarse); geo-facts §2';

/** geo-facts §2: the Mê Linh axis road and the roads and railway tying Mê Linh to Vĩnh Phúc. */
export const ROADS: readonly RoadFact[] = [
  {
    id: 'road-me-linh-axis',
    name: 'Đường trục trung tâm khu đô thị Mê Linh',
    nameEn: 'Mê Linh urban area central axis road',
    roadClass: 'axis',
    // Nam Hồng → near the Mê Linh seat (Đại Thịnh) → border into Bình Xuyên → Đạo Đức (§2.1).
    positions: [
      [105.785, 21.16],
      [105.72, 21.19],
      [105.67, 21.236],
      [105.665, 21.245],
    ],
    accuracy: 'schematic',
    accuracyM: 1500,
    status: 'completed',
    lengthKmStated: 15,
    widthM: 100,
    lanes: '4–10',
    source:
      'dev.hanoionline.vn (Hà Nội radio-TV, “Tuyến đường xanh mát ở huyện Mê Linh”): length, width, ends; waypoints inferred from the text and the 2019 district polygons (geo-facts §2.1, low confidence)',
    notes:
      'From the Bắc Thăng Long – Nội Bài road at Nam Hồng (Đông Anh) to Đạo Đức commune (Bình Xuyên, Vĩnh Phúc), crossing the provincial border. No public geometry: only the ends are known, the line between them is inferred. In service before 2019; opening date unknown.',
    notesVi:
      'Từ đường Bắc Thăng Long – Nội Bài tại Nam Hồng (Đông Anh) đến xã Đạo Đức (Bình Xuyên, Vĩnh Phúc), vượt qua ranh giới tỉnh. Không có dữ liệu hình học công khai: chỉ biết hai đầu tuyến, đoạn giữa là suy đoán. Đã khai thác trước năm 2019; chưa rõ ngày thông xe.',
  },
  {
    id: 'road-ql2',
    name: 'Quốc lộ 2 (QL2)',
    nameEn: 'National Road 2 (QL2)',
    roadClass: 'national-road',
    positions: [
      [105.8466, 21.201],
      [105.83, 21.1996],
      [105.8169, 21.1994],
      [105.7975, 21.2044],
      [105.7768, 21.2171],
      [105.7566, 21.2301],
      [105.7347, 21.2436],
      [105.7195, 21.2367],
      [105.6933, 21.2316],
      [105.6889, 21.2351],
      [105.6428, 21.2761],
      [105.6253, 21.2981],
      [105.5948, 21.3152],
    ],
    accuracy: 'digitised',
    accuracyM: 500,
    status: 'completed',
    source: LEGOCITY,
    notes:
      'Phù Lỗ (QL3 junction) → Hương Canh → Vĩnh Yên: 31.9 km in the source. Runs through Sóc Sơn and Phúc Yên, not through Mê Linh; crosses into Phúc Yên at about [105.729, 21.241]. Coarse source (tens to hundreds of metres).',
    notesVi:
      'Phù Lỗ (nút giao QL3) → Hương Canh → Vĩnh Yên: 31,9 km theo nguồn. Đi qua Sóc Sơn và Phúc Yên, không qua Mê Linh; sang địa phận Phúc Yên tại khoảng [105.729, 21.241]. Nguồn thô (sai số hàng chục đến hàng trăm mét).',
  },
  {
    id: 'road-ql23',
    name: 'Quốc lộ 23 (QL23)',
    nameEn: 'National Road 23 (QL23)',
    roadClass: 'national-road',
    // Đông Anh → Mê Linh seat (Đại Thịnh) → Phúc Yên; only described, never located (§2.5).
    positions: [
      [105.8477, 21.1564],
      [105.719097, 21.184598],
      [105.7, 21.2333],
    ],
    accuracy: 'schematic',
    accuracyM: 2000,
    status: 'completed',
    source:
      'Described only: a bus route “Vân Trì – QL23 – Cao Lỗ – Đông Anh town” and vietnammoi.vn (road 23 crosses Đại Thịnh, Mê Linh); geo-facts §2.5',
    notes:
      'From Đông Anh (QL3 / Cổ Loa area) westwards through Mê Linh (Đại Thịnh) to Phúc Yên. Length, km-posts and alignment unknown: drawn as a schematic line through the Đông Anh, Mê Linh seat and Phúc Yên points.',
    notesVi:
      'Từ Đông Anh (QL3 / khu vực Cổ Loa) về phía tây qua Mê Linh (Đại Thịnh) đến Phúc Yên. Chưa rõ chiều dài, lý trình và hướng tuyến: vẽ thành đường sơ đồ qua các điểm Đông Anh, trung tâm Mê Linh và Phúc Yên.',
  },
  {
    id: 'road-vo-van-kiet',
    name: 'Đường Bắc Thăng Long – Nội Bài (đường Võ Văn Kiệt)',
    nameEn: 'Bắc Thăng Long – Nội Bài road (Võ Văn Kiệt street)',
    roadClass: 'urban-expressway',
    // Thăng Long bridge north end (general knowledge) → Nam Hồng (axis road start) → past
    // Quang Minh IZ on Mê Linh's eastern edge → Nội Bài airport.
    positions: [
      [105.792, 21.1],
      [105.785, 21.16],
      [105.788, 21.187],
      [105.8, 21.212],
    ],
    accuracy: 'schematic',
    accuracyM: 1500,
    status: 'completed',
    source:
      'Naming and alignment from general knowledge (geo-facts §2.2); passes the Mê Linh axis road start at Nam Hồng and Quang Minh IZ',
    notes:
      'The older road from the Thăng Long bridge to Nội Bài airport along the eastern edge of Mê Linh; the Mê Linh axis road starts from it. Not to be confused with Võ Nguyên Giáp street (Nhật Tân – Nội Bài). Length and opening year not found; no public geometry.',
    notesVi:
      'Tuyến đường cũ từ cầu Thăng Long đến sân bay Nội Bài dọc rìa phía đông Mê Linh; đường trục Mê Linh bắt đầu từ tuyến này. Không nhầm với đường Võ Nguyên Giáp (Nhật Tân – Nội Bài). Chưa tìm thấy chiều dài và năm thông xe; không có dữ liệu hình học công khai.',
  },
  {
    id: 'road-vo-nguyen-giap',
    name: 'Đường Nhật Tân – Nội Bài (đường Võ Nguyên Giáp)',
    nameEn: 'Nhật Tân – Nội Bài road (Võ Nguyên Giáp street)',
    roadClass: 'urban-expressway',
    // Nam Hồng interchange north of the Nhật Tân bridge (general knowledge) → airport junction.
    positions: [
      [105.823, 21.1],
      [105.812, 21.16],
      [105.806, 21.205],
    ],
    accuracy: 'schematic',
    accuracyM: 1500,
    status: 'completed',
    lengthKmStated: 12.1,
    widthM: 100,
    lanes: '6 car lanes + 2 mixed lanes (10 with frontage roads)',
    source:
      'fr.vietnamplus.vn; hanoitimes.vn (three super projects, 2015); geo-facts §2.2. No public geometry: ends placed from general knowledge',
    notes:
      'Urban expressway, 80 km/h (up to 90), 70–100 m wide, Japanese ODA; opened on 4 January 2015 with the Nhật Tân bridge and Nội Bài terminal T2. From the Nam Hồng interchange to the Bắc Thăng Long – Nội Bài road near the airport; passes Đông Anh and Sóc Sơn only, not Mê Linh.',
    notesVi:
      'Đường cao tốc đô thị, 80 km/h (tối đa 90), rộng 70–100 m, vốn ODA Nhật Bản; thông xe 4/1/2015 cùng cầu Nhật Tân và nhà ga T2 Nội Bài. Từ nút giao Nam Hồng đến đường Bắc Thăng Long – Nội Bài gần sân bay; chỉ đi qua Đông Anh và Sóc Sơn, không qua Mê Linh.',
  },
  {
    id: 'road-noi-bai-lao-cai',
    name: 'Đường cao tốc Nội Bài – Lào Cai (CT.05)',
    nameEn: 'Nội Bài – Lào Cai expressway (CT.05)',
    roadClass: 'expressway',
    // Km0 at QL2 × QL18 (Thanh Xuân, Sóc Sơn) → north of the airport → Phúc Yên → north of
    // Bình Xuyên and Vĩnh Yên → Tam Dương → towards Phú Thọ (§2.6, general knowledge).
    positions: [
      [105.846, 21.207],
      [105.8, 21.245],
      [105.73, 21.272],
      [105.66, 21.35],
      [105.59, 21.345],
      [105.53, 21.36],
      [105.47, 21.36],
    ],
    accuracy: 'schematic',
    accuracyM: 3000,
    status: 'completed',
    lengthKmStated: 245,
    lanes: '4 (Hà Nội – Yên Bái)',
    source:
      'wiki.aaroads.com (Hanoi–Lao Cai Expressway); en.vietnamplus.vn; Km0 from the LegoCity QL2/QL18 end points; alignment from general knowledge (geo-facts §2.6, low)',
    notes:
      'Opened 21 September 2014; operator VEC. 12 km in Hà Nội, 40 km in Vĩnh Phúc. From Km0 north of Nội Bài airport across northern Sóc Sơn and Phúc Yên, north of Bình Xuyên and Vĩnh Yên, through Tam Dương towards Phú Thọ. The first junction node is west of the airport: the stretch from Km0 to it is not drawn.',
    notesVi:
      'Thông xe 21/9/2014; đơn vị khai thác VEC. 12 km trên địa phận Hà Nội, 40 km trên địa phận Vĩnh Phúc. Từ Km0 phía bắc sân bay Nội Bài qua bắc Sóc Sơn và Phúc Yên, phía bắc Bình Xuyên và Vĩnh Yên, qua Tam Dương về hướng Phú Thọ. Nút giao đầu tiên ở phía tây sân bay: đoạn từ Km0 đến nút này không được vẽ.',
    // The only motorways of 2018 west of Nội Bài are this expressway's: OSM puts a
    // motorway_junction node on the motorway itself at each interchange.
    anchors: {
      positions: [
        [105.773689, 21.223884],
        [105.604613, 21.356573],
        [105.379446, 21.367327],
      ],
      source:
        'OpenStreetMap motorway_junction nodes of 2018-01-03 on the expressway (osm ids 3008942582 west of Nội Bài airport, 3008931486 at Vĩnh Yên, 4843388563 towards Phú Thọ; shared/geodata osm2018_traffic_points)',
    },
  },
  {
    id: 'road-ring-4-me-linh',
    name: 'Đường Vành đai 4 Vùng Thủ đô, đoạn qua Mê Linh',
    nameEn: 'Ring Road 4 (Capital Region), Mê Linh section',
    roadClass: 'ring-road',
    // From the Cà Lồ river edge of Mê Linh (Sóc Sơn side) to the Red River, where the Hồng Hà
    // bridge lands at xã Mê Linh: both ends are Mê Linh boundary vertices, chosen by hand.
    positions: [
      [105.76062, 21.21412],
      [105.69924, 21.14144],
    ],
    accuracy: 'schematic',
    accuracyM: 2500,
    status: 'under-construction',
    lengthKmStated: 11.2,
    lanes: '4 (expressway component)',
    source:
      'vietnammoi.vn (Vành đai 4 qua huyện Mê Linh): 11.2 km, 192.86 ha; vnexpress.net 2026-03-10 (Hồng Hà bridge); hanoitimes.vn; geo-facts §2.7',
    notes:
      'Coordinates unknown (no geometry found): a straight schematic line from near the Nội Bài – Lào Cai expressway side (Sóc Sơn) south through Mê Linh to the Hồng Hà bridge (about 6 km, 4 lanes) between xã Ô Diên and xã Mê Linh. Project groundbreaking 25 June 2023; expressway component started 6 September 2025.',
    notesVi:
      'Chưa có tọa độ (không tìm thấy dữ liệu hình học): một đường sơ đồ thẳng từ gần cao tốc Nội Bài – Lào Cai (Sóc Sơn) xuống phía nam qua Mê Linh đến cầu Hồng Hà (khoảng 6 km, 4 làn xe) giữa xã Ô Diên và xã Mê Linh. Dự án khởi công 25/6/2023; hợp phần đường cao tốc khởi công 6/9/2025.',
  },
  {
    id: 'rail-ha-noi-lao-cai',
    name: 'Đường sắt Hà Nội – Lào Cai',
    nameEn: 'Hà Nội – Lào Cai railway',
    roadClass: 'railway',
    positions: [
      [105.8477, 21.1564],
      [105.796, 21.175],
      [105.7763, 21.1817],
      [105.7566, 21.1958],
      [105.7438, 21.2081],
      [105.7254, 21.2266],
      [105.7155, 21.2368],
      [105.663, 21.2752],
      [105.607, 21.3066],
      [105.3534, 21.3438],
    ],
    accuracy: 'digitised',
    accuracyM: 500,
    status: 'completed',
    source: LEGOCITY,
    notes:
      'Đông Anh → Quang Minh → Phúc Yên → Hương Canh → Vĩnh Yên → towards Việt Trì; crosses from Hà Nội into Vĩnh Phúc at about [105.7254, 21.2266]. Coarse source.',
    notesVi:
      'Đông Anh → Quang Minh → Phúc Yên → Hương Canh → Vĩnh Yên → hướng Việt Trì; từ Hà Nội sang Vĩnh Phúc tại khoảng [105.7254, 21.2266]. Nguồn thô.',
  },
];
