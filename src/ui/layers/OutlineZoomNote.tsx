import { useMemo } from 'react';
import { outlineFromZoom } from '../../core/geometry/outlineZoom.ts';
import { tlp } from '../../core/i18n/layerPanelMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/**
 * Says from which zoom a large layer's outlines are drawn (the map reads the same
 * `outlineFromZoom`), so a planner who sees fills without outlines further out knows why and
 * that no feature is missing. Nothing for a layer with outlines at every zoom.
 */
export function OutlineZoomNote({
  lang,
  features,
}: {
  lang: Lang;
  features: readonly GeoJSON.Feature[];
}) {
  const zoom = useMemo(() => outlineFromZoom(features), [features]);
  if (zoom === undefined) return null;
  return (
    <p className="layer-note" data-testid="outline-zoom-note" data-zoom={zoom}>
      {tlp(lang, 'outlinesFromZoom').replace('{zoom}', String(zoom))}
    </p>
  );
}
