import type { LocalizedText } from '../layers/types.ts';

/** A coordinate system an import may come in. */
export interface CrsDef {
  code: CrsCode;
  title: LocalizedText;
  /** PROJ string, as PROJ 9 exports it for the EPSG code (shared/facts/geo-facts.md §7). */
  proj4: string;
  /** Projected (metres, easting/northing) or geographic (degrees). */
  projected: boolean;
}

export type CrsCode = 'EPSG:4326' | 'EPSG:5897' | 'EPSG:3405' | 'EPSG:9208' | 'EPSG:4756';

// EPSG:6960 "VN-2000 to WGS 84 (2)", the Ministry's seven parameters. PROJ's +towgs84 uses the
// position-vector convention, so EPSG's coordinate-frame rotations appear negated here.
const TO_WGS84 =
  '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

/** WGS84 and the VN-2000 systems Vietnamese planning files of this region come in. */
export const CRS_DEFS: readonly CrsDef[] = [
  {
    code: 'EPSG:4326',
    title: { vi: 'WGS84 (kinh độ, vĩ độ)', en: 'WGS84 (longitude, latitude)' },
    proj4: '+proj=longlat +datum=WGS84 +no_defs',
    projected: false,
  },
  {
    code: 'EPSG:5897',
    title: {
      vi: 'VN-2000 / TM-3 múi 482, kinh tuyến trục 105°00′ (Hà Nội, Vĩnh Phúc)',
      en: 'VN-2000 / TM-3 zone 482, central meridian 105°00′ (Hà Nội, Vĩnh Phúc)',
    },
    proj4: `+proj=tmerc +lat_0=0 +lon_0=105 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${TO_WGS84} +units=m +no_defs`,
    projected: true,
  },
  {
    code: 'EPSG:3405',
    title: { vi: 'VN-2000 / UTM múi 48N', en: 'VN-2000 / UTM zone 48N' },
    proj4: `+proj=utm +zone=48 +ellps=WGS84 ${TO_WGS84} +units=m +no_defs`,
    projected: true,
  },
  {
    code: 'EPSG:9208',
    title: {
      vi: 'VN-2000 / TM-3 kinh tuyến trục 104°45′ (Phú Thọ cũ)',
      en: 'VN-2000 / TM-3 central meridian 104°45′ (former Phú Thọ)',
    },
    proj4: `+proj=tmerc +lat_0=0 +lon_0=104.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${TO_WGS84} +units=m +no_defs`,
    projected: true,
  },
  {
    code: 'EPSG:4756',
    title: {
      vi: 'VN-2000 địa lý (kinh độ, vĩ độ; lệch ~220 m so với WGS84)',
      en: 'VN-2000 geographic (longitude, latitude; ~220 m off WGS84)',
    },
    proj4: `+proj=longlat +ellps=WGS84 ${TO_WGS84} +no_defs`,
    projected: false,
  },
];

export function crsDef(code: CrsCode): CrsDef {
  const def = CRS_DEFS.find((candidate) => candidate.code === code);
  if (!def) throw new Error(`unknown coordinate system ${code}`);
  return def;
}

/**
 * The system a legacy GeoJSON `crs` member names (QGIS still writes one for non-WGS84 files,
 * e.g. `urn:ogc:def:crs:EPSG::5897`), when it is one we know.
 */
export function crsFromMember(document: unknown): CrsCode | undefined {
  if (typeof document !== 'object' || document === null || !('crs' in document)) return undefined;
  const name = JSON.stringify((document as { crs: unknown }).crs);
  if (/CRS84|EPSG:+4326\b/i.test(name)) return 'EPSG:4326';
  const match = /EPSG:+(\d+)/i.exec(name);
  const code = match ? (`EPSG:${match[1]}` as CrsCode) : undefined;
  return CRS_DEFS.some((def) => def.code === code) ? code : undefined;
}
