/**
 * Who the basemap's data comes from, as each source's licence asks to be credited: on the map
 * (the attribution control), in the embed, on report figures and in the README.
 */
export const BASEMAP_CREDITS = [
  '© OpenStreetMap contributors (ODbL), 2018',
  'Đơn vị hành chính 2025: sapnhap.bando.com.vn',
  'Quốc lộ: LegoCity (CC BY-SA 4.0)',
  'Địa hình: SRTM (NASA/USGS)',
  'Địa giới 2019: gis.chinhphu.vn',
] as const;

/** The credits as one line of plain text, for figures. */
export const BASEMAP_CREDIT_LINE = BASEMAP_CREDITS.join(' · ');
