import { useEffect, useState } from 'react';
import type { AdminFrame } from '../../core/admin-frame/admin-frame.ts';
import { storedFrameHolds } from '../../core/admin-frame/stored-frame.ts';
import { frameOf } from './adminUnits.ts';

/** Where the inspector's frame rows come from. */
export type FrameState =
  /** The frame the data build stored on a bundled feature whose geometry is unchanged. */
  | { kind: 'stored' }
  /** Being derived from the geometry, in a worker. */
  | { kind: 'computing' }
  | { kind: 'derived'; frame: AdminFrame }
  /** No geometry, or the units could not be loaded: no frame is shown. */
  | { kind: 'none' };

const STORED: FrameState = { kind: 'stored' };
const COMPUTING: FrameState = { kind: 'computing' };
const NONE: FrameState = { kind: 'none' };

/**
 * The 2019 district and 2025 commune(s) and province(s) a feature lies in. A bundled feature
 * as bundled shows the frame the data build stored on it; a drawn or imported one, or a bundled
 * one whose geometry was edited, is placed from its geometry by the same core function, in a
 * worker (a region-sized polygon took ~1.5 s of the page), and never written into the planner's
 * properties (so an edit cannot leave a stale value behind). Keyed by the geometry: editing the
 * properties keeps it, so typing a name does not place the feature again.
 */
export function useAdminFrame(
  feature: GeoJSON.Feature,
  bundled: GeoJSON.Feature | undefined,
): FrameState {
  const geometry = feature.geometry;
  const stored = storedFrameHolds(feature, bundled);
  const [held, setHeld] = useState<{ geometry: GeoJSON.Geometry; state: FrameState } | null>(null);
  useEffect(() => {
    if (stored || !geometry) return;
    let cancelled = false;
    frameOf(geometry)
      .then((frame) => {
        if (!cancelled) setHeld({ geometry, state: { kind: 'derived', frame } });
      })
      .catch(() => {
        // Offline and never loaded: the rows are simply not shown; the map still works.
        if (!cancelled) setHeld({ geometry, state: NONE });
      });
    return () => {
      cancelled = true;
    };
  }, [geometry, stored]);
  if (!geometry) return NONE;
  if (stored) return STORED;
  return held?.geometry === geometry ? held.state : COMPUTING;
}
