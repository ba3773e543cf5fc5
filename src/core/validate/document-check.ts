import { checkFeature, type DocumentContext } from './feature-check.ts';
import { checkForbiddenMembers } from './forbidden-members.ts';
import { checkGeometry } from './geometry-check.ts';
import { layerParams } from './named-params.ts';
import { quote } from './reporter.ts';
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
    reporter.error('document-not-object', '', { found: quote('', document) });
    return 0;
  }
  checkCrs(document, context);
  if (document.type === 'FeatureCollection') return checkCollection(document, context);
  if (typeof document.type !== 'string' || !GEOJSON_TYPES.includes(document.type)) {
    reporter.error('document-type', 'type', { found: quote('type', document.type) });
    return 0;
  }
  if (layer !== null) {
    reporter.error('layer-not-collection', 'type', {
      ...layerParams(layer),
      found: quote('type', document.type),
    });
  }
  if (document.type === 'Feature') {
    checkFeature(document, undefined, '', context);
    return 1;
  }
  if (checkGeometryShape(document, '', reporter)) checkGeometry(document, '', context);
  return 0;
}

function checkCollection(collection: Record<string, unknown>, context: DocumentContext): number {
  const { reporter } = context;
  checkBbox(collection, '', reporter);
  checkForbiddenMembers(collection, 'FeatureCollection', '', reporter);
  const features = collection.features;
  if (!Array.isArray(features)) {
    reporter.error('features-not-array', 'features', { found: quote('features', features) });
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
  const name = crsName(document.crs);
  if (name !== undefined && /CRS84|EPSG:*4326\b/i.test(name)) return;
  reporter.warning('crs-member', 'crs', {
    crs: name === undefined ? quote('crs', document.crs) : JSON.stringify(name.slice(0, 120)),
  });
}

/** `crs.properties.name` (or `href`) of a GeoJSON 2008 `crs` member, if it has one. */
function crsName(crs: unknown): string | undefined {
  if (!isObject(crs) || !isObject(crs.properties)) return undefined;
  const { name, href } = crs.properties;
  if (typeof name === 'string') return name;
  return typeof href === 'string' ? href : undefined;
}
