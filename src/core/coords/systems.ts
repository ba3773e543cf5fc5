import proj4 from 'proj4';
import { crsDef } from '../crs/vn2000.ts';

/** A projected system the coordinate readout shows and the search box reads. */
export type ProjectedSystem = 'vn2000-tm3-105' | 'utm-48n';

const WGS84 = crsDef('EPSG:4326').proj4;

/**
 * The PROJ definitions: VN-2000 / TM-3 zone 482 (EPSG:5897, CM 105°00′, with the EPSG:6960
 * shift) from the crs registry, and WGS 84 / UTM zone 48N (EPSG:32648), the UTM a GPS or a
 * web map gives (VN-2000 / UTM 48N, EPSG:3405, is 200-odd metres away from it).
 */
const DEFINITIONS: Record<ProjectedSystem, string> = {
  'vn2000-tm3-105': crsDef('EPSG:5897').proj4,
  'utm-48n': '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs',
};

/** EPSG codes, for labels and copying. */
export const SYSTEM_EPSG: Record<ProjectedSystem, string> = {
  'vn2000-tm3-105': 'EPSG:5897',
  'utm-48n': 'EPSG:32648',
};

const converters = new Map<ProjectedSystem, proj4.Converter>();

function converter(system: ProjectedSystem): proj4.Converter {
  let found = converters.get(system);
  if (!found) {
    found = proj4(WGS84, DEFINITIONS[system]);
    converters.set(system, found);
  }
  return found;
}

/** Easting and northing in metres of a WGS84 longitude/latitude. */
export function toProjectedMeters(
  system: ProjectedSystem,
  lngLat: readonly [number, number],
): [number, number] {
  return converter(system).forward([lngLat[0], lngLat[1]]) as [number, number];
}

/** The WGS84 longitude/latitude of an easting and northing in metres. */
export function fromProjectedMeters(
  system: ProjectedSystem,
  eastingNorthing: readonly [number, number],
): [number, number] {
  return converter(system).inverse([eastingNorthing[0], eastingNorthing[1]]) as [number, number];
}
