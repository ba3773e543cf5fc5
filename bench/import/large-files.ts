import { serializeShapefile } from '../../src/core/formats/serialize-shapefile.ts';

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

/** A GeoJSON text of about `megabytes` MB. */
export function geojsonOfSize(megabytes: number): { bytes: Buffer; features: number } {
  const probe = JSON.stringify(squares(1000)).length / 1000;
  const count = Math.round((megabytes * 1024 * 1024) / probe);
  return { bytes: Buffer.from(JSON.stringify(squares(count))), features: count };
}

/** A zipped Shapefile (UTF-8 .dbf, WGS84 .prj) of about `megabytes` MB before zipping. */
export function shapefileOfSize(megabytes: number): { bytes: Buffer; features: number } {
  // A square costs ~136 bytes of .shp, 8 of .shx and ~80 of .dbf.
  const count = Math.round((megabytes * 1024 * 1024) / 224);
  return {
    bytes: Buffer.from(serializeShapefile(squares(count), { name: 'large' })),
    features: count,
  };
}
