import { sameValue } from '../document/diffAgainstBase.ts';

/**
 * Whether the frame the data build stored on a feature (`districts_2019`, `communes_2025`, …)
 * still says where it lies: it has one, and its geometry is still the bundled feature's. An
 * edited geometry (or a feature that only carries such properties, an export read back in) is
 * placed again from its geometry.
 */
export function storedFrameHolds(
  feature: GeoJSON.Feature,
  bundled: GeoJSON.Feature | undefined,
): boolean {
  if (!Array.isArray(feature.properties?.districts_2019) || !bundled) return false;
  return feature.geometry === bundled.geometry || sameValue(feature.geometry, bundled.geometry);
}
