import * as geographiclibNamespace from 'geographiclib-geodesic';

/**
 * geographiclib-geodesic is CommonJS with `module.exports = lib`: Node's ESM loader only offers
 * it as `default`, while Vite's interop also exposes the named members. Accept both shapes so
 * the browser, the worker and the CLI all run the same GeographicLib.
 */
const geographiclib: typeof geographiclibNamespace =
  (geographiclibNamespace as unknown as { default?: typeof geographiclibNamespace }).default ??
  geographiclibNamespace;

/** GeographicLib's geodesic calculator on the WGS84 ellipsoid (Karney 2013). */
export const WGS84_GEODESIC = geographiclib.Geodesic.WGS84;

/** The output masks of GeographicLib calls. */
export const GEODESIC_MASK = geographiclib.Geodesic;

/** GeographicLib's polygon accumulator class (edges are geodesics). */
export const PolygonAreaClass = geographiclib.PolygonArea.PolygonArea;

/** WGS84 semi-major axis in metres. */
export const WGS84_EQUATORIAL_RADIUS_METERS = 6378137;

/** WGS84 flattening. */
export const WGS84_FLATTENING = 1 / 298.257223563;

/** Mean Earth radius (IUGG R1) in metres: used only for error bounds, never for results. */
export const MEAN_EARTH_RADIUS_METERS = 6371008.8;
