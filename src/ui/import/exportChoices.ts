import type { CrsCode } from '../../core/crs/vn2000.ts';
import type { ExportFormatId } from '../../core/formats/types.ts';

/** The export formats offered, in the order shown. */
export const EXPORT_FORMATS: readonly { id: ExportFormatId; title: string }[] = [
  { id: 'geojson', title: 'GeoJSON' },
  { id: 'kml', title: 'KML' },
  { id: 'csv', title: 'CSV' },
  { id: 'shapefile', title: 'Shapefile (.zip)' },
];

/** The coordinate systems an export may be written in (KML is always WGS84). */
export const EXPORT_SYSTEMS: readonly { code: CrsCode; title: string }[] = [
  { code: 'EPSG:4326', title: 'WGS84' },
  { code: 'EPSG:5897', title: 'VN-2000 TM-3 105°' },
  { code: 'EPSG:3405', title: 'VN-2000 UTM 48N' },
];
