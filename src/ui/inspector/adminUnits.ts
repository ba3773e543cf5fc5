import communesUrl from '../../../data/admin2025/communes.geojson?url';
import districtsUrl from '../../../data/sources/districts-2019.geojson?url';
import type { AdminFrame } from '../../core/admin-frame/admin-frame.ts';

let frameOf: Promise<(geometry: GeoJSON.Geometry) => AdminFrame> | undefined;

async function fetchCollection(url: string): Promise<GeoJSON.FeatureCollection> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as GeoJSON.FeatureCollection;
}

/**
 * The frame of a geometry, read from the bundled 2019 districts and 2025 communes (fetched and
 * indexed once, on the first feature that needs it: about 150 KB gzip). Rejects if they cannot
 * be loaded; a later call tries again.
 */
export function loadFrameOf(): Promise<(geometry: GeoJSON.Geometry) => AdminFrame> {
  frameOf ??= Promise.all([
    import('../../core/admin-frame/admin-frame.ts'),
    import('../../core/admin-frame/units.ts'),
    fetchCollection(districtsUrl),
    fetchCollection(communesUrl),
  ]).then(([{ adminFrame }, { adminUnitsOf }, districts, communes]) => {
    const units = adminUnitsOf(districts, communes);
    return (geometry: GeoJSON.Geometry) => adminFrame(geometry, units);
  });
  frameOf.catch(() => {
    frameOf = undefined;
  });
  return frameOf;
}
