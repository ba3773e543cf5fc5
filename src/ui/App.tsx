import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type BoundaryFrame, DEFAULT_FRAME, isBoundaryFrame } from '../core/basemap/frame.ts';
import { findByKey } from '../core/document/featureKey.ts';
import { planVectorLayers } from '../core/figure/vector-layers.ts';
import type { LayerFilters } from '../core/filter/filter-types.ts';
import { filterToText } from '../core/filter/filter-url.ts';
import { tf } from '../core/i18n/finding-messages.ts';
import { MAP_CONTROL_LOCALE } from '../core/i18n/map-control-locale.ts';
import { isLang, type Lang, t } from '../core/i18n/messages.ts';
import { tw } from '../core/i18n/workspaceMessages.ts';
import { getLayer, LAYERS, layersInDrawOrder } from '../core/layers/registry.ts';
import { embedLayers } from '../core/url/embed-layers.ts';
import { ignoredNote } from '../core/url/ignored-note.ts';
import type { StyleAssets, StyleState } from '../map/buildStyle.ts';
import { applyMapLocale } from '../map/controlLocale.ts';
import type { FeaturePick, MapClick, MapController } from '../map/MapController.ts';
import type { OverlayData, OverlayId } from '../map/overlayStyle.ts';
import { analysisLegendSwatch } from '../map/overlayStyle.ts';
import { flyToPosition } from '../map/pointerPosition.ts';
import { AboutDataDialog } from './about/AboutDataDialog.tsx';
import { useDocumentLanguage } from './hooks/useDocumentLanguage.ts';
import { useEscapeKey } from './hooks/useEscapeKey.ts';
import { StackCycler } from './inspector/StackCycler.tsx';
import { ShortcutsHelp } from './keyboard/ShortcutsHelp.tsx';
import './search/search.css';
import type { MapTool } from './analysis/mapTool.ts';
import { useDocumentData } from './document/useDocumentData.ts';
import { useUserLayers } from './document/useUserLayers.ts';
import { useWorkspace } from './document/useWorkspace.ts';
import { readOnlyReason, WorkspaceNotice } from './document/WorkspaceNotice.tsx';
import { FrameSwitch } from './FrameSwitch.tsx';
import { FigureDialog } from './figure/FigureDialog.tsx';
import type { ExtraLegendEntry } from './figure/makeFigureFile.ts';
import { measureLegend } from './figure/measureLegend.ts';
import { PrintLegend } from './figure/PrintLegend.tsx';
import { usePageFigureEntry } from './figure/usePageFigureEntry.ts';
import { filteredCounts, useFilteredCollections } from './filter/useFilteredCollections.ts';
import { HistoricalNotice } from './HistoricalNotice.tsx';
import { useMapLink } from './hooks/useMapLink.ts';
import { isNumberRecord, usePersistentState } from './hooks/usePersistentState.ts';
import { useStableList } from './hooks/useStableList.ts';
import { useZoomRequests } from './hooks/useZoomRequests.ts';
import { Inspector } from './Inspector.tsx';
import { ExportAllLayers } from './import/ExportAllLayers.tsx';
import { ImportReport } from './import/ImportReport.tsx';
import { PanelsToggle } from './layout/PanelsToggle.tsx';
import { isPhoneScreen } from './layout/screen.ts';
import { TopbarMenu } from './layout/TopbarMenu.tsx';
import './layout/layout.css';
import './layout/mapColumn.css';
import { useFileDrop } from './import/useFileDrop.ts';
import { useImport } from './import/useImport.ts';
import { useImportHost } from './import/useImportHost.ts';
import { usePasteImport } from './import/usePasteImport.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LayerPanel } from './LayerPanel.tsx';
import { MapView } from './MapView.tsx';
import { SidebarTabs, tabPanelProps, useSidebarTabs } from './SidebarTabs.tsx';
import { CopyLinkButton } from './share/CopyLinkButton.tsx';
import { EmbedCodeDialog } from './share/EmbedCodeDialog.tsx';
import { LinkNote } from './share/LinkNote.tsx';

// The search box and the coordinate readout carry proj4 (VN-2000): they load just after the
// first render, so the map does not wait for them.
const SearchBox = lazy(() =>
  import('./search/SearchBox.tsx').then((m) => ({ default: m.SearchBox })),
);
const CoordinateReadout = lazy(() =>
  import('./coords/CoordinateReadout.tsx').then((m) => ({ default: m.CoordinateReadout })),
);

// The analysis workbench (and the geodesy it needs) loads when its tab is first opened.
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel.tsx'));
// The editor (terra-draw and its adapter) loads when its tab is first opened.
const EditorPanel = lazy(() => import('./editor/EditorPanel.tsx'));

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const DRAW_ORDER = layersInDrawOrder();

const isBooleanRecord = (value: unknown): value is Record<string, boolean> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'boolean');

export function App({ assets }: { assets: StyleAssets }) {
  const [lang, setLang] = usePersistentState<Lang>('lang', 'vi', isLang);
  const [frame, setFrame] = usePersistentState<BoundaryFrame>(
    'frame',
    DEFAULT_FRAME,
    isBoundaryFrame,
  );
  const [visible, setVisible] = usePersistentState<Record<string, boolean>>(
    'visible',
    {},
    isBooleanRecord,
  );
  const [opacity, setOpacity] = usePersistentState<Record<string, number>>(
    'opacity',
    {},
    isNumberRecord,
  );
  const [pick, setPick] = useState<FeaturePick | null>(null);
  const tabs = useSidebarTabs<'layers' | 'analysis' | 'edit'>('layers');
  // Everything under the last click, so the features stacked under the top one can be reached.
  const [stack, setStack] = useState<FeaturePick[]>([]);
  const [checkId, setCheckId] = useState<string | null>(null);
  const [filters, setFilters] = useState<LayerFilters>({});
  // The sidebar on a tablet or phone is a drawer or bottom sheet: folded on a phone at first.
  const [panelsOpen, setPanelsOpen] = useState(() => !isPhoneScreen());
  const [mapTool, setMapToolState] = useState<MapTool | null>(null);
  // Clicks read the tool from a ref, not from the last render: a click that comes before React
  // has re-rendered the (large) App after a tool went up must still reach the tool.
  const mapToolRef = useRef<MapTool | null>(null);
  const setMapTool = useCallback((tool: MapTool | null) => {
    mapToolRef.current = tool;
    setMapToolState(tool);
  }, []);
  const [figureOpen, setFigureOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  // The results drawer under the map: the analysis panel renders its results there.
  const [resultsHost, setResultsHost] = useState<HTMLDivElement | null>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [controller, setControllerState] = useState<MapController | null>(null);
  const setController = useCallback((controller: MapController | null) => {
    controllerRef.current = controller;
    setControllerState(controller);
  }, []);
  useDocumentLanguage(lang);
  useEffect(() => {
    if (controller) applyMapLocale(controller.map, MAP_CONTROL_LOCALE[lang]);
  }, [controller, lang]);
  const closeInspector = useCallback(() => setPick(null), []);
  useEscapeKey(pick !== null, closeInspector);
  const { open: openTabOnly } = tabs;
  const openTab = useCallback(
    (id: 'layers' | 'analysis' | 'edit') => {
      openTabOnly(id);
      setPanelsOpen(true);
    },
    [openTabOnly],
  );
  const [titleBrand, titleRest] = t(lang, 'appTitle').split(' — ');
  const showPanel = useCallback((panel: 'layers' | 'analysis') => openTab(panel), [openTab]);
  const [overlays, setOverlays] = useState<Record<OverlayId, OverlayData>>({
    analysis: EMPTY,
    measure: EMPTY,
    highlight: EMPTY,
  });
  const setOverlay = useCallback(
    (id: OverlayId, data: OverlayData) => setOverlays((previous) => ({ ...previous, [id]: data })),
    [],
  );
  const onMapClick = useCallback((click: MapClick) => {
    const tool = mapToolRef.current;
    if (tool) return tool.onClick(click);
    setPick(click.pick);
    setStack(click.stack);
  }, []);
  const onMapDoubleClick = useCallback(
    (click: MapClick) => mapToolRef.current?.onDoubleClick(click),
    [],
  );
  const { store, doc, loads, collections, allIds, baseComplete } = useDocumentData();
  // Planners' own layers (imported into a new layer, or created) draw above the registry's.
  const userLayerList = useUserLayers(doc);
  const { layerDef } = userLayerList;
  // The same list while no planner's layer changed: edits elsewhere do not rebuild the style.
  const userLayers = useStableList(userLayerList.userLayers);
  const drawOrder = useMemo(
    () => (userLayers.length === 0 ? DRAW_ORDER : [...DRAW_ORDER, ...userLayers]),
    [userLayers],
  );
  // The panel lists the top-most layer first, as map legends do.
  const panelOrder = useMemo(() => [...drawOrder].reverse(), [drawOrder]);
  const { status: workspace, discard: discardWorkspace } = useWorkspace(store, baseComplete);
  // What passes each layer's filter: the counts, analysis, exports and search follow it; the map
  // hides the rest by its style.
  const shownCollections = useFilteredCollections(collections, filters);
  // A selected feature that a filter now hides is let go: the inspector never speaks of what the
  // map does not show (and the link stops naming it).
  useEffect(() => {
    if (!pick) return;
    const shown = shownCollections[pick.layerId];
    if (shown && shown !== collections[pick.layerId] && !findByKey(shown, pick.featureKey))
      setPick(null);
  }, [pick, shownCollections, collections]);
  const filtered = useMemo(
    () => filteredCounts(collections, shownCollections),
    [collections, shownCollections],
  );
  const { zoomRequest, zoomTo, zoomToGeometry } = useZoomRequests(collections);
  // The map's state lives in the link too (core/url/map-state.ts): applied on arrival and on
  // Back/Forward, written on each change.
  const ignoredLinkParts = useMapLink({
    ...{ lang, setLang, visible, setVisible, opacity, setOpacity, checkId, setCheckId },
    ...{ frame, setFrame },
    ...{ selection: pick, setSelection: setPick, collections, filters, setFilters },
    ...{ userLayers, userLayersKnown: workspace.kind !== 'connecting' },
  });
  // A link naming a check opens the analysis tab, where the check runs.
  useEffect(() => {
    if (!checkId) return;
    openTab('analysis');
  }, [checkId, openTab]);
  const importHost = useImportHost({ store, layerDef, allIds, lang });
  const importer = useImport(importHost, lang);
  const { importFiles } = importer;
  const onImport = useCallback(
    (layerId: string, file: File) => importFiles([file], { kind: 'layer', layerId }),
    [importFiles],
  );
  // A tab that follows another (read-only) imports nothing: its controls and drops say why.
  const importBlocked = workspace.kind === 'following' ? tw(lang, 'importReadOnly') : null;
  const [dropRefused, setDropRefused] = useState(false);
  // Files dropped on the map, or text pasted on it, land in new layers named after them (the
  // report offers to move them into an existing layer): each file its own.
  useFileDrop((files) => {
    if (importBlocked) return setDropRefused(true);
    importFiles(files, { kind: 'new' });
  });
  usePasteImport(lang, importer, importBlocked);
  const importTargets = useMemo(
    () =>
      panelOrder
        // Read-only layers too: the choice lists them disabled, saying why.
        .map((layer) => ({ id: layer.id, title: layer.title[lang], layer })),
    [panelOrder, lang],
  );
  const layerTitle = useCallback((id: string) => layerDef(id)?.title[lang] ?? id, [layerDef, lang]);

  const styleState: StyleState = useMemo(
    () => ({ layers: drawOrder, visible, opacity, lang, frame, filters }),
    [drawOrder, visible, opacity, lang, frame, filters],
  );

  const pickedLayer = pick ? layerDef(pick.layerId) : undefined;
  const pickedCollection = pick ? collections[pick.layerId] : undefined;
  const pickedFeature =
    pick && pickedCollection ? (findByKey(pickedCollection, pick.featureKey) ?? null) : null;
  // The same feature as bundled, if it is one: its stored frame holds while its geometry does.
  const pickedBundled = pick
    ? store?.getBase().layers.get(pick.layerId)?.features.get(pick.featureKey)
    : undefined;

  // What the map shows: visible layers that have features (legend of figures, embed code).
  const shownLayers = useMemo(
    () =>
      panelOrder.filter(
        (layer) =>
          (visible[layer.id] ?? layer.visibleByDefault) &&
          (collections[layer.id]?.features.length ?? 0) > 0,
      ),
    [panelOrder, visible, collections],
  );
  // The drawn analysis result, for the figures' legend and the printed page's.
  const [drawnResult, setDrawnResult] = useState<{
    kind: 'nearest' | 'overlap' | 'corridor';
    title: string;
  } | null>(null);
  // A linked check that failed: the page entry reports it instead of waiting for a result.
  const [checkFailure, setCheckFailure] = useState<string | null>(null);
  const extraLegend: ExtraLegendEntry[] = useMemo(
    () => [
      ...(drawnResult
        ? [{ title: drawnResult.title, swatch: analysisLegendSwatch(drawnResult.kind) }]
        : []),
      ...measureLegend(lang, overlays.measure),
    ],
    [drawnResult, lang, overlays.measure],
  );
  const figureVectorLayers = useCallback(
    () => planVectorLayers(shownLayers, shownCollections, opacity),
    [shownLayers, shownCollections, opacity],
  );
  usePageFigureEntry({
    controller: () => controllerRef.current,
    lang,
    legendLayers: shownLayers,
    extraLegend,
    vectorLayers: figureVectorLayers,
    baseComplete,
    layerCount: Object.keys(collections).length,
    failedLayers: Object.entries(loads)
      .filter(([, load]) => load.status === 'error')
      .map(([id]) => id),
    ignoredNote: ignoredNote(lang, ignoredLinkParts),
    checkPending: checkId !== null && drawnResult === null,
    checkFailure: checkId === null ? null : checkFailure,
  });
  const shownLayerIds = useMemo(() => shownLayers.map((layer) => layer.id), [shownLayers]);

  const selected = useMemo(() => {
    if (!pick || !pickedFeature) return null;
    const name = pickedFeature.properties?.[lang === 'en' ? 'name_en' : 'name'] ?? pick.featureKey;
    return { ...pick, name: String(name) };
  }, [pick, pickedFeature, lang]);

  const onSearchFeature = (layerId: string, featureKey: string) => {
    const feature = collections[layerId] && findByKey(collections[layerId], featureKey);
    if (feature?.geometry) zoomToGeometry(feature.geometry);
    setPick({ layerId, featureKey });
    setStack([]);
  };
  const onSearchPosition = (lngLat: [number, number]) => {
    if (controllerRef.current) flyToPosition(controllerRef.current, lngLat);
  };

  return (
    <div className="app" lang={lang}>
      <a className="skip-link" href="#map-area">
        {tf(lang, 'skipToMap')}
      </a>
      <header className="topbar">
        <h1>
          {titleBrand}
          {titleRest && <span className="title-rest"> — {titleRest}</span>}{' '}
          <small>{t(lang, 'appSubtitle')}</small>
        </h1>
        <Suspense fallback={null}>
          <SearchBox
            lang={lang}
            collections={shownCollections}
            onFeature={onSearchFeature}
            onPosition={onSearchPosition}
          />
        </Suspense>
        <TopbarMenu lang={lang}>
          <button type="button" className="tool-button" onClick={() => setFigureOpen(true)}>
            {t(lang, 'exportFigure')}
          </button>
          <CopyLinkButton lang={lang} />
          <button type="button" className="tool-button" onClick={() => setEmbedOpen(true)}>
            {t(lang, 'embedMap')}
          </button>
          <button type="button" className="tool-button" onClick={() => setAboutOpen(true)}>
            {t(lang, 'aboutData')}
          </button>
          <FrameSwitch lang={lang} frame={frame} onChange={setFrame} />
          <LanguageSwitch lang={lang} onChange={setLang} />
        </TopbarMenu>
      </header>
      <main className="workspace">
        <aside id="sidebar" className={panelsOpen ? 'sidebar' : 'sidebar collapsed'}>
          <div className="sidebar-head">
            <SidebarTabs
              tabs={[
                { id: 'layers', label: t(lang, 'tabLayers') },
                { id: 'analysis', label: t(lang, 'tabAnalysis') },
                { id: 'edit', label: tw(lang, 'tabEdit') },
              ]}
              current={tabs.tab}
              onOpen={openTab}
            />
            <PanelsToggle lang={lang} open={panelsOpen} onChange={setPanelsOpen} />
          </div>
          <div {...tabPanelProps('layers', tabs.tab)}>
            <LayerPanel
              lang={lang}
              layers={panelOrder}
              loads={loads}
              visible={visible}
              opacity={opacity}
              onVisibleChange={(id, value) => setVisible({ ...visible, [id]: value })}
              onOpacityChange={(id, value) => setOpacity({ ...opacity, [id]: value })}
              onZoomTo={zoomTo}
              onImport={onImport}
              importDisabledReason={importBlocked}
              collectionOf={(id) => collections[id]}
              shownOf={(id) => shownCollections[id]}
              filters={filters}
              onFilterChange={(id, filter) => setFilters({ ...filters, [id]: filter })}
            />
            <ExportAllLayers
              lang={lang}
              layers={shownLayers}
              collectionOf={(id) => shownCollections[id]}
            />
            <p className="offline-note">{t(lang, 'offline')}</p>
          </div>
          {/* Kept mounted once opened, so results survive a switch of tabs. */}
          {tabs.opened.has('analysis') && (
            <div {...tabPanelProps('analysis', tabs.tab)}>
              <Suspense fallback={<p className="panel">{t(lang, 'loading')}</p>}>
                <AnalysisPanel
                  lang={lang}
                  layers={shownCollections}
                  filtered={filtered}
                  setMapTool={setMapTool}
                  onOverlay={setOverlay}
                  onZoomToGeometry={zoomToGeometry}
                  selected={selected}
                  userLayers={userLayers}
                  checkId={checkId}
                  onCheckIdChange={setCheckId}
                  onResultDrawn={setDrawnResult}
                  resultsHost={resultsHost}
                  onCheckFailed={setCheckFailure}
                />
              </Suspense>
            </div>
          )}
          {tabs.opened.has('edit') && store && (
            <div {...tabPanelProps('edit', tabs.tab)}>
              <Suspense fallback={<p className="panel">{t(lang, 'loading')}</p>}>
                <EditorPanel
                  lang={lang}
                  store={store}
                  layers={panelOrder}
                  collections={collections}
                  visibleLayerIds={shownLayerIds}
                  controller={() => controllerRef.current}
                  onPick={setPick}
                  setMapTool={setMapTool}
                  readOnlyReason={readOnlyReason(workspace, lang)}
                />
              </Suspense>
            </div>
          )}
        </aside>
        <div className="map-area" id="map-area" tabIndex={-1}>
          <MapView
            styleState={styleState}
            assets={assets}
            collections={collections}
            selection={pickedFeature}
            zoomRequest={zoomRequest}
            overlays={overlays}
            toolActive={mapTool !== null}
            onClick={onMapClick}
            onDoubleClick={onMapDoubleClick}
            onController={setController}
          />
          <PrintLegend lang={lang} layers={shownLayers} extra={extraLegend} />
          <HistoricalNotice lang={lang} frame={frame} />
          <WorkspaceNotice lang={lang} status={workspace} onDiscard={discardWorkspace} />
          {dropRefused && importBlocked && (
            <p className="drop-refused" role="alert" data-testid="drop-refused">
              {importBlocked}
            </p>
          )}
          <Suspense fallback={null}>
            <CoordinateReadout lang={lang} controller={controller} />
          </Suspense>
          <ShortcutsHelp lang={lang} onPanel={showPanel} />
          <LinkNote lang={lang} parts={ignoredLinkParts} />
          {embedOpen && (
            <EmbedCodeDialog
              lang={lang}
              // The embed shows registry layers only (their filters travel with it); the
              // dialog names the planner's own layers it cannot show.
              {...embedLayers(shownLayers, filters, lang)}
              selection={
                pick && getLayer(pick.layerId) ? `${pick.layerId}:${pick.featureKey}` : null
              }
              ownSelection={pick !== null && !getLayer(pick.layerId)}
              filter={filterToText(filters, LAYERS)}
              frame={frame}
              onClose={() => setEmbedOpen(false)}
            />
          )}
          {aboutOpen && <AboutDataDialog lang={lang} onClose={() => setAboutOpen(false)} />}
          {figureOpen && (
            <FigureDialog
              lang={lang}
              controller={() => controllerRef.current}
              legendLayers={shownLayers}
              extraLegend={extraLegend}
              vectorLayers={figureVectorLayers}
              onClose={() => setFigureOpen(false)}
            />
          )}
          <ImportReport
            lang={lang}
            state={importer.state}
            onDismiss={importer.dismiss}
            onRetry={importer.retryAs}
            onRetryWith={importer.retryWith}
            onCancel={importer.cancel}
            onConfirm={importer.confirm}
            targets={importTargets}
            layerTitle={layerTitle}
          />
          {pickedFeature && pickedLayer && (
            <Inspector
              lang={lang}
              layer={pickedLayer}
              feature={pickedFeature}
              bundled={pickedBundled}
              onClose={() => setPick(null)}
              stackNav={<StackCycler lang={lang} stack={stack} current={pick} onPick={setPick} />}
            />
          )}
        </div>
        <div className="results-host" ref={setResultsHost} />
      </main>
    </div>
  );
}
