import type { CrsCode } from '../crs/vn2000.ts';

/** The columns of a table that hold coordinates, and the system their names imply. */
export interface CoordinateColumns {
  x: string;
  y: string;
  /** Set when the names say VN-2000 metres (easting/northing, x_vn2000…). */
  crs?: CrsCode;
}

/** Which columns hold WKT geometry (the project's CSV export writes one for lines and polygons). */
export const WKT_COLUMNS = ['wkt', 'geometry', 'geom', 'the_geom'];

const X_NAMES = ['lon', 'lng', 'long', 'longitude', 'kinh do', 'kinhdo', 'kinh_do', 'x'];
const Y_NAMES = ['lat', 'latitude', 'vi do', 'vido', 'vi_do', 'y'];
const EASTING_NAMES = ['easting', 'east', 'e', 'x_vn2000', 'x vn2000', 'toa do y', 'toa_do_y'];
const NORTHING_NAMES = ['northing', 'north', 'n', 'y_vn2000', 'y vn2000', 'toa do x', 'toa_do_x'];

/**
 * The coordinate columns of a header, matched by name without case or diacritics: lon/lat,
 * lng, x/y, kinh độ/vĩ độ, and easting/northing (VN-2000 metres; Vietnamese survey tables call
 * northing "tọa độ X" and easting "tọa độ Y").
 */
export function findCoordinateColumns(header: readonly string[]): CoordinateColumns | undefined {
  const named = epsgNamedColumns(header);
  if (named) return named;
  const byKey = new Map(header.map((name) => [columnKey(name), name]));
  const pick = (names: readonly string[]) =>
    names.map((name) => byKey.get(name)).find((found) => found !== undefined);
  const easting = pick(EASTING_NAMES);
  const northing = pick(NORTHING_NAMES);
  if (easting && northing) return { x: easting, y: northing, crs: 'EPSG:5897' };
  const x = pick(X_NAMES);
  const y = pick(Y_NAMES);
  return x && y ? { x, y } : undefined;
}

const KNOWN_PROJECTED = new Set(['5897', '3405', '9208']);

// The project's own CSV export names the system in the columns: `easting_epsg3405`.
function epsgNamedColumns(header: readonly string[]): CoordinateColumns | undefined {
  const find = (axis: string) =>
    header
      .map((name) => ({ name, match: new RegExp(`^${axis}_epsg(\\d+)$`, 'i').exec(name.trim()) }))
      .find(({ match }) => match && KNOWN_PROJECTED.has(match[1]!));
  const x = find('easting');
  const y = find('northing');
  if (!x || !y || x.match![1] !== y.match![1]) return undefined;
  return { x: x.name, y: y.name, crs: `EPSG:${x.match![1]}` as CrsCode };
}

/** A column name as compared: lower case, no diacritics, đ as d, spaces and units trimmed. */
export function columnKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s*\((m|deg|do|°)\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
