/**
 * The Vietnamese of the bundled data's English free text (sources, developers, tenants, lane
 * counts), phrase by phrase: the facts are written in English, and the Vietnamese UI shows
 * `source`, `operator`, `tenants`, `lanes` in Vietnamese with the English under `<name>_en`, as
 * `name` / `name_en` and `notes` / `notes_en` are. Longer phrases come first, so a phrase is
 * never cut by a shorter one inside it (they are tried longest first). URLs, document names (geo-facts §…, layers.md) and
 * identifiers stay as written.
 */
const WRITTEN: readonly (readonly [string, string])[] = [
  // Shared pieces of several sources.
  [
    'point geocoded in a public HTML industrial-zone map (gate or office, ±0.5–1 km), checked to fall in the right 2019 district',
    'điểm định vị trên một bản đồ khu công nghiệp HTML công khai (cổng hoặc văn phòng, ±0,5–1 km), đã kiểm tra nằm đúng huyện năm 2019',
  ],
  [
    'OpenStreetMap road footprint of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_roads_footprint_buffer10m), map-matched: cheapest path through a 5 m raster of the footprint, kept to the middle of the strips and to a ',
    'Mặt đường OpenStreetMap ngày 3/1/2018 (ODbL, © những người đóng góp OpenStreetMap; shared/geodata osm2018_roads_footprint_buffer10m), khớp bản đồ: đường đi rẻ nhất qua lưới 5 m của mặt đường, giữ ở giữa dải và trong hành lang ',
  ],
  [
    'OpenStreetMap road footprint of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_roads_footprint_buffer10m), map-matched: cheapest path through a 5 m raster of the footprint, kept to the middle of wide strips, through 3 points on the road: ',
    'Mặt đường OpenStreetMap ngày 3/1/2018 (ODbL, © những người đóng góp OpenStreetMap; shared/geodata osm2018_roads_footprint_buffer10m), khớp bản đồ: đường đi rẻ nhất qua lưới 5 m của mặt đường, giữ ở giữa các dải rộng, qua 3 điểm trên đường: ',
  ],
  [' m corridor around the waypoints of: ', ' m quanh các điểm dẫn hướng theo: '],
  [
    'OpenStreetMap water areas of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_water_areas): ',
    'Mặt nước OpenStreetMap ngày 3/1/2018 (ODbL, © những người đóng góp OpenStreetMap; shared/geodata osm2018_water_areas): ',
  ],
  [
    'OpenStreetMap railways of 2018-01-03 (ODbL, © OpenStreetMap contributors; shared/geodata osm2018_railways): shortest path along the tracks between the ends of the LegoCity line (Đông Anh, towards Việt Trì)',
    'Đường sắt OpenStreetMap ngày 3/1/2018 (ODbL, © những người đóng góp OpenStreetMap; shared/geodata osm2018_railways): đường ngắn nhất theo đường ray giữa hai đầu tuyến LegoCity (Đông Anh, hướng Việt Trì)',
  ],
  [
    'OpenStreetMap motorway_junction nodes of 2018-01-03 on the expressway (osm ids 3008942582 west of Nội Bài airport, 3008931486 at Vĩnh Yên, 4843388563 towards Phú Thọ; shared/geodata osm2018_traffic_points). Corridor and names: wiki.aaroads.com (Hanoi–Lao Cai Expressway); en.vietnamplus.vn; Km0 from the LegoCity QL2/QL18 end points; alignment from general knowledge (geo-facts §2.6, low)',
    'các nút giao cao tốc (motorway_junction) OpenStreetMap ngày 3/1/2018 trên tuyến (osm id 3008942582 phía tây sân bay Nội Bài, 3008931486 ở Vĩnh Yên, 4843388563 hướng Phú Thọ; shared/geodata osm2018_traffic_points). Hành lang và tên: wiki.aaroads.com (Hanoi–Lao Cai Expressway); en.vietnamplus.vn; Km0 theo điểm cuối QL2/QL18 của LegoCity; hướng tuyến theo hiểu biết chung (geo-facts §2.6, thấp)',
  ],
  [
    'CTU-SematX/LegoCity giaothong.geojson (national roads and railways, CRS84, coarse); geo-facts §2',
    'CTU-SematX/LegoCity giaothong.geojson (quốc lộ và đường sắt, CRS84, thô); geo-facts §2',
  ],
  [
    'Described only: a bus route “Vân Trì – QL23 – Cao Lỗ – Đông Anh town” and vietnammoi.vn (road 23 crosses Đại Thịnh, Mê Linh); geo-facts §2.5',
    'chỉ có mô tả: tuyến xe buýt “Vân Trì – QL23 – Cao Lỗ – thị trấn Đông Anh” và vietnammoi.vn (đường 23 qua xã Đại Thịnh, Mê Linh); geo-facts §2.5',
  ],
  [
    'Naming and alignment from general knowledge (geo-facts §2.2); passes the Mê Linh axis road start at Nam Hồng and Quang Minh IZ',
    'tên và hướng tuyến theo hiểu biết chung (geo-facts §2.2); qua điểm đầu đường trục Mê Linh ở Nam Hồng và KCN Quang Minh',
  ],
  // Boundaries and the border.
  [
    'Government administrative map (gis.chinhphu.vn), 2019 district boundaries, simplified to about 250 m keeping shared edges',
    'Bản đồ hành chính của Chính phủ (gis.chinhphu.vn), ranh giới huyện năm 2019, đơn giản hóa còn khoảng 250 m, giữ nguyên cạnh chung',
  ],
  [
    'Shared edge of the 2019 district polygons (Government administrative map gis.chinhphu.vn via dvhcvn, simplified to about 250 m keeping shared edges); lengths from geo-facts §4.1, measured on the 448-vertex source line',
    'Cạnh chung của các vùng huyện năm 2019 (bản đồ hành chính của Chính phủ gis.chinhphu.vn qua dvhcvn, đơn giản hóa còn khoảng 250 m, giữ nguyên cạnh chung); chiều dài theo geo-facts §4.1, đo trên đường gốc 448 đỉnh',
  ],
  [
    'Shared edges of the 2019 district polygons along the river (the provincial border mid-channel, and Mê Linh’s southern edge); geo-facts §4.2',
    'Cạnh chung của các vùng huyện năm 2019 dọc sông (ranh giới tỉnh giữa dòng, và cạnh phía nam của Mê Linh); geo-facts §4.2',
  ],
  // Context.
  ['the one water polygon over 50 km² (', 'vùng nước duy nhất rộng hơn 50 km² ('],
  [' km² inside the study box)', ' km² trong khung nghiên cứu)'],
  [
    'the water polygon containing the lake’s centre; facts: viethighlighttravel.com; ilove-vietnam.blogspot.com; centre from general knowledge (low); geo-facts §5',
    'vùng nước chứa tâm hồ; dữ kiện: viethighlighttravel.com; ilove-vietnam.blogspot.com; tâm hồ theo hiểu biết chung (thấp); geo-facts §5',
  ],
  [
    'Vietnam AIP AD 2 VVNB: ARP 211318N 1054820E (at RWY 11L/29R × TWY N3); geo-facts §5',
    'AIP Việt Nam AD 2 VVNB: điểm quy chiếu sân bay (ARP) 211318N 1054820E (tại RWY 11L/29R × TWY N3); geo-facts §5',
  ],
  [
    'en.wikipedia (21°14′N 105°42′E, to the minute)',
    'en.wikipedia (21°14′N 105°42′E, chính xác đến phút)',
  ],
  ['en.wikipedia Mê Linh district', 'en.wikipedia, huyện Mê Linh'],
  ['public district-centroid table', 'bảng tâm huyện công khai'],
  ['general knowledge (low)', 'hiểu biết chung (thấp)'],
  ['general knowledge', 'hiểu biết chung'],
  ['(low-medium)', '(thấp – trung bình)'],
  ['(low)', '(thấp)'],
  // Industrial zones.
  [
    '(Mê Linh: land misuse in Quang Minh IZ)',
    '(Mê Linh: sử dụng đất sai mục đích ở KCN Quang Minh)',
  ],
  ['place: adjacent to Quang Minh I', 'vị trí: liền kề KCN Quang Minh I'],
  [
    'Location from general knowledge (geo-facts §3, low confidence)',
    'Vị trí theo hiểu biết chung (geo-facts §3, độ tin cậy thấp)',
  ],
  ['point from general knowledge (low)', 'điểm theo hiểu biết chung (thấp)'],
  // Roads.
  [
    'dev.hanoionline.vn (Hà Nội radio-TV, “Tuyến đường xanh mát ở huyện Mê Linh”): length, width, ends; waypoints inferred from the text and the 2019 district polygons (geo-facts §2.1, low confidence)',
    'dev.hanoionline.vn (Đài PT-TH Hà Nội, “Tuyến đường xanh mát ở huyện Mê Linh”): chiều dài, bề rộng, hai đầu; điểm dẫn hướng suy ra từ bài viết và các vùng huyện năm 2019 (geo-facts §2.1, độ tin cậy thấp)',
  ],
  [
    'hanoitimes.vn (three super projects, 2015); geo-facts §2.2. No public geometry: ends placed from general knowledge',
    'hanoitimes.vn (ba siêu dự án, 2015); geo-facts §2.2. Không có hình học công khai: hai đầu đặt theo hiểu biết chung',
  ],
  [
    '(Vành đai 4 qua huyện Mê Linh): 11.2 km, 192.86 ha',
    '(Vành đai 4 qua huyện Mê Linh): 11,2 km, 192,86 ha',
  ],
  ['2026-03-10 (Hồng Hà bridge)', '10/3/2026 (cầu Hồng Hà)'],
  // Ring Road 5.
  [
    'Detailed plan Quyết định 561/QĐ-TTg (18/4/2014); lengths and cross-section: znews.vn (2014), viettimes.vn (2026-01-08); geo-facts §1',
    'Quy hoạch chi tiết theo Quyết định 561/QĐ-TTg (18/4/2014); chiều dài và mặt cắt ngang: znews.vn (2014), viettimes.vn (8/1/2026); geo-facts §1',
  ],
  [
    '; the end at Yên Bình is placed from general knowledge',
    '; điểm cuối ở Yên Bình đặt theo hiểu biết chung',
  ],
  [
    'vir.com.vn (PM opens the country’s longest bridge, 2014); nhandan.vn; 63stravel.com (VTC News); south junction from a public bus-stop table and the LegoCity QL32 line; geo-facts §1.4',
    'vir.com.vn (Thủ tướng khánh thành cây cầu dài nhất cả nước, 2014); nhandan.vn; 63stravel.com (VTC News); nút giao phía nam theo một bảng điểm dừng xe buýt công khai và tuyến QL32 của LegoCity; geo-facts §1.4',
  ],
  // Security clusters.
  [
    'The 2019 conference article names six joint security clusters of the Hà Nội and Vĩnh Phúc police but not their members; members grouped here by border segment (geo-facts §4.1, layers.md §4); area: the segment from the 2019 district polygons with a 2 km band on each side, clipped to the member districts',
    'Bài viết về hội nghị năm 2019 nêu sáu cụm liên kết bảo đảm an ninh trật tự của công an Hà Nội và Vĩnh Phúc nhưng không nêu thành viên; ở đây các thành viên được nhóm theo đoạn ranh giới (geo-facts §4.1, layers.md §4); địa bàn: đoạn ranh giới lấy từ các vùng huyện năm 2019 với dải 2 km mỗi bên, cắt theo các huyện thành viên',
  ],
  // The 2025 administrative units.
  ['; the publisher gives no open licence', '; nhà xuất bản không cấp giấy phép mở'],
  // Dates written ISO in a source line.
  ['en.vietnamplus.vn 2020-08-20', 'en.vietnamplus.vn 20/8/2020'],
  ['vietnamplus.vn 2023-02-21', 'vietnamplus.vn 21/2/2023'],
  // Developers, tenants, lane counts.
  ['Sumitomo Corporation (with Sumitomo Vietnam)', 'Tập đoàn Sumitomo (cùng Sumitomo Việt Nam)'],
  ['CNCTech (develops “CNCTech Bá Thiện I”)', 'CNCTech (phát triển “CNCTech Bá Thiện I”)'],
  [
    'VPID – Vinh Phuc Infrastructure Development JSC',
    'Công ty CP Phát triển hạ tầng Vĩnh Phúc (VPID)',
  ],
  ['Vietnam–Germany Steel Pipe JSC', 'Công ty CP Ống thép Việt – Đức'],
  ['Piaggio Vietnam', 'Piaggio Việt Nam'],
  ['Honda Vietnam', 'Honda Việt Nam'],
  [
    '6 car lanes + 2 mixed lanes (10 with frontage roads)',
    '6 làn ô tô + 2 làn hỗn hợp (10 làn kể cả đường gom)',
  ],
  ['4 (expressway component)', '4 (phần đường cao tốc)'],
];

const PHRASES = [...WRITTEN].sort((a, b) => b[0].length - a[0].length);

/** Words an English phrase can hardly do without: left in a translation, it was missed. */
const ENGLISH =
  /\b(the|and|of|is|from|in|on|as|at|to|with|by|point|road|district|low|high|medium)\b/i;

/** The Vietnamese of an English data text, or the text itself when it has nothing English. */
export function vietnameseOf(english: string): string {
  let text = english;
  for (const [en, vi] of PHRASES) text = text.split(en).join(vi);
  return text;
}

/** Whether a text (after translation) still reads as English somewhere. */
export function looksEnglish(text: string): boolean {
  return ENGLISH.test(text.replace(/\b[\w-]+(\.[\w-]+)+\b/g, ''));
}

/** Free-text properties the facts write in English, written in both languages by the build. */
const BILINGUAL_KEYS: ReadonlySet<string> = new Set(['source', 'operator', 'tenants', 'lanes']);

/**
 * The properties with each English free text in Vietnamese under its own name and the English
 * under `<name>_en`, right after it (a value with nothing English, a Vietnamese company name,
 * is written once). A source left English would show English in the Vietnamese UI: refused.
 */
export function withVietnamese<T extends Record<string, unknown>>(properties: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (!BILINGUAL_KEYS.has(key) || (typeof value !== 'string' && !Array.isArray(value))) {
      out[key] = value;
      continue;
    }
    const english = value as string | string[];
    const vietnamese = Array.isArray(english) ? english.map(vietnameseOf) : vietnameseOf(english);
    const texts = Array.isArray(vietnamese) ? vietnamese : [vietnamese];
    const missed = texts.find(looksEnglish);
    if (missed !== undefined) throw new Error(`${key} has no Vietnamese yet: "${missed}"`);
    out[key] = vietnamese;
    if (JSON.stringify(vietnamese) !== JSON.stringify(english)) out[`${key}_en`] = english;
  }
  return out as T;
}
