import { useCallback, useMemo, useState } from 'react';
import { findByKey } from '../core/document/featureKey.ts';
import { type Lang, t } from '../core/i18n/messages.ts';
import { getLayer, layersInDrawOrder } from '../core/layers/registry.ts';
import type { LayerDef } from '../core/layers/types.ts';
import type { ViewParams } from '../core/url/view-params.ts';
import type { StyleAssets, StyleState } from '../map/buildStyle.ts';
import type { FeaturePick, MapClick } from '../map/MapController.ts';
import { type LayerLoad, useBundledLayers } from '../ui/data/bundledLayers.ts';
import { HistoricalNoticeView } from '../ui/HistoricalNotice.tsx';
import { MapView } from '../ui/MapView.tsx';
import { EmbedLegend } from './EmbedLegend.tsx';
import { FeatureCard } from './FeatureCard.tsx';
import { FullMapLink } from './FullMapLink.tsx';
import { PinnedChip } from './PinnedChip.tsx';
import { usePinnedLayers } from './pinnedLayers.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
const NO_OVERLAYS = { analysis: EMPTY, measure: EMPTY, highlight: EMPTY };
const NO_OPACITY = {};
const ignore = () => {};
// MapLibre's Ctrl+scroll and two-finger hints, in the embed's language.
const gestureHints = (lang: Lang) => ({
  'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'gestureCtrlScroll'),
  'CooperativeGesturesHandler.MacHelpText': t(lang, 'gestureCmdScroll'),
  'CooperativeGesturesHandler.MobileHelpText': t(lang, 'gestureTwoFingers'),
});
const NO_LAYERS: readonly LayerDef[] = [];
// While the snapshot loads nothing shows; if it is missing, nothing shows either (the chip
// says so): a report must never show current data as if it were the approved data.
const NOTHING: Record<string, LayerLoad> = {};

function readyCollections(loads: Record<string, LayerLoad>) {
  const ready: Record<string, GeoJSON.FeatureCollection> = {};
  for (const [id, load] of Object.entries(loads)) {
    if (load.status === 'ready') ready[id] = load.collection;
  }
  return ready;
}

/**
 * The read-only map for an iframe: the layers named in the URL, a legend, the 2019 notice as a
 * chip, a card for the clicked feature and a link to the full app. Nothing edits or analyses.
 */
export function EmbedApp({ assets, params }: { assets: StyleAssets; params: ViewParams }) {
  const { lang, visible } = params;
  // Only the shown layers are in the style and fetched: an embed in a report stays light.
  const shown = useMemo(() => layersInDrawOrder().filter((layer) => visible[layer.id]), [visible]);
  const legend = useMemo(() => [...shown].reverse(), [shown]);
  // A pinned embed shows a snapshot's data and never fetches the current files.
  const pinned = usePinnedLayers(params.pin, shown);
  const live = useBundledLayers(params.pin === null ? shown : NO_LAYERS);
  const pinnedLoads = pinned.status === 'ready' ? pinned.loads : NOTHING;
  const loads = params.pin === null ? live : pinnedLoads;
  const collections = useMemo(() => readyCollections(loads), [loads]);
  const styleState: StyleState = useMemo(
    () => ({
      layers: shown,
      visible,
      opacity: NO_OPACITY,
      lang,
      filters: params.filters,
      frame: params.frame,
    }),
    [shown, visible, lang, params.filters, params.frame],
  );

  const [pick, setPick] = useState<FeaturePick | null>(params.selection);
  const [noticeOpen, setNoticeOpen] = useState(false);
  const onClick = useCallback((click: MapClick) => setPick(click.pick), []);
  const layer = pick ? getLayer(pick.layerId) : undefined;
  const collection = pick ? collections[pick.layerId] : undefined;
  const feature = pick && collection ? (findByKey(collection, pick.featureKey) ?? null) : null;

  return (
    <div className="embed" lang={lang}>
      <MapView
        styleState={styleState}
        assets={assets}
        collections={collections}
        selection={feature}
        zoomRequest={null}
        overlays={NO_OVERLAYS}
        toolActive={false}
        onClick={onClick}
        onDoubleClick={ignore}
        // Inside a report page's iframe, scrolling must scroll the page, not zoom the map.
        cooperativeGestures={window.self !== window.top && !params.scrollZoom}
        locale={gestureHints(lang)}
      />
      <div className="embed-overlay">
        {params.title && (
          <h1 className="embed-title" data-testid="embed-title">
            {params.title}
          </h1>
        )}
        <FullMapLink lang={lang} />
        {params.pin !== null && <PinnedChip lang={lang} data={pinned} />}
        {params.legend !== 'hidden' && (
          <EmbedLegend lang={lang} layers={legend} folded={params.legend === 'folded'} />
        )}
        {feature && layer && (
          <FeatureCard lang={lang} layer={layer} feature={feature} onClose={() => setPick(null)} />
        )}
      </div>
      <HistoricalNoticeView
        lang={lang}
        frame={params.frame}
        open={noticeOpen}
        onOpenChange={setNoticeOpen}
      />
    </div>
  );
}
