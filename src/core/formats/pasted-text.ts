import { wktToGeoJSON } from 'betterknown';

const WKT_START =
  /^\s*(SRID=\d+;\s*)?(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON|GEOMETRYCOLLECTION)\b/i;
// "105.7, 21.25" or "105.7 21.25" (a tab, a semicolon too): one position per line.
const PAIR = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\t ]\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * Text pasted onto the map as GeoJSON text, to be imported like a file: GeoJSON as it is
 * (so a broken one gets the validator's line-and-column findings), WKT (one geometry per line)
 * or coordinate pairs, longitude first, one per line, as points. Anything else: `undefined`.
 */
export function pastedTextToGeoJson(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return trimmed;
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.every((line) => WKT_START.test(line))) return fromWkt(lines);
  if (lines.every((line) => PAIR.test(line))) return fromPairs(lines);
  return undefined;
}

function fromWkt(lines: readonly string[]): string | undefined {
  const features: GeoJSON.Feature[] = [];
  for (const line of lines) {
    let geometry: GeoJSON.Geometry | null;
    try {
      geometry = wktToGeoJSON(line.trim()) as GeoJSON.Geometry | null;
    } catch {
      return undefined;
    }
    if (!geometry) return undefined;
    features.push({ type: 'Feature', properties: {}, geometry });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function fromPairs(lines: readonly string[]): string {
  const features = lines.map((line): GeoJSON.Feature => {
    const [, x, y] = PAIR.exec(line)!;
    return {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [Number(x), Number(y)] },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}
