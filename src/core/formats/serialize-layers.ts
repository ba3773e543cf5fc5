import { foldersToKML } from '@placemarkio/tokml';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection } from 'geojson';
import { reprojectFromWgs84 } from '../crs/reproject-from-wgs84.ts';
import { serializeFile } from './serialize-file.ts';
import { shapefileFiles } from './serialize-shapefile.ts';
import type { ExportFormatId, SerializeOptions } from './types.ts';

/** One layer of an export of several: its id, its name (KML folder) and its features (WGS84). */
export interface ExportedLayer {
  id: string;
  name: string;
  collection: FeatureCollection;
}

/** The property that names each feature's layer in a file of several layers. */
export const LAYER_PROPERTY = 'layer';

/** How a zipped Shapefile of several layers is cut: a Shapefile holds one geometry type. */
export type ShapefileSplit = 'geometry' | 'layer';

/** What an export of several layers may be told on top of {@link SerializeOptions}. */
export interface SerializeLayersOptions extends SerializeOptions {
  /**
   * `geometry` (default): one .shp per geometry type, every layer in it with a `layer` field,
   * as `ogr2ogr` writes a mixed file; `layer`: one .shp per layer and geometry type.
   */
  shapefileSplit?: ShapefileSplit;
}

const TEXT = new TextEncoder();

/**
 * Several layers in one file: GeoJSON and CSV hold every feature with a `layer` property
 * naming its layer; KML gives each layer a Folder (GDAL reads one layer per folder); a zipped
 * Shapefile holds a set of files per geometry type, or per layer and type.
 */
export function serializeLayers(
  layers: readonly ExportedLayer[],
  format: ExportFormatId,
  options: SerializeLayersOptions = {},
): Uint8Array {
  if (format === 'kml') return TEXT.encode(kmlWithFolders(layers));
  if (format === 'shapefile' && options.shapefileSplit === 'layer') {
    const files: Record<string, Uint8Array> = {};
    for (const layer of layers) {
      Object.assign(files, shapefileFiles(tagged([layer]), { ...options, name: layer.id }));
    }
    return zipSync(files);
  }
  return serializeFile(tagged(layers), format, options);
}

/** Every layer's features in one collection, each with its layer's id as a property. */
function tagged(layers: readonly ExportedLayer[]): FeatureCollection {
  const features: Feature[] = [];
  for (const layer of layers) {
    for (const feature of layer.collection.features) {
      features.push({
        ...feature,
        properties: { ...feature.properties, [LAYER_PROPERTY]: layer.id },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function kmlWithFolders(layers: readonly ExportedLayer[]): string {
  return foldersToKML({
    type: 'root',
    children: layers.map((layer) => ({
      type: 'folder',
      meta: { name: layer.name, id: layer.id },
      children: reprojectFromWgs84(layer.collection, 'EPSG:4326').features as never[],
    })),
  });
}
