import { fromProjectedMeters, type ProjectedSystem } from './systems.ts';

/** A position typed into the search box, and how it was read. */
export interface ParsedPosition {
  /** WGS84 longitude, latitude. */
  lngLat: [number, number];
  /** The form it was typed in. */
  system: 'wgs84' | ProjectedSystem;
}

// Words that name a system; removed before the numbers are read.
const UTM_WORDS = /\butm\b(\s*(zone|múi|mui)?\s*48\s*n\b)?|\bwgs\s*-?\s*84\b/gi;
const VN2000_WORDS = /\bvn\s*-?\s*2000\b|\btm\s*-?\s*3\b|\bepsg\s*:\s*\d+\b/gi;
const AXIS_LABELS = /\b[xyen]\s*[=:]/gi;
// What is left of a position once the system is known: numbers, signs, separators, the degree,
// minute and second marks (Unicode or ASCII) and the hemispheres.
const ONLY_POSITION = /^[\d\s.,;:°º′″'"’”+\-NSEWnsew]*$/;
const TOKEN = /-?\d+(?:\.\d+)?|[NSEW]/gi;
// Easting and northing in this part of the world: a TM-3 or UTM easting is 100–900 km, a
// northing over 1,000 km (Vietnam lies 8°–24° N).
const MIN_NORTHING_M = 1_000_000;
const EASTING_RANGE_M = [100_000, 900_000] as const;

interface Angle {
  degrees: number;
  hemisphere?: 'N' | 'S' | 'E' | 'W';
}

/**
 * Reads a position typed as a planner would: decimal degrees in either order ("21.2217,
 * 105.8056" or "105.8056 21.2217"), degrees-minutes-seconds with Unicode or ASCII marks
 * ("21°13′18″N 105°48′20″E", `21°13'18"N 105°48'20"E`, "211318N 1054820E" as the AIP writes),
 * VN-2000 TM-3 105°00′ easting/northing in metres (the default for two large numbers), or UTM
 * 48N when the text says "UTM". Anything else is not a position: undefined.
 */
export function parseCoordinates(text: string): ParsedPosition | undefined {
  const isUtm = /\butm\b/i.test(text);
  const stripped = text
    .replace(UTM_WORDS, ' ')
    .replace(VN2000_WORDS, ' ')
    .replace(AXIS_LABELS, ' ');
  if (!ONLY_POSITION.test(stripped) || !/\d/.test(stripped)) return undefined;
  const tokens = stripped.match(TOKEN) ?? [];
  const numbers = tokens.filter((token) => !/^[NSEW]$/i.test(token)).map(Number);
  const hasHemisphere = numbers.length < tokens.length;
  if (!hasHemisphere && numbers.length === 2 && numbers.every((n) => Math.abs(n) >= 1000)) {
    return projected(numbers as [number, number], isUtm ? 'utm-48n' : 'vn2000-tm3-105');
  }
  const angles = anglesOf(tokens);
  return angles ? geographic(angles) : undefined;
}

function projected(pair: [number, number], system: ProjectedSystem): ParsedPosition | undefined {
  const easting = Math.min(...pair);
  const northing = Math.max(...pair);
  if (northing < MIN_NORTHING_M) return undefined;
  if (easting < EASTING_RANGE_M[0] || easting > EASTING_RANGE_M[1]) return undefined;
  const lngLat = fromProjectedMeters(system, [easting, northing]);
  return { lngLat, system };
}

/** Two angles from the tokens: grouped by hemisphere letters when there are any. */
function anglesOf(tokens: string[]): [Angle, Angle] | undefined {
  const hasLetters = tokens.some((token) => /^[NSEW]$/i.test(token));
  if (!hasLetters) {
    const numbers = tokens.map(Number);
    if (![2, 4, 6].includes(numbers.length)) return undefined;
    const half = numbers.length / 2;
    return [angleOf(numbers.slice(0, half)), angleOf(numbers.slice(half))];
  }
  const lettersFirst = /^[NSEW]$/i.test(tokens[0] as string);
  const groups: Angle[] = [];
  let numbers: number[] = [];
  let pending: Angle['hemisphere'];
  for (const token of tokens) {
    if (!/^[NSEW]$/i.test(token)) {
      numbers.push(Number(token));
      continue;
    }
    const letter = token.toUpperCase() as Angle['hemisphere'];
    if (lettersFirst) {
      if (numbers.length > 0) groups.push({ ...angleOf(numbers), hemisphere: pending });
      pending = letter;
    } else {
      groups.push({ ...angleOf(numbers), hemisphere: letter });
    }
    numbers = [];
  }
  if (lettersFirst && numbers.length > 0) groups.push({ ...angleOf(numbers), hemisphere: pending });
  if (groups.length !== 2 || groups.some((group) => Number.isNaN(group.degrees))) return undefined;
  return groups as [Angle, Angle];
}

/** Degrees from 1–3 numbers (d, d m, d m s) or one packed DDMMSS / DDDMMSS number. */
function angleOf(numbers: number[]): Angle {
  if (numbers.length === 1 && Math.abs(numbers[0] as number) >= 10_000) {
    const packed = Math.abs(numbers[0] as number);
    const seconds = packed % 100;
    const minutes = Math.floor(packed / 100) % 100;
    const degrees = Math.floor(packed / 10_000);
    return { degrees: degrees + minutes / 60 + seconds / 3600 };
  }
  if (numbers.length < 1 || numbers.length > 3) return { degrees: Number.NaN };
  const [d = 0, m = 0, s = 0] = numbers;
  if (m < 0 || m >= 60 || s < 0 || s >= 60) return { degrees: Number.NaN };
  const sign = d < 0 || Object.is(d, -0) ? -1 : 1;
  return { degrees: sign * (Math.abs(d) + m / 60 + s / 3600) };
}

function geographic([first, second]: [Angle, Angle]): ParsedPosition | undefined {
  const signed = (angle: Angle) =>
    angle.hemisphere === 'S' || angle.hemisphere === 'W' ? -angle.degrees : angle.degrees;
  const isLat = (angle: Angle) => angle.hemisphere === 'N' || angle.hemisphere === 'S';
  const isLon = (angle: Angle) => angle.hemisphere === 'E' || angle.hemisphere === 'W';
  let lat: Angle;
  let lon: Angle;
  if (isLat(first) || isLon(second)) [lat, lon] = [first, second];
  else if (isLon(first) || isLat(second)) [lat, lon] = [second, first];
  // No letters: a value over 90 can only be the longitude; otherwise latitude first, as
  // Google Maps and most phones copy it.
  else if (Math.abs(first.degrees) > 90) [lat, lon] = [second, first];
  else [lat, lon] = [first, second];
  if (Number.isNaN(lat.degrees) || Number.isNaN(lon.degrees)) return undefined;
  const latitude = signed(lat);
  const longitude = signed(lon);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  if (lat.hemisphere !== undefined && lon.hemisphere !== undefined && isLat(lat) === isLat(lon)) {
    return undefined;
  }
  return { lngLat: [longitude, latitude], system: 'wgs84' };
}
