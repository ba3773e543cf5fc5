import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findByKey } from '../core/document/featureKey.ts';
import { layerDefOf, userLayerDefs } from '../core/document/layerDefOf.ts';
import { tf } from '../core/i18n/finding-messages.ts';
import { MAP_CONTROL_LOCALE } from '../core/i18n/map-control-locale.ts';
import { isLang, type Lang, t } from '../core/i18n/messages.ts';
import { tw } from '../core/i18n/workspaceMessages.ts';
import { layersInDrawOrder } from '../core/layers/registry.ts';
import type { StyleAssets, StyleState } from '../map/buildStyle.ts';
import { applyMapLocale } from '../map/controlLocale.ts';
import type { FeaturePick, MapClick, MapController } from '../map/MapController.ts';
import type { OverlayData, OverlayId } from '../map/overlayStyle.ts';
import { flyToPosition } from '../map/pointerPosition.ts';
import { AboutDataDialog } from './about/AboutDataDialog.tsx';
import { useDocumentLanguage } from './hooks/useDocumentLanguage.ts';
import { useEscapeKey } from './hooks/useEscapeKey.ts';
import { StackCycler } from './inspector/StackCycler.tsx';
import { ShortcutsHelp } from './keyboard/ShortcutsHelp.tsx';
import './search/search.css';
import type { MapTool } from './analysis/mapTool.ts';
import { useDocumentData } from './document/useDocumentData.ts';
import { useWorkspace } from './document/useWorkspace.ts';
import { readOnlyReason, WorkspaceNotice } from './document/WorkspaceNotice.tsx';
import { FigureDialog } from './figure/FigureDialog.tsx';
import { HistoricalNotice } from './HistoricalNotice.tsx';
import { useMapLink } from './hooks/useMapLink.ts';
import { isNumberRecord, usePersistentState } from './hooks/usePersistentState.ts';
import { useStableList } from './hooks/useStableList.ts';
import { useZoomRequests } from './hooks/useZoomRequests.ts';
import { Inspector } from './Inspector.tsx';
import { ImportReport } from './import/ImportReport.tsx';
import { useFileDrop } from './import/useFileDrop.ts';
import { useImport } from './import/useImport.ts';
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
  const [mapTool, setMapTool] = useState<MapTool | null>(null);
  const [figureOpen, setFigureOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
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
  const { open: openTab } = tabs;
  const showPanel = useCallback((panel: 'layers' | 'analysis') => openTab(panel), [openTab]);
  const [overlays, setOverlays] = useState<Record<OverlayId, OverlayData>>({
    analysis: EMPTY,
    measure: EMPTY,
  });
  const setOverlay = useCallback(
    (id: OverlayId, data: OverlayData) => setOverlays((previous) => ({ ...previous, [id]: data })),
    [],
  );
  const onMapClick = useCallback(
    (click: MapClick) => {
      if (mapTool) return mapTool.onClick(click);
      setPick(click.pick);
      setStack(click.stack);
    },
    [mapTool],
  );
  const onMapDoubleClick = useCallback(
    (click: MapClick) => mapTool?.onDoubleClick(click),
    [mapTool],
  );
  const { store, doc, loads, collections, addFeatures, allIds, baseComplete } = useDocumentData();
  // Planners' own layers draw above the registry's, in the order they were created.
  const userLayers = useStableList(useMemo(() => userLayerDefs(doc), [doc]));
  const drawOrder = useMemo(
    () => (userLayers.length === 0 ? DRAW_ORDER : [...DRAW_ORDER, ...userLayers]),
    [userLayers],
  );
  // The panel lists the top-most layer first, as map legends do.
  const panelOrder = useMemo(() => [...drawOrder].reverse(), [drawOrder]);
  const workspace = useWorkspace(store, baseComplete);
  const { zoomRequest, zoomTo, zoomToGeometry } = useZoomRequests(collections);
  // The map's state lives in the link too (core/url/map-state.ts): applied on arrival and on
  // Back/Forward, written on each change.
  const ignoredLinkParts = useMapLink({
    ...{ lang, setLang, visible, setVisible, opacity, setOpacity, checkId, setCheckId },
    ...{ selection: pick, setSelection: setPick, collections },
  });
  // A link naming a check opens the analysis tab, where the check runs.
  useEffect(() => {
    if (!checkId) return;
    openTab('analysis');
  }, [checkId, openTab]);
  const importer = useImport(addFeatures, lang, (id) => doc.layers.get(id)?.userDef);
  const { importFile } = importer;
  const onImport = useCallback(
    (layerId: string, file: File) => void importFile(layerId, file, allIds()),
    [importFile, allIds],
  );
  // Files dropped on the map land in "Context", the one layer that takes every geometry type.
  useFileDrop((files) => {
    for (const file of files) onImport('context', file);
  });

  const styleState: StyleState = useMemo(
    () => ({ layers: drawOrder, visible, opacity, lang }),
    [drawOrder, visible, opacity, lang],
  );

  const pickedLayer = pick ? layerDefOf(doc, pick.layerId) : undefined;
  const pickedCollection = pick ? collections[pick.layerId] : undefined;
  const pickedFeature =
    pick && pickedCollection ? (findByKey(pickedCollection, pick.featureKey) ?? null) : null;

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
          {t(lang, 'appTitle')} <small>{t(lang, 'appSubtitle')}</small>
        </h1>
        <Suspense fallback={null}>
          <SearchBox
            lang={lang}
            collections={collections}
            onFeature={onSearchFeature}
            onPosition={onSearchPosition}
          />
        </Suspense>
        <div className="topbar-tools">
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
          <LanguageSwitch lang={lang} onChange={setLang} />
        </div>
      </header>
      <main className="workspace">
        <aside className="sidebar">
          <SidebarTabs
            tabs={[
              { id: 'layers', label: t(lang, 'tabLayers') },
              { id: 'analysis', label: t(lang, 'tabAnalysis') },
              { id: 'edit', label: tw(lang, 'tabEdit') },
            ]}
            current={tabs.tab}
            onOpen={tabs.open}
          />
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
              collectionOf={(id) => collections[id]}
            />
            <p className="offline-note">{t(lang, 'offline')}</p>
          </div>
          {/* Kept mounted once opened, so results survive a switch of tabs. */}
          {tabs.opened.has('analysis') && (
            <div {...tabPanelProps('analysis', tabs.tab)}>
              <Suspense fallback={<p className="panel">{t(lang, 'loading')}</p>}>
                <AnalysisPanel
                  lang={lang}
                  layers={collections}
                  setMapTool={setMapTool}
                  onOverlay={setOverlay}
                  onZoomToGeometry={zoomToGeometry}
                  selected={selected}
                  userLayers={userLayers}
                  checkId={checkId}
                  onCheckIdChange={setCheckId}
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
          <HistoricalNotice lang={lang} />
          <WorkspaceNotice lang={lang} status={workspace} />
          <Suspense fallback={null}>
            <CoordinateReadout lang={lang} controller={controller} />
          </Suspense>
          <ShortcutsHelp lang={lang} onPanel={showPanel} />
          <LinkNote lang={lang} parts={ignoredLinkParts} />
          {embedOpen && (
            <EmbedCodeDialog
              lang={lang}
              layerIds={shownLayerIds}
              selection={pick ? `${pick.layerId}:${pick.featureKey}` : null}
              onClose={() => setEmbedOpen(false)}
            />
          )}
          {aboutOpen && <AboutDataDialog lang={lang} onClose={() => setAboutOpen(false)} />}
          {figureOpen && (
            <FigureDialog
              lang={lang}
              controller={() => controllerRef.current}
              legendLayers={shownLayers}
              onClose={() => setFigureOpen(false)}
            />
          )}
          <ImportReport
            lang={lang}
            state={importer.state}
            onDismiss={importer.dismiss}
            onRetry={importer.retryAs}
            onRetryWith={importer.retryWith}
          />
          {pickedFeature && pickedLayer && (
            <Inspector
              lang={lang}
              layer={pickedLayer}
              feature={pickedFeature}
              onClose={() => setPick(null)}
              stackNav={<StackCycler lang={lang} stack={stack} current={pick} onPick={setPick} />}
            />
          )}
        </div>
      </main>
    </div>
  );
}
