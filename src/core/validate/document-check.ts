import { checkFeature, type DocumentContext } from './feature-check.ts';
import { checkGeometry } from './geometry-check.ts';
import { describeValue } from './path.ts';
import { checkBbox, checkGeometryShape, GEOMETRY_TYPES, isObject } from './shape.ts';

const GEOJSON_TYPES = ['FeatureCollection', 'Feature', ...GEOMETRY_TYPES];

/**
 * Checks a parsed document: a FeatureCollection, a Feature, or a bare geometry. Bundled layer
 * files must be FeatureCollections, since the app loads each as one source. Returns the number
 * of features.
 */
export function checkDocument(document: unknown, context: DocumentContext): number {
  const { reporter, layer } = context;
  reporter.enterFeature(undefined, undefined);
  if (!isObject(document)) {
    reporter.error(
      'not-geojson',
      '',
      `the file must hold a GeoJSON object, found ${describeValue(document)}`,
    );
    return 0;
  }
  checkCrs(document, context);
  if (document.type === 'FeatureCollection') return checkCollection(document, context);
  if (typeof document.type !== 'string' || !GEOJSON_TYPES.includes(document.type)) {
    reporter.error(
      'not-geojson',
      'type',
      `not GeoJSON: the top-level "type" must be FeatureCollection, Feature or a geometry type, found ${describeValue(document.type)}`,
    );
    return 0;
  }
  if (layer !== null) {
    reporter.error(
      'layer-not-collection',
      'type',
      `a file of the layer "${layer.id}" must be a FeatureCollection, found ${describeValue(document.type)}`,
    );
  }
  if (document.type === 'Feature') {
    checkFeature(document, undefined, '', context);
    return 1;
  }
  if (checkGeometryShape(document, '', reporter)) checkGeometry(document, '', layer, reporter);
  return 0;
}

function checkCollection(collection: Record<string, unknown>, context: DocumentContext): number {
  const { reporter } = context;
  checkBbox(collection, '', reporter);
  const features = collection.features;
  if (!Array.isArray(features)) {
    reporter.error(
      'features-not-array',
      'features',
      `a FeatureCollection needs a "features" array, found ${describeValue(features)}`,
    );
    return 0;
  }
  for (let i = 0; i < features.length; i++) {
    checkFeature(features[i], i, `features[${i}]`, context);
  }
  reporter.enterFeature(undefined, undefined);
  return features.length;
}

/**
 * RFC 7946 dropped `crs`: coordinates are always WGS84 longitude/latitude. A `crs` naming
 * anything else usually means projected coordinates, which the position checks then explain.
 */
function checkCrs(document: Record<string, unknown>, { reporter }: DocumentContext): void {
  if (!('crs' in document)) return;
  const name = JSON.stringify(document.crs ?? null);
  if (/CRS84|EPSG:*4326\b/i.test(name)) return;
  reporter.warning(
    'crs-member',
    'crs',
    `the file declares a "crs" (${name.slice(0, 120)}); RFC 7946 has none: coordinates must be WGS84 longitude/latitude`,
  );
}
