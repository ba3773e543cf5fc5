import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findByKey } from '../core/document/featureKey.ts';
import { collectionBBox } from '../core/geometry/bbox.ts';
import { isLang, type Lang, t } from '../core/i18n/messages.ts';
import { getLayer, LAYERS, layersInDrawOrder } from '../core/layers/registry.ts';
import type { BBox } from '../core/region.ts';
import { parseViewParams } from '../core/url/view-params.ts';
import type { StyleAssets, StyleState } from '../map/buildStyle.ts';
import type { FeaturePick, MapClick, MapController } from '../map/MapController.ts';
import type { OverlayData, OverlayId } from '../map/overlayStyle.ts';
import { AboutDataDialog } from './about/AboutDataDialog.tsx';
import type { MapTool } from './analysis/mapTool.ts';
import { useLayerData } from './data/useLayerData.ts';
import { FigureDialog } from './figure/FigureDialog.tsx';
import { HistoricalNotice } from './HistoricalNotice.tsx';
import { isNumberRecord, usePersistentState } from './hooks/usePersistentState.ts';
import { Inspector } from './Inspector.tsx';
import { ImportReport } from './import/ImportReport.tsx';
import { useFileDrop } from './import/useFileDrop.ts';
import { useImport } from './import/useImport.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LayerPanel } from './LayerPanel.tsx';
import { MapView } from './MapView.tsx';
import { EmbedCodeDialog } from './share/EmbedCodeDialog.tsx';

// The analysis workbench (and the geodesy it needs) loads when its tab is first opened.
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel.tsx'));

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const DRAW_ORDER = layersInDrawOrder();
// The panel lists the top-most layer first, as map legends do.
const PANEL_ORDER = [...DRAW_ORDER].reverse();

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
  // A shared link (e.g. "Open full map" from an embed) may name the layers and language; it
  // sets them once, over the remembered choice, like any other change the planner makes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: applied once, on arrival.
  useEffect(() => {
    const params = parseViewParams(window.location.search, LAYERS);
    if (params.named.lang) setLang(params.lang);
    if (params.named.layers) setVisible({ ...params.visible });
  }, []);
  const [pick, setPick] = useState<FeaturePick | null>(null);
  const [zoomRequest, setZoomRequest] = useState<{ bbox: BBox; serial: number } | null>(null);
  const [tab, setTab] = useState<'layers' | 'analysis'>('layers');
  const [analysisOpened, setAnalysisOpened] = useState(false);
  const [mapTool, setMapTool] = useState<MapTool | null>(null);
  const [figureOpen, setFigureOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const controllerRef = useRef<MapController | null>(null);
  const setController = useCallback((controller: MapController | null) => {
    controllerRef.current = controller;
  }, []);
  const [overlays, setOverlays] = useState<Record<OverlayId, OverlayData>>({
    analysis: EMPTY,
    measure: EMPTY,
  });
  const setOverlay = useCallback(
    (id: OverlayId, data: OverlayData) => setOverlays((previous) => ({ ...previous, [id]: data })),
    [],
  );
  const onMapClick = useCallback(
    (click: MapClick) => (mapTool ? mapTool.onClick(click) : setPick(click.pick)),
    [mapTool],
  );
  const onMapDoubleClick = useCallback(
    (click: MapClick) => mapTool?.onDoubleClick(click),
    [mapTool],
  );
  const { loads, collections, addFeatures, allIds } = useLayerData();
  const importer = useImport(addFeatures, lang);
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
    () => ({ layers: DRAW_ORDER, visible, opacity, lang }),
    [visible, opacity, lang],
  );

  const pickedLayer = pick ? getLayer(pick.layerId) : undefined;
  const pickedCollection = pick ? collections[pick.layerId] : undefined;
  const pickedFeature =
    pick && pickedCollection ? (findByKey(pickedCollection, pick.featureKey) ?? null) : null;

  // What the map shows: visible layers that have features (legend of figures, embed code).
  const shownLayers = useMemo(
    () =>
      PANEL_ORDER.filter(
        (layer) =>
          (visible[layer.id] ?? layer.visibleByDefault) &&
          (collections[layer.id]?.features.length ?? 0) > 0,
      ),
    [visible, collections],
  );
  const shownLayerIds = useMemo(() => shownLayers.map((layer) => layer.id), [shownLayers]);

  const selected = useMemo(() => {
    if (!pick || !pickedFeature) return null;
    const name = pickedFeature.properties?.[lang === 'en' ? 'name_en' : 'name'] ?? pick.featureKey;
    return { ...pick, name: String(name) };
  }, [pick, pickedFeature, lang]);

  const zoomToCollection = useCallback((collection: GeoJSON.FeatureCollection | undefined) => {
    const bbox = collection && collectionBBox(collection);
    if (bbox) setZoomRequest((previous) => ({ bbox, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const zoomTo = useCallback(
    (layerId: string) => zoomToCollection(collections[layerId]),
    [collections, zoomToCollection],
  );
  const zoomToGeometry = useCallback(
    (geometry: GeoJSON.Geometry) =>
      zoomToCollection({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: {}, geometry }],
      }),
    [zoomToCollection],
  );

  return (
    <div className="app" lang={lang}>
      <header className="topbar">
        <h1>
          {t(lang, 'appTitle')} <small>{t(lang, 'appSubtitle')}</small>
        </h1>
        <div className="topbar-tools">
          <button type="button" className="tool-button" onClick={() => setFigureOpen(true)}>
            {t(lang, 'exportFigure')}
          </button>
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
          <div className="tabs" role="tablist">
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'layers'}
              onClick={() => setTab('layers')}
            >
              {t(lang, 'tabLayers')}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected={tab === 'analysis'}
              onClick={() => {
                setTab('analysis');
                setAnalysisOpened(true);
              }}
            >
              {t(lang, 'tabAnalysis')}
            </button>
          </div>
          <div role="tabpanel" hidden={tab !== 'layers'}>
            <LayerPanel
              lang={lang}
              layers={PANEL_ORDER}
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
          {analysisOpened && (
            <div role="tabpanel" hidden={tab !== 'analysis'}>
              <Suspense fallback={<p className="panel">{t(lang, 'loading')}</p>}>
                <AnalysisPanel
                  lang={lang}
                  layers={collections}
                  setMapTool={setMapTool}
                  onOverlay={setOverlay}
                  onZoomToGeometry={zoomToGeometry}
                  selected={selected}
                />
              </Suspense>
            </div>
          )}
        </aside>
        <div className="map-area">
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
          {embedOpen && (
            <EmbedCodeDialog
              lang={lang}
              layerIds={shownLayerIds}
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
            />
          )}
        </div>
      </main>
    </div>
  );
}
