import type { LocalizedText } from '../layers/types.ts';

/**
 * What each registry property holds, as the form's help text (the label's tooltip), in the
 * planners' words (shared/facts/glossary.md). The schema's `description` stays the validator's
 * English; this is what a planner reads while filling the form.
 */
export const PROPERTY_HELP: Readonly<Record<string, LocalizedText>> = {
  name: { vi: 'Tên tiếng Việt, có dấu', en: 'The Vietnamese name, with diacritics' },
  name_en: { vi: 'Tên bằng tiếng Anh', en: 'The name in English' },
  source: {
    vi: 'Hình học và số liệu lấy từ đâu (văn bản, bản đồ, trang web), viết bằng lời',
    en: 'Where the geometry and figures come from (document, map, website), in words',
  },
  source_en: { vi: 'Nguồn, viết bằng tiếng Anh', en: 'The source in English' },
  accuracy: {
    vi: 'Hình học có được bằng cách nào: đo đạc, số hóa từ bản đồ, chỉ dẫn hay sơ đồ',
    en: 'How the geometry was obtained: surveyed, digitised, indicative or schematic',
  },
  accuracy_m: {
    vi: 'Sai số vị trí ước tính, tính bằng mét',
    en: 'The estimated position error, in metres',
  },
  status: {
    vi: 'Tình trạng dự án: quy hoạch, đang xây dựng, đang hoạt động, hoàn thành, đình trệ',
    en: 'Project status: planned, under construction, operating, completed, stalled',
  },
  valid_from: {
    vi: 'Ngày bắt đầu có hiệu lực (ngày/tháng/năm)',
    en: 'The date it takes effect (YYYY-MM-DD or D/M/YYYY)',
  },
  valid_until: {
    vi: 'Ngày hết hiệu lực (ngày/tháng/năm)',
    en: 'The date it ends (YYYY-MM-DD or D/M/YYYY)',
  },
  notes: { vi: 'Ghi chú tự do, bằng tiếng Việt', en: 'Free notes, in Vietnamese' },
  notes_en: { vi: 'Ghi chú bằng tiếng Anh', en: 'The notes in English' },
  districts_2019: {
    vi: 'Các huyện năm 2019 (trong 16 huyện của vùng) mà đối tượng nằm trên',
    en: 'The 2019 districts (of the 16 in the region) the feature lies in',
  },
  communes_2025: {
    vi: 'Các xã, phường từ 1/7/2025 mà đối tượng nằm trên',
    en: 'The communes and wards of 1 July 2025 the feature lies in',
  },
  commune_codes_2025: {
    vi: 'Mã 5 chữ số của các xã, phường đó, cùng thứ tự',
    en: 'Their 5-digit ward codes, in the same order',
  },
  provinces_2025: {
    vi: 'Các tỉnh, thành phố từ 1/7/2025 mà đối tượng nằm trên',
    en: 'The provinces of 1 July 2025 the feature lies in',
  },
  kind: { vi: 'Đối tượng là gì: sông, sân bay, đô thị, hồ, núi, cầu…', en: 'What the feature is' },
  province_2019: { vi: 'Tỉnh, thành phố năm 2019', en: 'The province as of 2019' },
  district_code: { vi: 'Mã huyện của Tổng cục Thống kê', en: 'The GSO district code' },
  length_km: { vi: 'Chiều dài theo công bố, km', en: 'The stated length, km' },
  hanoi_side: {
    vi: 'Huyện phía Hà Nội của đoạn ranh giới',
    en: 'The Hà Nội district on the border',
  },
  vinhphuc_side: {
    vi: 'Huyện phía Vĩnh Phúc của đoạn ranh giới',
    en: 'The Vĩnh Phúc district on the border',
  },
  cluster_no: { vi: 'Số thứ tự của cụm liên kết', en: 'The cluster’s number' },
  members_hanoi: { vi: 'Các huyện thành viên phía Hà Nội', en: 'Member districts, Hà Nội side' },
  members_vinhphuc: {
    vi: 'Các huyện thành viên phía Vĩnh Phúc',
    en: 'Member districts, Vĩnh Phúc side',
  },
  segment_km: {
    vi: 'Chiều dài đoạn ranh giới của cụm, km',
    en: 'The cluster’s border segment, km',
  },
  area_ha_declared: { vi: 'Diện tích theo quyết định, công bố, ha', en: 'The declared area, ha' },
  area_ha_footprint: {
    vi: 'Diện tích trên elipxoit của khoanh vẽ, ha (bên cạnh diện tích công bố)',
    en: 'The ellipsoidal area of the drawn footprint, ha (beside the declared area)',
  },
  operator: {
    vi: 'Chủ đầu tư hạ tầng (khu công nghiệp) hoặc đơn vị vận hành (trạm quan trắc)',
    en: 'The infrastructure developer (industrial park) or the operator (monitoring station)',
  },
  operator_en: {
    vi: 'Chủ đầu tư, viết bằng tiếng Anh',
    en: 'The developer or operator in English',
  },
  tenants: {
    vi: 'Các doanh nghiệp thuê đất trong khu (nhà đầu tư thứ cấp) đã biết; mỗi dòng hoặc dấu phẩy một tên',
    en: 'Known tenants (secondary investors); one per line or comma',
  },
  tenants_en: {
    vi: 'Các doanh nghiệp thuê đất, viết bằng tiếng Anh',
    en: 'The tenants in English',
  },
  outline_match: {
    vi: 'Khoanh vẽ có khớp vùng đất công nghiệp OSM năm 2018 không, và vì sao',
    en: 'Whether a 2018 OSM industrial landuse polygon matched the zone, and why',
  },
  outline_match_en: {
    vi: 'Kết quả khớp ranh giới, bằng tiếng Anh',
    en: 'The outline match in English',
  },
  road_class: { vi: 'Cấp, loại đường', en: 'The road class' },
  length_km_stated: { vi: 'Chiều dài theo công bố, km', en: 'The stated length, km' },
  width_m: { vi: 'Lộ giới (chỉ giới đường đỏ), m', en: 'The right-of-way width, m' },
  lanes: { vi: 'Số làn xe như văn bản ghi', en: 'The lane count as stated' },
  lanes_en: { vi: 'Số làn xe, viết bằng tiếng Anh', en: 'The lane count in English' },
  width_m_min: { vi: 'Bề rộng nền đường nhỏ nhất, m', en: 'The roadbed’s minimum width, m' },
  width_m_max: { vi: 'Bề rộng nền đường lớn nhất, m', en: 'The roadbed’s maximum width, m' },
  parameters: { vi: 'Các chỉ tiêu quan trắc', en: 'What is measured' },
  bank: { vi: 'Bờ sông: tả hay hữu', en: 'The river bank: left or right' },
};

/** Help for a property outside the layer's schema (a planner's own). */
export const EXTRA_PROPERTY_HELP: LocalizedText = {
  vi: 'Thuộc tính riêng, ngoài lược đồ của lớp',
  en: 'Your own property, outside the layer’s schema',
};
