import { lazy, Suspense, useMemo, useState } from 'react';
import type { LayerFilters } from '../core/filter/filter-types.ts';
import { tf } from '../core/i18n/finding-messages.ts';
import { t } from '../core/i18n/messages.ts';
import { ignoredNote } from '../core/url/ignored-note.ts';
import type { StyleAssets, StyleState } from '../map/buildStyle.ts';
import { useDocumentLanguage } from './hooks/useDocumentLanguage.ts';
import { InspectorSheet } from './inspector/InspectorSheet.tsx';
import { StackCycler } from './inspector/StackCycler.tsx';
import { ShortcutsHelp } from './keyboard/ShortcutsHelp.tsx';
import './search/search.css';
import { useMapTool } from './analysis/useMapTool.ts';
import { useDocumentData } from './document/useDocumentData.ts';
import { useWorkspace } from './document/useWorkspace.ts';
import { readOnlyReason, WorkspaceNotice } from './document/WorkspaceNotice.tsx';
import { PrintLegend } from './figure/PrintLegend.tsx';
import { useExtraLegend } from './figure/useExtraLegend.ts';
import { useFigureVectorLayers } from './figure/useFigureVectorLayers.ts';
import { usePageFigureEntry } from './figure/usePageFigureEntry.ts';
import { filteredCounts, useFilteredCollections } from './filter/useFilteredCollections.ts';
import { useLetGoHiddenPick } from './filter/useLetGoHiddenPick.ts';
import { HistoricalNotice } from './HistoricalNotice.tsx';
import { useLinkedState } from './hooks/useLinkedState.ts';
import { useMapController } from './hooks/useMapController.ts';
import { useOverlays } from './hooks/useOverlays.ts';
import { useSelection } from './hooks/useSelection.ts';
import { useViewSettings } from './hooks/useViewSettings.ts';
import { useZoomRequests } from './hooks/useZoomRequests.ts';
import { Inspector } from './Inspector.tsx';
import { ExportAllLayers } from './import/ExportAllLayers.tsx';
import { usePickedFeature } from './inspector/usePickedFeature.ts';
import { useLayerOrder } from './layers/useLayerOrder.ts';
import { useShownLayers } from './layers/useShownLayers.ts';
import { AppSidebar } from './layout/AppSidebar.tsx';
import { AppTopbar, type TopbarDialog } from './layout/AppTopbar.tsx';
import { TopbarDialogs } from './layout/TopbarDialogs.tsx';
import './layout/layout.css';
import './layout/mapColumn.css';
import { useAppImport } from './import/useAppImport.ts';
import { LayerPanel } from './LayerPanel.tsx';
import { useSidebar } from './layout/useSidebar.ts';
import { MapView } from './MapView.tsx';
import { useSearchJumps } from './search/useSearchJumps.ts';
import { LinkNote } from './share/LinkNote.tsx';
import { useEditsLeftOut, useLocalEdits } from './share/useEditsLeftOut.ts';

// The coordinate readout carries proj4 (VN-2000): it loads just after the first render, so the
// map does not wait for it (the search box, in the top bar, likewise).
const CoordinateReadout = lazy(() =>
  import('./coords/CoordinateReadout.tsx').then((m) => ({ default: m.CoordinateReadout })),
);

// The analysis workbench (and the geodesy it needs) loads when its tab is first opened.
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel.tsx'));
// The editor (terra-draw and its adapter) loads when its tab is first opened.
const EditorPanel = lazy(() => import('./editor/EditorPanel.tsx'));
// The import report (its choices, findings and progress) loads when a first file is read.
const ImportReport = lazy(() =>
  import('./import/ImportReport.tsx').then((m) => ({ default: m.ImportReport })),
);

/**
 * The app's layout: the top bar, the sidebar's tabs (layers, analysis, editor) and the map with
 * what floats over it. The state lives in the hooks; this wires them to the components.
 */
export function App({ assets }: { assets: StyleAssets }) {
  const view = useViewSettings();
  const { lang, frame, visible, opacity } = view;
  const { pick, setPick, stack, clear, pickAt, pickOnly } = useSelection();
  const sidebar = useSidebar();
  const [checkId, setCheckId] = useState<string | null>(null);
  const [filters, setFilters] = useState<LayerFilters>({});
  const { mapTool, setMapTool, onMapClick, onMapDoubleClick } = useMapTool(pickAt);
  const [dialog, setDialog] = useState<TopbarDialog | null>(null);
  // The results drawer under the map: the analysis panel renders its results there.
  const [resultsHost, setResultsHost] = useState<HTMLDivElement | null>(null);
  useDocumentLanguage(lang);
  const { controller, getController, setController } = useMapController(lang);
  const { overlays, setOverlay } = useOverlays();
  const { store, doc, loads, collections, allIds, baseComplete } = useDocumentData();
  const { layerDef, userLayers, drawOrder, panelOrder } = useLayerOrder(doc);
  const { status: workspace, discard: discardWorkspace } = useWorkspace(store, baseComplete);
  // What passes each layer's filter: the counts, analysis, exports and search follow it; the map
  // hides the rest by its style.
  const shownCollections = useFilteredCollections(collections, filters);
  useLetGoHiddenPick(pick, setPick, collections, shownCollections);
  const filtered = useMemo(
    () => filteredCounts(collections, shownCollections),
    [collections, shownCollections],
  );
  const { zoomRequest, zoomTo, zoomToGeometry } = useZoomRequests(collections);
  const ignoredLinkParts = useLinkedState(
    {
      ...{ ...view, checkId, setCheckId, selection: pick, setSelection: setPick },
      ...{ collections, filters, setFilters },
      ...{ userLayers, userLayersKnown: workspace.kind !== 'connecting' },
    },
    sidebar.openTab,
  );
  const imports = useAppImport({ store, layerDef, allIds, lang, workspace, panelOrder });
  const styleState: StyleState = useMemo(
    () => ({ layers: drawOrder, visible, opacity, lang, frame, filters }),
    [drawOrder, visible, opacity, lang, frame, filters],
  );
  const picked = usePickedFeature(pick, { store, collections, layerDef, lang });
  const shownLayers = useShownLayers(panelOrder, visible, collections);
  const { extraLegend, drawnResult, setDrawnResult } = useExtraLegend(lang, overlays.measure);
  // A linked check that failed: the page entry reports it instead of waiting for a result.
  const [checkFailure, setCheckFailure] = useState<string | null>(null);
  const vectorLayers = useFigureVectorLayers(shownLayers, shownCollections, opacity);
  usePageFigureEntry({
    ...{ controller: getController, lang, legendLayers: shownLayers, extraLegend, baseComplete },
    vectorLayers,
    layerCount: Object.keys(collections).length,
    failedLayers: Object.entries(loads)
      .filter(([, load]) => load.status === 'error')
      .map(([id]) => id),
    ignoredNote: ignoredNote(lang, ignoredLinkParts),
    checkPending: checkId !== null && drawnResult === null,
    checkFailure: checkId === null ? null : checkFailure,
  });
  const shownLayerIds = useMemo(() => shownLayers.map((layer) => layer.id), [shownLayers]);
  const search = useSearchJumps({ collections, zoomToGeometry, pickOnly, getController });
  const editsLeftOut = useEditsLeftOut(store, layerDef, lang);
  const localEdits = useLocalEdits(store);

  return (
    <div className="app" lang={lang}>
      <a className="skip-link" href="#map-area">
        {tf(lang, 'skipToMap')}
      </a>
      <AppTopbar
        {...{ lang, onLang: view.setLang, frame, onFrame: view.setFrame }}
        {...{ collections: shownCollections, ...search, onDialog: setDialog, editsLeftOut }}
      />
      <main className="workspace">
        <AppSidebar
          lang={lang}
          sidebar={sidebar}
          layers={
            <>
              <LayerPanel
                {...{
                  lang,
                  layers: panelOrder,
                  loads,
                  visible,
                  opacity,
                  filters,
                  onZoomTo: zoomTo,
                }}
                onVisibleChange={(id, value) => view.setVisible({ ...visible, [id]: value })}
                onOpacityChange={(id, value) => view.setOpacity({ ...opacity, [id]: value })}
                onImport={imports.onImport}
                importDisabledReason={imports.blockedReason}
                collectionOf={(id) => collections[id]}
                shownOf={(id) => shownCollections[id]}
                onFilterChange={(id, filter) => setFilters({ ...filters, [id]: filter })}
              />
              <ExportAllLayers
                lang={lang}
                layers={shownLayers}
                collectionOf={(id) => shownCollections[id]}
              />
              <p className="offline-note">{t(lang, 'offline')}</p>
            </>
          }
          analysis={
            <AnalysisPanel
              {...{ lang, layers: shownCollections, filtered, setMapTool, onOverlay: setOverlay }}
              {...{ onZoomToGeometry: zoomToGeometry, selected: picked.selected, userLayers }}
              {...{ checkId, onCheckIdChange: setCheckId, onResultDrawn: setDrawnResult }}
              {...{ resultsHost, onCheckFailed: setCheckFailure }}
            />
          }
          edit={
            store && (
              <EditorPanel
                {...{
                  lang,
                  store,
                  layers: panelOrder,
                  collections,
                  visibleLayerIds: shownLayerIds,
                }}
                {...{ controller: getController, onPick: setPick, setMapTool, pick }}
                active={sidebar.tabs.tab === 'edit'}
                readOnlyReason={readOnlyReason(workspace, lang)}
                drawerHost={resultsHost}
              />
            )
          }
        />
        <div className="map-area" id="map-area" tabIndex={-1}>
          <MapView
            {...{ styleState, assets, collections, selection: picked.feature, zoomRequest }}
            {...{ overlays, toolActive: mapTool !== null, onController: setController }}
            {...{ onClick: onMapClick, onDoubleClick: onMapDoubleClick }}
          />
          <PrintLegend lang={lang} layers={shownLayers} extra={extraLegend} />
          <HistoricalNotice lang={lang} frame={frame} />
          <WorkspaceNotice lang={lang} status={workspace} onDiscard={discardWorkspace} />
          {imports.dropRefused && (
            <p className="drop-refused" role="alert" data-testid="drop-refused">
              {imports.blockedReason}
            </p>
          )}
          <Suspense fallback={null}>
            <CoordinateReadout lang={lang} controller={controller} />
          </Suspense>
          <ShortcutsHelp lang={lang} onPanel={sidebar.openTab} />
          <LinkNote lang={lang} parts={ignoredLinkParts} />
          <TopbarDialogs
            {...{ lang, dialog, onClose: () => setDialog(null), shownLayers, filters, pick }}
            {...{ frame, getController, extraLegend, vectorLayers, localEdits }}
          />
          {imports.report.state.status !== 'idle' && (
            <Suspense fallback={null}>
              <ImportReport {...imports.report} />
            </Suspense>
          )}
          {picked.feature && picked.layer && (
            <InspectorSheet lang={lang}>
              <Inspector
                {...{ lang, layer: picked.layer, feature: picked.feature, bundled: picked.bundled }}
                onClose={clear}
                stackNav={<StackCycler lang={lang} stack={stack} current={pick} onPick={setPick} />}
              />
            </InspectorSheet>
          )}
        </div>
        <div className="results-host" ref={setResultsHost} />
      </main>
    </div>
  );
}
