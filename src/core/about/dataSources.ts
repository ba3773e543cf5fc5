import type { Lang } from '../i18n/messages.ts';

type Text = Record<Lang, string>;

/** One source of the bundled data: which files (or tile layers) come from it, and its terms. */
export interface DataSource {
  id: string;
  title: Text;
  /** Bundled files, relative to the repository; `basemap.pmtiles#layer` names a tile layer. */
  files: readonly string[];
  origin: Text;
  licence: Text;
}

/**
 * Where every bundled data file comes from and under which licence: the "About the data"
 * dialog shows this, and data/LICENSE.md says the same (a unit test keeps the two in step).
 */
export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: 'osm',
    title: { vi: 'OpenStreetMap (2018)', en: 'OpenStreetMap (2018)' },
    files: [
      'data/basemap/basemap.pmtiles#water',
      'data/basemap/basemap.pmtiles#waterway',
      'data/basemap/basemap.pmtiles#road',
      'data/basemap/basemap.pmtiles#railway',
      'data/basemap/basemap.pmtiles#landuse',
      'data/basemap/basemap.pmtiles#place',
      'data/geojson/me-linh-axis-roads.geojson',
      'data/geojson/context.geojson',
    ],
    origin: {
      vi: 'Dữ liệu OpenStreetMap ngày 3/1/2018 (bản trích Geofabrik, qua kho barryballantines/VVNB_Hanoi_Noibai-Scenery): mặt nước, sông ngòi, mạng đường (dải 10 m), đường sắt, sử dụng đất (vườn quốc gia Tam Đảo, Ba Vì), địa danh.',
      en: 'OpenStreetMap data as of 3 January 2018 (Geofabrik extract, via the barryballantines/VVNB_Hanoi_Noibai-Scenery repository): water, waterways, the road network (10 m footprints), railways, land use (Tam Đảo and Ba Vì national parks), places.',
    },
    licence: {
      vi: 'ODbL 1.0 — © OpenStreetMap contributors. Các lớp dựng từ dữ liệu này là cơ sở dữ liệu phái sinh và vẫn theo ODbL; bản đồ và hình xuất chỉ cần ghi nguồn.',
      en: 'ODbL 1.0 — © OpenStreetMap contributors. The layers built from it are a derivative database and stay under the ODbL; a rendered map or figure needs only the attribution.',
    },
  },
  {
    id: 'admin-2025',
    title: { vi: 'Đơn vị hành chính 2025', en: '2025 administrative units' },
    files: [
      'data/basemap/basemap.pmtiles#land',
      'data/basemap/basemap.pmtiles#commune',
      'data/admin2025/communes.geojson',
      'data/admin2025/provinces.geojson',
    ],
    origin: {
      vi: 'Tỉnh và xã/phường từ 1/7/2025: sapnhap.bando.com.vn (NXB Tài nguyên Môi trường và Bản đồ), qua kho thanglequoc/vietnamese-provinces-database (bản xuất 25/7/2026).',
      en: 'Provinces and communes/wards in force since 1 July 2025: sapnhap.bando.com.vn (NXB Tài nguyên Môi trường và Bản đồ), via the thanglequoc/vietnamese-provinces-database repository (export of 25 July 2026).',
    },
    licence: {
      vi: 'Nhà xuất bản không công bố giấy phép mở (xem điều khoản của họ); ghi nguồn "Đơn vị hành chính 2025: sapnhap.bando.com.vn". Giấy phép MIT của kho chỉ áp dụng cho mã và bản xuất của kho.',
      en: 'The publisher gives no open licence (refer to their terms of service); credited as "Đơn vị hành chính 2025: sapnhap.bando.com.vn". The repository’s MIT licence covers its own code and export only.',
    },
  },
  {
    id: 'legocity',
    title: { vi: 'Quốc lộ (LegoCity)', en: 'National roads (LegoCity)' },
    files: ['data/basemap/basemap.pmtiles#road_national'],
    origin: {
      vi: 'Tuyến quốc lộ có tên, dạng sơ lược (2–20 đỉnh): CTU-SematX/LegoCity, opendata/giaothong.',
      en: 'Named national roads as coarse lines (2–20 vertices): CTU-SematX/LegoCity, opendata/giaothong.',
    },
    licence: {
      vi: 'CC BY-SA 4.0 — ghi nguồn "LegoCity".',
      en: 'CC BY-SA 4.0 — credited as "LegoCity".',
    },
  },
  {
    id: 'srtm',
    title: { vi: 'Địa hình SRTM', en: 'SRTM relief' },
    files: [
      'data/basemap/hillshade.webp',
      'data/basemap/hillshade.json',
      'data/basemap/basemap.pmtiles#contour',
    ],
    origin: {
      vi: 'Độ cao SRTM 3 giây cung (mảnh N21E105): bóng địa hình và đường đồng mức 50 m.',
      en: 'SRTM 3-arc-second elevation (tile N21E105): hillshade and 50 m contours.',
    },
    licence: {
      vi: 'Phạm vi công cộng; ghi nguồn "SRTM, NASA/USGS".',
      en: 'Public domain; credited as "SRTM, NASA/USGS".',
    },
  },
  {
    id: 'boundaries-2019',
    title: { vi: 'Địa giới 2019', en: '2019 boundaries' },
    files: [
      'data/sources/districts-2019.geojson',
      'data/basemap/basemap.geojson',
      'data/basemap/basemap.pmtiles#boundary',
      'data/geojson/boundaries.geojson',
    ],
    origin: {
      vi: 'Ranh giới tỉnh, huyện năm 2019 từ bản đồ hành chính gis.chinhphu.vn, qua kho daohoangson/dvhcvn (18/10/2019), đã giản lược khoảng 250 m.',
      en: 'Province and district boundaries of 2019 from the government administrative map gis.chinhphu.vn, via the daohoangson/dvhcvn repository (18 October 2019), simplified to about 250 m.',
    },
    licence: {
      vi: 'Bản đồ nhà nước không ghi giấy phép; kho trích xuất theo GPL-3.0.',
      en: 'The government map states no licence; the extracting repository is GPL-3.0.',
    },
  },
  {
    id: 'plan-layers',
    title: { vi: 'Các lớp quy hoạch', en: 'The plan layers' },
    files: ['data/geojson/*.geojson'],
    origin: {
      vi: 'Giáp Ranh, từ các nguồn công khai (văn bản, báo chí): mỗi đối tượng ghi nguồn (source) và độ chính xác (accuracy, accuracy_m).',
      en: 'Giáp Ranh, from public sources (decisions, press): each feature states its own source and accuracy (source, accuracy, accuracy_m).',
    },
    licence: {
      vi: 'Dữ liệu của dự án; nguồn của từng đối tượng ghi trong đối tượng. Các tuyến đường, đường sắt, sông Hồng và hồ Đại Lải vẽ lại theo OpenStreetMap 2018 vẫn theo ODbL.',
      en: 'Project data; each feature names its own source. The roads, railway, Red River and Đại Lải lake re-drawn on OpenStreetMap 2018 stay under the ODbL.',
    },
  },
];
