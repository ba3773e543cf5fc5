import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serializeShapefile, shapefileFiles } from '../../src/core/formats/serialize-shapefile.ts';

/** Where generated files are kept between runs (gitignored), as bench:cli keeps its own. */
const CACHE = resolve(import.meta.dirname, '../../.bench/import');
/** Raise when `squares` or the writers change what a file holds: old files are then unused. */
const GENERATOR_VERSION = 2;

/** Small squares over the region, each with a name and a number: ~300 bytes of GeoJSON each. */
export function squares(count: number): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (let i = 0; i < count; i++) {
    const x = 105.3 + (i % 500) * 0.0016;
    const y = 21.0 + Math.floor(i / 500) * 0.0012 * (500 / Math.max(500, count / 400));
    const round = (v: number) => Math.round(v * 1e7) / 1e7;
    features.push({
      type: 'Feature',
      id: `big-${i}`,
      properties: { name: `Ô đất số ${i}`, area_class: i % 7, note: 'sinh tự động cho bench' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [round(x), round(y)],
            [round(x + 0.001), round(y)],
            [round(x + 0.001), round(y + 0.0008)],
            [round(x), round(y + 0.0008)],
            [round(x), round(y)],
          ],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A GeoJSON text of about `megabytes` MB, generated once and then read from `.bench/`. */
export function geojsonOfSize(megabytes: number): { bytes: Buffer; features: number } {
  return cached(`squares-${megabytes}mb-v${GENERATOR_VERSION}`, 'geojson', () =>
    ofSize(megabytes, (count) => Buffer.from(JSON.stringify(squares(count)))),
  );
}

/**
 * A zipped Shapefile (UTF-8 .dbf, WGS84 .prj) of about `megabytes` MB before zipping, generated
 * once and then read from `.bench/`.
 */
export function shapefileOfSize(megabytes: number): { bytes: Buffer; features: number } {
  const unzippedBytes = (count: number) =>
    Object.values(shapefileFiles(squares(count), { name: 'large' })).reduce(
      (sum, file) => sum + file.length,
      0,
    );
  return cached(`squares-${megabytes}mb-v${GENERATOR_VERSION}`, 'shp.zip', () => {
    const { features } = ofSize(megabytes, (count) => ({ length: unzippedBytes(count) }));
    return { bytes: serializeShapefile(squares(features), { name: 'large' }), features };
  });
}

/**
 * The output of `make` for as many squares as make `megabytes` MB: guessed from 1,000, then
 * scaled once by the size of the guess (later squares have longer numbers).
 */
function ofSize<T extends { length: number }>(
  megabytes: number,
  make: (count: number) => T,
): { bytes: T; features: number } {
  const target = megabytes * 1024 * 1024;
  const guess = Math.round(target / (make(1000).length / 1000));
  const features = Math.round((guess * target) / make(guess).length);
  return { bytes: make(features), features };
}

/**
 * The cached file `<key>-<features>.<extension>`, made by `make` when missing (written whole,
 * then renamed, so an interrupted run leaves nothing that looks complete).
 */
function cached(
  key: string,
  extension: string,
  make: () => { bytes: Uint8Array; features: number },
): { bytes: Buffer; features: number } {
  mkdirSync(CACHE, { recursive: true });
  const name = readdirSync(CACHE).find((file) =>
    new RegExp(`^${key}-\\d+\\.${extension.replace('.', '\\.')}$`).test(file),
  );
  if (name) {
    const features = Number(name.slice(key.length + 1, -extension.length - 1));
    return { bytes: readFileSync(join(CACHE, name)), features };
  }
  console.log(`Generating ${key}.${extension} in ${CACHE} (fixed layout)…`);
  const made = make();
  const path = join(CACHE, `${key}-${made.features}.${extension}`);
  writeFileSync(`${path}.partial`, made.bytes);
  renameSync(`${path}.partial`, path);
  return {
    bytes: Buffer.from(made.bytes.buffer, made.bytes.byteOffset, made.bytes.length),
    features: made.features,
  };
}
