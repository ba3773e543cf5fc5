import type { CrsCode } from '../crs/vn2000.ts';
import { EXPORT_EXTENSION } from './serialize-file.ts';
import type { ExportFormatId } from './types.ts';

/**
 * The system a file in `format` is written in when `chosen` was picked: KML is always WGS84
 * (OGC KML 2.2 has no other), whatever was picked for another format before.
 */
export function writtenCrs(format: ExportFormatId, chosen: CrsCode): CrsCode {
  return format === 'kml' ? 'EPSG:4326' : chosen;
}

/**
 * The download's file name: `base`, a suffix naming a system other than WGS84
 * (`-epsg5897`), then the format's extension. The suffix follows what is written, so a KML
 * never carries one.
 */
export function exportFileName(base: string, format: ExportFormatId, chosen: CrsCode): string {
  const crs = writtenCrs(format, chosen);
  const suffix = crs === 'EPSG:4326' ? '' : `-epsg${crs.slice(5)}`;
  return `${base}${suffix}${EXPORT_EXTENSION[format]}`;
}
