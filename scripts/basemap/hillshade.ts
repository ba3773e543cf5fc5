import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** WebP quality of the shade's colour; its alpha (the shade itself) is kept lossless. */
const WEBP_QUALITY = 50;

/**
 * Shade levels kept in the alpha: 16 look as smooth as 256 under a soft relief, and make the
 * lossless alpha four times smaller (about 50 KB instead of 200 KB for the region).
 */
const SHADE_LEVELS = 16;

/** The hillshade value of flat ground (the histogram's peak): no shade from here up. */
const FLAT_SHADE = 181;

/** The shade's colour, a warm dark grey, so relief darkens the palette without greying it. */
const SHADE_RGB = [58, 52, 40] as const;

/** The hillshade image and where its corners lie, as a MapLibre image source wants them. */
export interface Hillshade {
  webp: Uint8Array;
  /** top-left, top-right, bottom-right, bottom-left as [lon, lat]. */
  coordinates: [[number, number], [number, number], [number, number], [number, number]];
}

/** Runs a GDAL tool; a failure says which tool, on what, and what it printed. */
function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') throw new Error(`${command} not found: the relief needs GDAL installed`);
    throw new Error(`${command} ${args.join(' ')} failed: ${stderr?.trim() || String(error)}`);
  }
}

/**
 * The SRTM hillshade (geographic lon/lat grid) warped to Web Mercator with GDAL, so the image
 * source's four corners place every pixel right (a lon/lat image stretched between its corners
 * would sit up to ~30 m off in the middle), and written as a WebP small enough for the first view.
 */
export function buildHillshade(geodataDir: string): Hillshade {
  const work = mkdtempSync(join(tmpdir(), 'giapranh-hillshade-'));
  try {
    const source = join(geodataDir, 'srtm3_hillshade_bbox.tif');
    const cropped = join(work, 'cropped.tif');
    const warped = join(work, 'hillshade-3857.tif');
    const levels = join(work, 'levels.tif');
    const webp = join(work, 'hillshade.webp');
    // gdaldem leaves the outermost pixels without a value (0, which would read as deep shade).
    const { size } = JSON.parse(run('gdalinfo', ['-json', source])) as { size: [number, number] };
    const window = ['1', '1', String(size[0] - 2), String(size[1] - 2)];
    run('gdal_translate', ['-q', '-a_nodata', 'none', '-srcwin', ...window, source, cropped]);
    run('gdalwarp', ['-q', '-overwrite', '-t_srs', 'EPSG:3857', '-r', 'bilinear', cropped, warped]);
    // Shade only: 0 on flat ground up to SHADE_LEVELS - 1 in full shade (values above FLAT_SHADE
    // scale below 0 and clamp to 0), then a constant colour with that shade as its alpha, so the
    // map's colours show through.
    const top = String(SHADE_LEVELS - 1);
    run('gdal_translate', [
      '-q',
      '-ot',
      'Byte',
      '-scale',
      String(FLAT_SHADE),
      '0',
      '0',
      top,
      warped,
      levels,
    ]);
    run('gdal_translate', [
      '-q',
      '-of',
      'WEBP',
      '-co',
      `QUALITY=${WEBP_QUALITY}`,
      ...['-b', '1', '-b', '1', '-b', '1', '-b', '1'],
      ...SHADE_RGB.flatMap((value, band) => [
        `-scale_${band + 1}`,
        '0',
        '255',
        `${value}`,
        `${value}`,
      ]),
      ...['-scale_4', '0', top, '0', '255'],
      levels,
      webp,
    ]);
    const info = JSON.parse(run('gdalinfo', ['-json', warped])) as {
      wgs84Extent: { coordinates: number[][][] };
    };
    return { webp: readFileSync(webp), coordinates: cornersOf(info.wgs84Extent.coordinates[0]!) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** gdalinfo's WGS84 extent ring → MapLibre's corner order. */
function cornersOf(ring: number[][]): Hillshade['coordinates'] {
  const lons = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  const [west, east] = [round(Math.min(...lons)), round(Math.max(...lons))];
  const [south, north] = [round(Math.min(...lats)), round(Math.max(...lats))];
  return [
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
}
