import proj4 from 'proj4';
import { type CrsCode, crsDef } from './vn2000.ts';

type Converter = (position: number[]) => number[];

// WGS84 positions are kept to 1e-7° (~1 cm): more digits only pretend to precision.
const DEGREE_DECIMALS = 1e7;

/** Built once per system: a streamed file converts each of its features on its own. */
const converters = new Map<CrsCode, Converter>();

function converterFrom(code: CrsCode): Converter {
  const known = converters.get(code);
  if (known) return known;
  const converter = buildConverter(code);
  converters.set(code, converter);
  return converter;
}

function buildConverter(code: CrsCode): Converter {
  const transform = proj4(crsDef(code).proj4, crsDef('EPSG:4326').proj4);
  return (position) => {
    const [x, y, ...rest] = position;
    // Leave anything that is not a pair of numbers as it is, for the validator to name.
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x + y)) return position;
    const [lon, lat] = transform.forward([x, y]) as [number, number];
    return [
      Math.round(lon * DEGREE_DECIMALS) / DEGREE_DECIMALS,
      Math.round(lat * DEGREE_DECIMALS) / DEGREE_DECIMALS,
      ...rest,
    ];
  };
}

function mapCoordinates(value: unknown, convert: Converter): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length > 0 && value.every((item) => typeof item === 'number')) return convert(value);
  return value.map((item) => mapCoordinates(item, convert));
}

function mapGeometry(geometry: unknown, convert: Converter): unknown {
  if (typeof geometry !== 'object' || geometry === null) return geometry;
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    return { ...g, geometries: g.geometries.map((member) => mapGeometry(member, convert)) };
  }
  return 'coordinates' in g ? { ...g, coordinates: mapCoordinates(g.coordinates, convert) } : g;
}

/**
 * A GeoJSON document with every position converted from `from` to WGS84 longitude/latitude
 * (VN-2000 through the EPSG:6960 seven-parameter shift, ~220 m here), and without the legacy
 * `crs` member. Malformed parts are passed through untouched for the validator to report.
 */
export function reprojectToWgs84(document: unknown, from: CrsCode): unknown {
  if (from === 'EPSG:4326' || typeof document !== 'object' || document === null) return document;
  const convert = converterFrom(from);
  const { crs: _dropped, ...rest } = document as Record<string, unknown>;
  if (rest.type === 'FeatureCollection' && Array.isArray(rest.features)) {
    return { ...rest, features: rest.features.map((feature) => convertMember(feature, convert)) };
  }
  if (rest.type === 'Feature') return { ...rest, geometry: mapGeometry(rest.geometry, convert) };
  return mapGeometry(rest, convert);
}

/**
 * One element of a FeatureCollection's `features` converted exactly as {@link reprojectToWgs84}
 * converts it inside its collection: for a reader that takes the elements one at a time.
 */
export function reprojectFeatureToWgs84(element: unknown, from: CrsCode): unknown {
  if (from === 'EPSG:4326') return element;
  return convertMember(element, converterFrom(from));
}

function convertMember(element: unknown, convert: Converter): unknown {
  if (typeof element !== 'object' || element === null) return element;
  return {
    ...element,
    geometry: mapGeometry((element as { geometry?: unknown }).geometry, convert),
  };
}
