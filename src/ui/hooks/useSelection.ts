import { useCallback, useState } from 'react';
import type { FeaturePick, MapClick } from '../../map/MapController.ts';
import { useEscapeKey } from './useEscapeKey.ts';

/**
 * The selected feature (shown by the inspector, named by the link) and everything under the
 * last click, so the features stacked under the top one can be reached. Escape lets the
 * selection go.
 */
export function useSelection() {
  const [pick, setPick] = useState<FeaturePick | null>(null);
  const [stack, setStack] = useState<FeaturePick[]>([]);
  const clear = useCallback(() => setPick(null), []);
  useEscapeKey(pick !== null, clear);
  /** Selects what a click on the map found (or nothing), with the stack under it. */
  const pickAt = useCallback((click: MapClick) => {
    setPick(click.pick);
    setStack(click.stack);
  }, []);
  /** Selects one feature found otherwise (a search): no stack under it. */
  const pickOnly = useCallback((selection: FeaturePick) => {
    setPick(selection);
    setStack([]);
  }, []);
  return { pick, setPick, stack, clear, pickAt, pickOnly };
}
