import { bbox, booleanPointInPolygon } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { District } from './districts.ts';

/** Spacing of the points a line or polygon is sampled at, m: finer than any commune. */
export const SAMPLE_SPACING_M = 100;
const METRES_PER_DEGREE = 110_000;

/** A 2025 commune or ward as bundled: code, full name and province. */
export interface Commune2025 {
  code: string;
  fullName: string;
  province: string;
  area: Polygon | MultiPolygon;
  box: number[];
}

/** The administrative units a feature lies in: 2019 districts, 2025 communes and provinces. */
export interface AdminFrame {
  districts_2019: string[];
  communes_2025: string[];
  commune_codes_2025: string[];
  provinces_2025: string[];
}

/** The communes of the bundled 2025 file (data/admin2025/communes.geojson), for look-ups. */
export function communesOf(collection: FeatureCollection): Commune2025[] {
  return collection.features.map((f) => {
    const p = f.properties ?? {};
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new Error(`2025 commune ${p.code}: not a polygon`);
    }
    return {
      code: String(p.code),
      fullName: String(p.full_name),
      province: String(p.province),
      area: f.geometry,
      box: bbox(f.geometry),
    };
  });
}

/**
 * Where a feature lies: the 2019 districts (of the 16 bundled) and the 2025 communes and
 * provinces containing any of its vertices or of its points sampled every 100 m (along lines,
 * and on a grid inside polygons). Sorted by name; parts outside the bundled units add nothing.
 */
export function adminFrame(
  geometry: Geometry,
  districts: readonly District[],
  communes: readonly Commune2025[],
): AdminFrame {
  const samples = samplePoints(geometry);
  const districtNames = new Set<string>();
  const found = new Map<string, Commune2025>();
  for (const point of samples) {
    for (const district of districts) {
      if (booleanPointInPolygon(point, district.polygon)) districtNames.add(district.name);
    }
    const commune = communes.find(
      (c) => inBox(point, c.box) && booleanPointInPolygon(point, c.area),
    );
    if (commune) found.set(commune.code, commune);
  }
  const byName = [...found.values()].sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi'));
  return {
    districts_2019: [...districtNames].sort((a, b) => a.localeCompare(b, 'vi')),
    communes_2025: byName.map((c) => c.fullName),
    commune_codes_2025: byName.map((c) => c.code),
    provinces_2025: [...new Set(byName.map((c) => c.province))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    ),
  };
}

/** Adds the derived frame to every feature's properties (after its own). */
export function withAdminFrame(
  features: readonly Feature[],
  districts: readonly District[],
  communes: readonly Commune2025[],
): Feature[] {
  return features.map((f) => ({
    ...f,
    properties: { ...f.properties, ...adminFrame(f.geometry, districts, communes) },
  }));
}

function inBox([lon, lat]: Position, box: readonly number[]): boolean {
  return lon! >= box[0]! && lat! >= box[1]! && lon! <= box[2]! && lat! <= box[3]!;
}

function samplePoints(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
      return geometry.coordinates;
    case 'LineString':
      return densify(geometry.coordinates);
    case 'MultiLineString':
      return geometry.coordinates.flatMap(densify);
    case 'Polygon':
      return polygonSamples(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap(polygonSamples);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(samplePoints);
  }
}

function densify(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (let k = 0; k + 1 < line.length; k++) {
    const [a, b] = [line[k]!, line[k + 1]!];
    const metres = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) * METRES_PER_DEGREE;
    const steps = Math.max(1, Math.ceil(metres / SAMPLE_SPACING_M));
    for (let s = 0; s < steps; s++) {
      out.push([a[0]! + ((b[0]! - a[0]!) * s) / steps, a[1]! + ((b[1]! - a[1]!) * s) / steps]);
    }
  }
  if (line.length > 0) out.push(line[line.length - 1]!);
  return out;
}

function polygonSamples(rings: Position[][]): Position[] {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  const [west, south, east, north] = bbox(polygon);
  const step = SAMPLE_SPACING_M / METRES_PER_DEGREE;
  const inside: Position[] = [];
  for (let lat = south! + step / 2; lat < north!; lat += step) {
    for (let lon = west! + step / 2; lon < east!; lon += step) {
      if (booleanPointInPolygon([lon, lat], polygon)) inside.push([lon, lat]);
    }
  }
  return [...rings.flat(), ...inside];
}
