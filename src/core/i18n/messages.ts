export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * Every UI string in both languages. Vietnamese uses the planners' own words
 * (shared/facts/glossary.md): "lớp bản đồ", "chú giải", "độ chính xác", "nguồn".
 */
export const MESSAGES = {
  appTitle: {
    vi: 'Giáp Ranh — bản đồ quy hoạch vùng giáp ranh',
    en: 'Giáp Ranh — border-region planning map',
  },
  appSubtitle: { vi: 'Hà Nội – Vĩnh Phúc (nay: Phú Thọ)', en: 'Hà Nội – Vĩnh Phúc (now Phú Thọ)' },
  layers: { vi: 'Lớp bản đồ', en: 'Map layers' },
  legend: { vi: 'Chú giải', en: 'Legend' },
  opacity: { vi: 'Độ mờ đục', en: 'Opacity' },
  zoomToLayer: { vi: 'Thu phóng tới lớp', en: 'Zoom to layer' },
  featureCount: { vi: 'đối tượng', en: 'features' },
  emptyLayer: { vi: 'Lớp trống', en: 'Empty layer' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  loadError: { vi: 'Không tải được lớp', en: 'Could not load layer' },
  inspector: { vi: 'Thông tin đối tượng', en: 'Feature details' },
  close: { vi: 'Đóng', en: 'Close' },
  source: { vi: 'Nguồn', en: 'Source' },
  accuracy: { vi: 'Độ chính xác', en: 'Accuracy' },
  properties: { vi: 'Thuộc tính', en: 'Properties' },
  layer: { vi: 'Lớp', en: 'Layer' },
  lengthGeodesic: { vi: 'Chiều dài (trắc địa, WGS84)', en: 'Length (geodesic, WGS84)' },
  perimeterGeodesic: { vi: 'Chu vi (trắc địa, WGS84)', en: 'Perimeter (geodesic, WGS84)' },
  areaGeodesic: { vi: 'Diện tích (elipxoit WGS84)', en: 'Area (WGS84 ellipsoid)' },
  position: { vi: 'Tọa độ', en: 'Position' },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  noticeTitle: { vi: 'Địa giới năm 2019', en: 'Boundaries as of 2019' },
  noticeBody: {
    vi: 'Ranh giới huyện và tên tỉnh Vĩnh Phúc là theo năm 2019. Từ 1/7/2025, Vĩnh Phúc sáp nhập vào tỉnh Phú Thọ (NQ 202/2025/QH15) và cấp huyện chấm dứt; ranh giới Hà Nội – Vĩnh Phúc nay là ranh giới Hà Nội – Phú Thọ, không thay đổi vị trí.',
    en: 'District boundaries and the name Vĩnh Phúc are as of 2019. On 1 July 2025 Vĩnh Phúc merged into Phú Thọ province (Resolution 202/2025/QH15) and districts were abolished; the Hà Nội – Vĩnh Phúc line is now the Hà Nội – Phú Thọ boundary, in the same place.',
  },
  dismiss: { vi: 'Ẩn', en: 'Hide' },
  showNotice: { vi: 'Địa giới 2019', en: 'Boundaries 2019' },
  openFullMap: { vi: 'Mở bản đồ đầy đủ', en: 'Open full map' },
  accuracy_surveyed: { vi: 'đo đạc', en: 'surveyed' },
  accuracy_digitised: { vi: 'số hóa từ bản đồ', en: 'digitised from a map' },
  accuracy_indicative: { vi: 'chỉ dẫn', en: 'indicative' },
  accuracy_schematic: { vi: 'sơ đồ', en: 'schematic' },
  accuracyWithin: { vi: 'sai số khoảng', en: 'error about' },
  offline: {
    vi: 'Ngoại tuyến: nền bản đồ, phông chữ và dữ liệu đi kèm',
    en: 'Offline: basemap, fonts and data are bundled',
  },
  tabLayers: { vi: 'Lớp bản đồ', en: 'Layers' },
  tabAnalysis: { vi: 'Phân tích', en: 'Analysis' },
  measure: { vi: 'Đo đạc', en: 'Measure' },
  measureMode: { vi: 'Kiểu đo', en: 'Measure mode' },
  measureDistance: { vi: 'Khoảng cách', en: 'Distance' },
  measureArea: { vi: 'Diện tích', en: 'Area' },
  measureStart: { vi: 'Bắt đầu đo', en: 'Start measuring' },
  measureStop: { vi: 'Kết thúc', en: 'Finish' },
  measureClear: { vi: 'Xóa', en: 'Clear' },
  measureHint: {
    vi: 'Nhấp các điểm trên bản đồ; nhấp đúp hoặc Esc để kết thúc.',
    en: 'Click points on the map; double-click or Esc to finish.',
  },
  segment: { vi: 'Đoạn', en: 'Segment' },
  total: { vi: 'Tổng', en: 'Total' },
  perimeter: { vi: 'Chu vi', en: 'Perimeter' },
  units: { vi: 'Đơn vị', en: 'Units' },
  checks: { vi: 'Kiểm tra quy hoạch', en: 'Planning checks' },
  presets: { vi: 'Kiểm tra mẫu', en: 'Preset checks' },
  savedChecks: { vi: 'Kiểm tra đã lưu', en: 'Saved checks' },
  newCheck: { vi: 'Kiểm tra mới', en: 'New check' },
  checkKind: { vi: 'Loại', en: 'Kind' },
  kindNearest: { vi: 'Gần nhất', en: 'Nearest' },
  kindOverlap: { vi: 'Chồng lấn', en: 'Overlap' },
  kindCorridor: { vi: 'Hành lang (vùng đệm)', en: 'Corridor (buffer)' },
  fromLayer: { vi: 'Từ lớp', en: 'From layer' },
  toLayer: { vi: 'Tới lớp', en: 'To layer' },
  layerA: { vi: 'Lớp A', en: 'Layer A' },
  layerB: { vi: 'Lớp B', en: 'Layer B' },
  ofLayer: { vi: 'Của lớp', en: 'Of layer' },
  corridorOfB: { vi: 'Dùng hành lang của lớp B', en: 'Use a corridor around layer B' },
  distanceMeters: { vi: 'Khoảng cách (m)', en: 'Distance (m)' },
  run: { vi: 'Chạy', en: 'Run' },
  rerun: { vi: 'Chạy lại', en: 'Run again' },
  save: { vi: 'Lưu', en: 'Save' },
  delete: { vi: 'Xóa', en: 'Delete' },
  checkName: { vi: 'Tên kiểm tra', en: 'Check name' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  running: { vi: 'Đang phân tích…', en: 'Analysing…' },
  cancelled: { vi: 'Đã hủy.', en: 'Cancelled.' },
  results: { vi: 'Kết quả', en: 'Results' },
  noResults: { vi: 'Không có kết quả.', en: 'No results.' },
  showMore: { vi: 'xem thêm', en: 'show more' },
  rowsCount: { vi: 'dòng', en: 'rows' },
  exportCsv: { vi: 'Xuất CSV', en: 'Export CSV' },
  exportGeojson: { vi: 'Xuất GeoJSON', en: 'Export GeoJSON' },
  clearResults: { vi: 'Xóa kết quả', en: 'Clear results' },
  analysisError: { vi: 'Lỗi phân tích', en: 'Analysis failed' },
  sortBy: { vi: 'Sắp xếp theo', en: 'Sort by' },
  geodesicNote: {
    vi: 'Khoảng cách và diện tích tính trên elipxoit WGS84.',
    en: 'Distances and areas on the WGS84 ellipsoid.',
  },
  importFile: { vi: 'Nhập tệp…', en: 'Import file…' },
  importing: { vi: 'Đang kiểm tra tệp…', en: 'Checking the file…' },
  importAccepted: { vi: 'Đã nhập', en: 'Imported' },
  importFeaturesInto: { vi: 'đối tượng vào lớp', en: 'features into' },
  importFeatureInto: { vi: 'đối tượng vào lớp', en: 'feature into' },
  importRejected: {
    vi: 'Không nhập được tệp. Lớp bản đồ giữ nguyên.',
    en: 'The file was not imported. The layer is unchanged.',
  },
  importSessionNote: {
    vi: 'Dữ liệu nhập chỉ giữ trong phiên làm việc này (mất khi tải lại trang).',
    en: 'Imported data is kept for this session only (gone on reload).',
  },
  errors: { vi: 'Lỗi', en: 'Errors' },
  warnings: { vi: 'Cảnh báo', en: 'Warnings' },
  moreFindings: { vi: 'và còn', en: 'and' },
  moreFindingsTail: { vi: 'vấn đề khác', en: 'more' },
  lineColumn: { vi: 'dòng', en: 'line' },
  column: { vi: 'cột', en: 'column' },
  importReadAs: { vi: 'Đọc theo hệ tọa độ', en: 'Read in' },
  importRetryAs: { vi: 'Nhập lại theo hệ tọa độ', en: 'Import again in' },
  importConverted: { vi: 'đã chuyển sang WGS84', en: 'converted to WGS84' },
  importProjectedHint: {
    vi: 'Tọa độ trông như mét của hệ chiếu (thường là VN-2000). Chọn hệ tọa độ của tệp:',
    en: 'The coordinates look like projected metres (usually VN-2000). Choose the file’s system:',
  },
  exportFigure: { vi: 'Xuất hình', en: 'Export figure' },
  figureTitle: { vi: 'Tiêu đề', en: 'Title' },
  figureSize: { vi: 'Khổ hình', en: 'Size' },
  figureA4: {
    vi: 'Trang A4 ngang (25 × 17 cm, 300 dpi)',
    en: 'A4 landscape page (25 × 17 cm, 300 dpi)',
  },
  figureHalf: {
    vi: 'Nửa trang A4 (16 × 11 cm, 300 dpi)',
    en: 'Half an A4 page (16 × 11 cm, 300 dpi)',
  },
  figureScreen: {
    vi: 'Màn hình, trang web (1200 × 800, 96 dpi)',
    en: 'Screen or web page (1200 × 800, 96 dpi)',
  },
  figureDownload: { vi: 'Tải hình PNG', en: 'Download PNG' },
  figureWorking: { vi: 'Đang vẽ hình…', en: 'Drawing the figure…' },
  figureFailed: { vi: 'Không tạo được hình', en: 'The figure could not be made' },
  figureFooter: {
    vi: 'Nguồn: Giáp Ranh (dữ liệu đi kèm, mỗi đối tượng ghi nguồn và độ chính xác) · WGS84 · Địa giới năm 2019; từ 1/7/2025 Vĩnh Phúc thuộc tỉnh Phú Thọ, cấp huyện chấm dứt',
    en: 'Source: Giáp Ranh (bundled data; each feature states its source and accuracy) · WGS84 · Boundaries as of 2019; since 1 July 2025 Vĩnh Phúc is part of Phú Thọ and districts are abolished',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function t(lang: Lang, key: MessageKey): string {
  return MESSAGES[key][lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}
