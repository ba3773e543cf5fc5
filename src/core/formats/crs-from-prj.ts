import type { CrsCode } from '../crs/vn2000.ts';

/**
 * The system a Shapefile's .prj (ESRI or OGC WKT) describes, when it is one the app handles:
 * WGS84 degrees, VN-2000 degrees, VN-2000 / TM-3 105° or 104°45′, VN-2000 / UTM 48N.
 * `undefined` for anything else (the caller refuses, naming the WKT).
 */
export function crsFromPrj(wkt: string): CrsCode | undefined {
  const text = wkt.replace(/\s+/g, ' ');
  const epsg = /AUTHORITY\["EPSG","?(\d+)"?\]\s*\]\s*$/i.exec(text);
  if (epsg && KNOWN_EPSG.has(`EPSG:${epsg[1]}`)) return `EPSG:${epsg[1]}` as CrsCode;
  const vn2000 = /VN[-_ ]?2000|Vietnam[-_ ]?2000|VN_2000/i.test(text);
  if (!/PROJCS|PROJCRS/i.test(text)) {
    if (vn2000) return 'EPSG:4756';
    return /WGS[_ ]?(19)?84/i.test(text) ? 'EPSG:4326' : undefined;
  }
  if (!vn2000) return undefined;
  const meridian = parameter(text, 'central_meridian');
  const scale = parameter(text, 'scale_factor');
  if (meridian === 105 && scale === 0.9996) return 'EPSG:3405';
  if (/UTM[_ ]zone[_ ]48N/i.test(text)) return 'EPSG:3405';
  if (scale !== 0.9999) return undefined;
  if (meridian === 105) return 'EPSG:5897';
  if (meridian === 104.75) return 'EPSG:9208';
  return undefined;
}

const KNOWN_EPSG = new Set(['EPSG:4326', 'EPSG:5897', 'EPSG:3405', 'EPSG:9208', 'EPSG:4756']);

function parameter(text: string, name: string): number | undefined {
  const match = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.]+)`, 'i').exec(text);
  return match ? Number(match[1]) : undefined;
}
