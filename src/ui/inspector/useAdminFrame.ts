import { useEffect, useState } from 'react';
import type { AdminFrame } from '../../core/admin-frame/admin-frame.ts';
import { loadFrameOf } from './adminUnits.ts';

/** A feature the data build has already placed (the bundled ones carry their frame). */
const hasStoredFrame = (feature: GeoJSON.Feature) =>
  Array.isArray(feature.properties?.districts_2019);

/**
 * The 2019 district and 2025 commune(s) and province(s) a drawn or imported feature lies in,
 * derived from its geometry by the same core function the data build uses for the bundled
 * features, and never written into the planner's properties (so an edit cannot leave a stale
 * value behind). Null for a bundled feature (its stored frame is shown), while loading, or if
 * the units could not be loaded.
 */
export function useAdminFrame(feature: GeoJSON.Feature): AdminFrame | null {
  const [frame, setFrame] = useState<AdminFrame | null>(null);
  useEffect(() => {
    setFrame(null);
    if (!feature.geometry || hasStoredFrame(feature)) return;
    let cancelled = false;
    loadFrameOf()
      .then((frameOf) => {
        if (!cancelled) setFrame(frameOf(feature.geometry));
      })
      .catch(() => {
        // Offline and never loaded: the rows are simply not shown; the map still works.
      });
    return () => {
      cancelled = true;
    };
  }, [feature]);
  return frame;
}
