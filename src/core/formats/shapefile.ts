import type { Feature, Geometry } from 'geojson';
import { parseShp } from 'shpjs';
import { crsFromPrj } from './crs-from-prj.ts';
import { FormatError } from './format-error.ts';
import { readDbf } from './read-dbf.ts';
import { readZip } from './read-zip.ts';
import { toRfc7946 } from './ring-orientation.ts';
import { toWgs84 } from './to-wgs84.ts';
import type { ParsedFile, ParseOptions, TextEncoding } from './types.ts';

const UTF8 = new TextDecoder('utf-8');

/**
 * A zipped Shapefile (every .shp in the archive, with its .dbf, .prj and .cpg). The .prj names
 * the system (WGS84, VN-2000 degrees, TM-3 or UTM 48N); without one the numbers decide. An
 * unknown .prj is refused unless the planner names the system.
 */
export function parseShapefileZip(
  bytes: Uint8Array,
  fileName: string,
  options: ParseOptions = {},
): ParsedFile {
  const entries = readZip(bytes, fileName);
  const byLowerName = new Map(
    [...entries].map(([name, data]) => [name.toLowerCase(), { name, data }]),
  );
  const bases = [...byLowerName.keys()]
    .filter((name) => name.endsWith('.shp'))
    .map((name) => name.slice(0, -4));
  if (bases.length === 0) {
    const listed = [...entries.keys()].slice(0, 8).join(', ') || 'nothing';
    throw new FormatError(
      'archive-no-shp',
      `${fileName}: the archive holds no .shp file (found ${listed})`,
    );
  }
  const features: Feature[] = [];
  let fileCrs: ParsedFile['sourceCrs'] | undefined;
  let encoding: TextEncoding | undefined;
  for (const base of bases) {
    const part = (ext: string) => byLowerName.get(`${base}.${ext}`)?.data;
    const where = `${fileName}/${byLowerName.get(`${base}.shp`)!.name}`;
    const prj = part('prj');
    if (prj && !options.sourceCrs) {
      const wkt = UTF8.decode(prj);
      const crs = crsFromPrj(wkt);
      if (!crs) {
        throw new FormatError(
          'unknown-projection',
          `${where}: the .prj describes a coordinate system the app does not handle (${wkt.slice(0, 80)}…); name it with --from or in the import report`,
        );
      }
      fileCrs = crs;
    }
    const geometries = readShp(part('shp')!, where);
    const dbf = part('dbf');
    const table = dbf
      ? readDbf(dbf, part('cpg') && UTF8.decode(part('cpg')!), options.encoding)
      : undefined;
    encoding ??= table?.encoding;
    geometries.forEach((geometry, index) => {
      if (geometry)
        features.push({
          type: 'Feature',
          properties: table?.rows[index] ?? {},
          geometry: toRfc7946(geometry),
        });
    });
  }
  return toWgs84(
    { format: 'shapefile', collection: { type: 'FeatureCollection', features }, fileCrs, encoding },
    fileName,
    options,
  );
}

function readShp(shp: Uint8Array, where: string): (Geometry | null)[] {
  try {
    return parseShp(shp as unknown as Buffer) as unknown as (Geometry | null)[];
  } catch (error) {
    throw new FormatError('syntax', `${where}: not a readable .shp (${(error as Error).message})`);
  }
}
