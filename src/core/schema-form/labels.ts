import type { LocalizedText } from '../layers/types.ts';

/**
 * Form labels for the property names the registry uses. A name not listed is shown as written
 * (a planner's own extra property).
 */
export const PROPERTY_LABELS: Readonly<Record<string, LocalizedText>> = {
  name: { vi: 'Tên', en: 'Name' },
  name_en: { vi: 'Tên tiếng Anh', en: 'English name' },
  source: { vi: 'Nguồn', en: 'Source' },
  source_en: { vi: 'Nguồn (tiếng Anh)', en: 'Source in English' },
  accuracy: { vi: 'Độ chính xác', en: 'Accuracy' },
  accuracy_m: { vi: 'Sai số vị trí', en: 'Position error' },
  status: { vi: 'Tình trạng', en: 'Status' },
  valid_from: { vi: 'Hiệu lực từ', en: 'Valid from' },
  valid_until: { vi: 'Hiệu lực đến', en: 'Valid until' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  notes_en: { vi: 'Ghi chú tiếng Anh', en: 'Notes in English' },
  kind: { vi: 'Loại', en: 'Kind' },
  province_2019: { vi: 'Tỉnh (2019)', en: 'Province (2019)' },
  district_code: { vi: 'Mã huyện', en: 'District code' },
  length_km: { vi: 'Chiều dài', en: 'Length' },
  length_km_stated: { vi: 'Chiều dài công bố', en: 'Stated length' },
  segment_km: { vi: 'Chiều dài đoạn', en: 'Segment length' },
  hanoi_side: { vi: 'Huyện phía Hà Nội', en: 'Hà Nội side' },
  vinhphuc_side: { vi: 'Huyện phía Vĩnh Phúc', en: 'Vĩnh Phúc side' },
  cluster_no: { vi: 'Số cụm', en: 'Cluster number' },
  members_hanoi: { vi: 'Thành viên phía Hà Nội', en: 'Members, Hà Nội' },
  members_vinhphuc: { vi: 'Thành viên phía Vĩnh Phúc', en: 'Members, Vĩnh Phúc' },
  area_ha_declared: { vi: 'Diện tích công bố', en: 'Declared area' },
  area_ha_footprint: { vi: 'Diện tích khoanh vẽ', en: 'Footprint area' },
  tenants: { vi: 'Doanh nghiệp thuê đất', en: 'Tenants' },
  tenants_en: { vi: 'Doanh nghiệp thuê đất (tiếng Anh)', en: 'Tenants in English' },
  road_class: { vi: 'Cấp đường', en: 'Road class' },
  lanes: { vi: 'Số làn xe', en: 'Lanes' },
  lanes_en: { vi: 'Số làn xe (tiếng Anh)', en: 'Lanes in English' },
  width_m: { vi: 'Bề rộng', en: 'Width' },
  width_m_min: { vi: 'Bề rộng nhỏ nhất', en: 'Minimum width' },
  width_m_max: { vi: 'Bề rộng lớn nhất', en: 'Maximum width' },
  parameters: { vi: 'Chỉ tiêu quan trắc', en: 'Parameters measured' },
  operator: { vi: 'Chủ đầu tư / đơn vị vận hành', en: 'Developer / operator' },
  operator_en: { vi: 'Chủ đầu tư (tiếng Anh)', en: 'Developer / operator in English' },
  bank: { vi: 'Bờ', en: 'Bank' },
  outline_match: { vi: 'Khớp ranh giới OSM 2018', en: 'Outline match (OSM 2018)' },
  outline_match_en: {
    vi: 'Khớp ranh giới OSM 2018 (tiếng Anh)',
    en: 'Outline match (OSM 2018) in English',
  },
  // Where the feature lies, as the inspector words it (messages.ts districts2019, …).
  districts_2019: { vi: 'Huyện (2019)', en: 'District(s) (2019)' },
  communes_2025: { vi: 'Xã, phường (từ 1/7/2025)', en: 'Commune(s) (since 1 July 2025)' },
  commune_codes_2025: {
    vi: 'Mã xã, phường (từ 1/7/2025)',
    en: 'Commune code(s) (since 1 July 2025)',
  },
  provinces_2025: { vi: 'Tỉnh, thành phố (từ 1/7/2025)', en: 'Province(s) (since 1 July 2025)' },
};

/** Labels for allowed values; a value not listed is shown as written. */
export const VALUE_LABELS: Readonly<Record<string, LocalizedText>> = {
  surveyed: { vi: 'đo đạc', en: 'surveyed' },
  digitised: { vi: 'số hóa từ bản đồ', en: 'digitised' },
  indicative: { vi: 'chỉ dẫn', en: 'indicative' },
  schematic: { vi: 'sơ đồ', en: 'schematic' },
  planned: { vi: 'quy hoạch', en: 'planned' },
  'under-construction': { vi: 'đang xây dựng', en: 'under construction' },
  operating: { vi: 'đang hoạt động', en: 'operating' },
  completed: { vi: 'hoàn thành', en: 'completed' },
  stalled: { vi: 'đình trệ', en: 'stalled' },
  district: { vi: 'huyện', en: 'district' },
  'provincial-border': { vi: 'ranh giới tỉnh', en: 'provincial border' },
  'border-segment': { vi: 'đoạn ranh giới', en: 'border segment' },
  river: { vi: 'sông', en: 'river' },
  airport: { vi: 'sân bay', en: 'airport' },
  town: { vi: 'đô thị', en: 'town' },
  lake: { vi: 'hồ', en: 'lake' },
  mountain: { vi: 'núi', en: 'mountain' },
  bridge: { vi: 'cầu', en: 'bridge' },
  axis: { vi: 'trục', en: 'axis' },
  'national-road': { vi: 'quốc lộ', en: 'national road' },
  expressway: { vi: 'cao tốc', en: 'expressway' },
  'urban-expressway': { vi: 'đường cao tốc đô thị', en: 'urban expressway' },
  'ring-road': { vi: 'đường vành đai', en: 'ring road' },
  railway: { vi: 'đường sắt', en: 'railway' },
  left: { vi: 'bờ tả', en: 'left' },
  right: { vi: 'bờ hữu', en: 'right' },
};

/** Units read from the name's suffix, the house rule that names carry units. */
export function unitOf(name: string): string | undefined {
  if (/_m(_|$)/.test(name)) return 'm';
  if (/_km(_|$)/.test(name)) return 'km';
  if (/_ha(_|$)/.test(name)) return 'ha';
  return undefined;
}
