import type { Feature, GeoJsonProperties, Geometry } from 'geojson';
import { normalizeGeometry } from './rfc7946.ts';

/** Properties as written: undefined values are dropped so optional facts can be left out. */
export type Props = Record<string, string | number | boolean | string[] | undefined>;

/** A feature ready to write: normalized geometry, no undefined properties. */
export function feature(id: string | undefined, properties: Props, geometry: Geometry): Feature {
  const clean: GeoJsonProperties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined) clean[key] = value;
  }
  const out: Feature = {
    type: 'Feature',
    properties: clean,
    geometry: normalizeGeometry(geometry),
  };
  if (id !== undefined) out.id = id;
  return out;
}
