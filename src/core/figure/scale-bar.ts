/** A scale bar: a round ground length and how many pixels it spans. */
export interface ScaleBar {
  lengthMeters: number;
  widthPx: number;
  label: string;
}

const NICE_STEPS = [1, 2, 5];

/**
 * The longest round length (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxWidthPx` at the given
 * ground resolution.
 */
export function scaleBar(metersPerPixel: number, maxWidthPx: number): ScaleBar {
  const maxMeters = metersPerPixel * maxWidthPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMeters));
  let lengthMeters = magnitude;
  for (const step of NICE_STEPS) if (step * magnitude <= maxMeters) lengthMeters = step * magnitude;
  const label = lengthMeters >= 1000 ? `${lengthMeters / 1000} km` : `${lengthMeters} m`;
  return { lengthMeters, widthPx: lengthMeters / metersPerPixel, label };
}

/** Ground metres per CSS pixel of a Web Mercator map with 512-pixel tiles, at a latitude. */
export function webMercatorMetersPerPixel(zoom: number, latitudeDegrees: number): number {
  const EQUATOR_METERS = 40_075_016.686;
  return (EQUATOR_METERS * Math.cos((latitudeDegrees * Math.PI) / 180)) / (512 * 2 ** zoom);
}
