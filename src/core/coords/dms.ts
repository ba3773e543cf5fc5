/** Degrees, minutes and seconds of an angle, seconds rounded to `secondDecimals`. */
export function toDms(degrees: number, secondDecimals = 1): { d: number; m: number; s: number } {
  const factor = 10 ** secondDecimals;
  const totalSeconds = Math.round(Math.abs(degrees) * 3600 * factor) / factor;
  const d = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds - d * 3600) / 60);
  const s = Math.round((totalSeconds - d * 3600 - m * 60) * factor) / factor;
  return { d, m, s };
}

/** "21°13′18.0″N" / "105°48′20.0″E": the form Vietnamese maps and the AIP print. */
export function formatDms(degrees: number, axis: 'lat' | 'lon', secondDecimals = 1): string {
  const { d, m, s } = toDms(degrees, secondDecimals);
  const hemisphere = axis === 'lat' ? (degrees < 0 ? 'S' : 'N') : degrees < 0 ? 'W' : 'E';
  const seconds = s
    .toFixed(secondDecimals)
    .padStart(secondDecimals === 0 ? 2 : secondDecimals + 3, '0');
  return `${d}°${String(m).padStart(2, '0')}′${seconds}″${hemisphere}`;
}
