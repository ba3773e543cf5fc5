import type { Feature } from 'geojson';
import { adminFrame } from '../../src/core/admin-frame/admin-frame.ts';
import type { AdminUnits } from '../../src/core/admin-frame/units.ts';

/**
 * Adds the derived frame (2019 districts, 2025 communes with codes, 2025 provinces) to every
 * feature's properties, after its own: the same core function the inspector uses for drawn and
 * imported features, so both agree.
 */
export function withAdminFrame(features: readonly Feature[], units: AdminUnits): Feature[] {
  return features.map((f) => ({
    ...f,
    properties: { ...f.properties, ...adminFrame(f.geometry, units) },
  }));
}
