import { diff } from '@maplibre/maplibre-gl-style-spec';
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { PLANNING_ZOOM } from '../core/basemap/tileset.ts';
import { outlineFromZoom } from '../core/geometry/outlineZoom.ts';
import { overviewAtZoom } from '../core/geometry/overviewZoom.ts';
import type { LayerDef } from '../core/layers/types.ts';
import type { BBox } from '../core/region.ts';
import { buildStyle, type StyleAssets, type StyleState } from './buildStyle.ts';
import { ensureWorkerReadProtocol, workerReadUrl } from './chunks/blobTextProtocol.ts';
import { ChunkFeeder } from './chunks/chunkFeeder.ts';
import { CHUNKED_FROM_FEATURES, chunkSourceId, withChunkIds } from './chunks/chunkIds.ts';
import { PreparedChunks } from './chunks/preparedChunks.ts';
import { type SourceSplit, WholeLayer } from './chunks/wholeLayer.ts';
import { registryIdOf, styleLayerIds } from './layerStyle.ts';
import {
  OVERLAY_SOURCES,
  type OverlayData,
  type OverlayId,
  overlayLayerIds,
} from './overlayStyle.ts';
import { pickableLayerIds } from './pickableLayerIds.ts';
import { drawsNothing, STYLE_OVERLAYS, type StyleOverlay } from './styleOverlays.ts';
import { logErrorsUntilUnload } from './unloadQuietErrors.ts';

const OVERLAY_LAYER_IDS: Record<OverlayId, string[]> = {
  analysis: overlayLayerIds('analysis'),
  measure: overlayLayerIds('measure'),
  highlight: overlayLayerIds('highlight'),
};

import { reportBasemap } from './basemapReport.ts';
import { BASEMAP_LAYER_PREFIX } from './basemapStyle.ts';
import { foldAttributionOnNarrowMaps } from './foldAttribution.ts';
import { warmUpGlyphs } from './glyphWarmUp.ts';
import { idleReportWanted } from './idleReportWanted.ts';
import { OVERVIEW_EVENT, type OverviewCounts, type OverviewDetail } from './overviewReport.ts';
import { ensurePmtilesProtocol } from './pmtilesProtocol.ts';
import { releaseLayerData, takePreparedLayerData } from './preparedLayerData.ts';
import { RESULT_CLICK_EVENT, type ResultClickDetail, resultRowKeyAt } from './resultClick.ts';
import { SELECTION_SOURCE } from './selectionStyle.ts';
import { FEATURE_KEY } from './sourceData.ts';
import { applyStyleDiff } from './styleDiff.ts';

/** Above this many features, the idle report does not query a layer's drawn features. */
const LARGE_LAYER_FEATURES = 5000;

setWorkerUrl(workerUrl);

/** What a click on the map picked: the registry layer and the feature's key in it. */
export interface FeaturePick {
  layerId: string;
  featureKey: string;
}

/** A click on the map: where, and the feature under it if any. */
export interface MapClick {
  lngLat: [number, number];
  pick: FeaturePick | null;
  /** Every feature under the click, top-most first (`pick` is the first): stacked features. */
  stack: FeaturePick[];
}

export interface MapControllerOptions {
  container: HTMLElement;
  state: StyleState;
  assets: StyleAssets;
  center: [number, number];
  zoom: number;
  onClick: (click: MapClick) => void;
  onDoubleClick: (click: MapClick) => void;
  /**
   * Scroll-zoom only with Ctrl and pan with two fingers, so a map embedded in a page lets the
   * page scroll (MapLibre's cooperative gestures).
   */
  cooperativeGestures?: boolean;
  /** MapLibre's UI texts by key (e.g. the cooperative-gesture hint), in the page's language. */
  locale?: Readonly<Record<string, string>>;
}

// A click within this many pixels of a thin line or a point still picks it.
const PICK_TOLERANCE_PX = 5;

/**
 * Creates the map with the pmtiles:// protocol its basemap is read through registered. The map
 * does not wait for the pmtiles chunk (its tile requests do): its WebGL context and style start
 * at once.
 */
export async function createMapController(options: MapControllerOptions): Promise<MapController> {
  void ensurePmtilesProtocol();
  ensureWorkerReadProtocol();
  return new MapController(options);
}

/**
 * The one owner of the MapLibre map. React hands it state; it turns that into a style (diffed by
 * MapLibre) and source updates, skipping any source whose data did not change.
 */
export class MapController {
  readonly map: MapLibreMap;
  private state: StyleState;
  private readonly assets: StyleAssets;
  private readonly pushedData = new Map<string, GeoJSON.FeatureCollection>();
  /** How each layer's features are spread over its sources (large layers: spatial chunks). */
  private readonly chunks = new Map<string, SourceSplit>();
  /** How many chunk sources each layer has in the style last built. */
  private styledCounts: Record<string, number> = {};
  /** The zoom from which each large layer's outlines are drawn (`outlineFromZoom`). */
  private readonly outlineZooms = new Map<string, number>();
  /** The outline zooms in the style last built. */
  private styledOutlines: Record<string, number> = {};
  /** Sends changed chunks to their sources, one per task. */
  private readonly feeder = new ChunkFeeder((layerId, chunk, data) => {
    this.map.getContainer().dataset.idle = 'false';
    this.geojsonSource(chunkSourceId(layerId, chunk))?.setData(data);
  });
  private destroyed = false;
  /** What the last overview report said (`reportOverview`), to send only changes. */
  private reportedOverview: string | undefined;
  private readonly options: MapControllerOptions;
  private styleLoaded = false;
  private captureDoubleClick = false;
  private builtStyle: StyleSpecification;
  /** The overlays in the style: each is added on first use (see `styleOverlays.ts`). */
  private readonly overlaysInUse = new Set<StyleOverlay>();
  /** The latest data of each overlay, drawn once the style has loaded if it comes before. */
  private readonly overlayData = new Map<StyleOverlay, OverlayData>();

  constructor(options: MapControllerOptions) {
    this.state = options.state;
    this.assets = options.assets;
    this.options = options;
    this.builtStyle = buildStyle(options.state, options.assets, {}, []);
    this.map = new MapLibreMap({
      container: options.container,
      style: this.builtStyle,
      center: options.center,
      zoom: options.zoom,
      hash: 'map',
      cooperativeGestures: options.cooperativeGestures ?? false,
      ...(options.locale ? { locale: { ...options.locale } } : {}),
      attributionControl: { compact: true },
      // No preserved drawing buffer (a copy of every frame, and slower start-up under
      // SwiftShader): figures draw their own off-screen map that keeps one, and the figure
      // dialog's preview reads a fresh frame (`pictureDataUrl`).
      canvasContextAttributes: { preserveDrawingBuffer: false },
    });
    logErrorsUntilUnload(this.map);
    foldAttributionOnNarrowMaps(this.map);
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    const toClick = (event: {
      point: { x: number; y: number };
      lngLat: { lng: number; lat: number };
    }) => {
      const stack = this.picksAt(event.point);
      return {
        lngLat: [event.lngLat.lng, event.lngLat.lat] as [number, number],
        pick: stack[0] ?? null,
        stack,
      };
    };
    this.map.on('click', (event) => {
      this.options.onClick(toClick(event));
      this.announceResultClick(event.point);
    });
    this.map.on('dblclick', (event) => {
      if (this.captureDoubleClick) event.preventDefault();
      this.options.onDoubleClick(toClick(event));
    });
    this.map.on('mousemove', (event) => {
      if (this.captureDoubleClick) return;
      const clickable =
        this.pickAt(event.point) ?? resultRowKeyAt(this.map, event.point, PICK_TOLERANCE_PX);
      this.map.getCanvas().style.cursor = clickable ? 'pointer' : '';
    });
    this.map.on('idle', () => this.reportIdle());
    // 'style.load' comes as soon as the style's sources exist, well before 'load' (which waits
    // for the first full render): pushing the layers then lets MapLibre's worker tile them while
    // the basemap and fonts still load, as when data sits in the style from the start.
    this.map.once('style.load', () => {
      this.styleLoaded = true;
      void warmUpGlyphs(this.map);
      this.applyState();
      for (const [layerId, collection] of this.pushedData) this.pushLayer(layerId, collection);
      for (const [id, data] of this.overlayData) this.drawOverlay(id, data);
    });
    this.map.on('movestart', () => {
      options.container.dataset.idle = 'false';
    });
    this.map.on('zoomend', () => this.reportOverview());
  }

  /**
   * Apply new UI state. The new style is diffed against the last one built (not against the
   * map's live style, whose sources hold the data: MapLibre would deep-compare every feature and
   * then reset the data to the style's empty placeholders), and only the changed layers and
   * properties are touched.
   */
  setState(state: StyleState): void {
    if (state === this.state) return;
    this.state = state;
    // MapLibre refuses style edits until the style has loaded (the basemap's archive header
    // must arrive first); the state is applied on 'style.load' instead.
    if (this.styleLoaded) this.applyState();
  }

  private applyState(): void {
    this.styledCounts = this.chunkCounts();
    this.styledOutlines = Object.fromEntries(this.outlineZooms);
    const next = buildStyle(
      this.state,
      this.assets,
      this.styledCounts,
      [...this.overlaysInUse],
      this.styledOutlines,
    );
    const commands = diff(this.builtStyle, next);
    this.builtStyle = next;
    if (commands.length === 0) return;
    this.map.getContainer().dataset.idle = 'false';
    applyStyleDiff(this.map, commands);
    this.pushNewSources();
  }

  /**
   * Fills the sources a style change added (a planner's layer created, or back after undo) with
   * the data already pushed for them; forgets the chunks of layers the style no longer has.
   */
  private pushNewSources(): void {
    for (const layerId of this.chunks.keys()) {
      if (this.state.layers.some((layer) => layer.id === layerId)) continue;
      this.chunks.delete(layerId);
      this.outlineZooms.delete(layerId);
      this.feeder.drop(layerId);
      releaseLayerData(layerId);
    }
    for (const [layerId, collection] of this.pushedData) {
      if (!this.chunks.has(layerId)) this.pushLayer(layerId, collection);
    }
  }

  /**
   * Push one layer's features to its sources; a no-op when the collection is unchanged. Data
   * that arrives before the style has loaded is kept and pushed on load.
   */
  setLayerData(layerId: string, collection: GeoJSON.FeatureCollection): void {
    if (this.pushedData.get(layerId) === collection) return;
    this.pushedData.set(layerId, collection);
    if (this.styleLoaded) this.pushLayer(layerId, collection);
  }

  /**
   * Sends only the chunks of the layer whose features changed: in a layer of 10,000 zones, an
   * edit re-tiles some 600 instead of all (setData rebuilds a source's whole index), and a layer
   * cut into chunks anew is fed one chunk per task. A layer that has just grown large gets its
   * chunk sources and style layers first.
   */
  private pushLayer(layerId: string, collection: GeoJSON.FeatureCollection): void {
    const def = this.state.layers.find((layer) => layer.id === layerId);
    if (def?.source.kind !== 'geojson') return;
    let chunks = this.chunks.get(layerId);
    if (!chunks) {
      chunks = new WholeLayer();
      this.chunks.set(layerId, chunks);
    }
    const outlineZoom = outlineFromZoom(collection.features);
    if (outlineZoom === undefined) this.outlineZooms.delete(layerId);
    else this.outlineZooms.set(layerId, outlineZoom);
    // A planner's layer made from a big imported file comes with its map text already written
    // by the import worker, one blob URL per chunk: sent as they are, the page copies no
    // feature, and MapLibre's worker fetches and parses them (`workerReadUrl`: a bare blob URL
    // would be fetched by the page). Its next change goes on from the worker's cut.
    const prepared = takePreparedLayerData(layerId, collection.features.length);
    if (prepared && chunks instanceof WholeLayer) {
      const { urls, splits, shown } = prepared;
      const prior = { splits, features: collection.features, ...(shown ? { shown } : {}) };
      if (urls.length > 1) this.chunks.set(layerId, new PreparedChunks(urls.length, prior, shown));
      if (this.styleIsBehind(layerId, urls.length)) this.applyState();
      this.feeder.drop(layerId);
      this.feeder.feed(
        layerId,
        urls.map((url, chunk) => ({ chunk, data: workerReadUrl(url) })),
      );
      return;
    }
    const large = collection.features.length >= CHUNKED_FROM_FEATURES;
    if (chunks instanceof PreparedChunks || (chunks instanceof WholeLayer && large)) {
      // Sent once the chunking code is in, as chunks: sending it whole first would copy every
      // feature to MapLibre twice.
      this.chunkLater(layerId, chunks);
      return;
    }
    const changed = chunks.update(collection);
    if (this.styleIsBehind(layerId, chunks.count)) this.applyState();
    this.feeder.feed(layerId, changed);
  }

  /**
   * Loads the chunking code (only a large layer needs it, so it stays out of the first render's
   * JS), then re-sends the layer's latest data as chunks.
   */
  private chunkLater(layerId: string, before: SourceSplit): void {
    void import('./chunks/layerChunks.ts').then(({ LayerChunks }) => {
      if (this.destroyed || this.chunks.get(layerId) !== before) return;
      // A layer the import worker cut goes on from that cut, its chunks as the map has them.
      const prior = before instanceof PreparedChunks ? before.prior : undefined;
      this.chunks.set(layerId, new LayerChunks(prior));
      const latest = this.pushedData.get(layerId);
      if (latest) this.pushLayer(layerId, latest);
    });
  }

  /** Whether the style last built draws a layer from another number of sources or outline zoom. */
  private styleIsBehind(layerId: string, count: number): boolean {
    return (
      (this.styledCounts[layerId] ?? 1) !== count ||
      this.styledOutlines[layerId] !== this.outlineZooms.get(layerId)
    );
  }

  /** The number of sources of each chunked layer, for the style. */
  private chunkCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [layerId, chunks] of this.chunks) counts[layerId] = chunks.count;
    return counts;
  }

  /** Every MapLibre layer id drawing a registry layer, its chunks' copies included. */
  private styleIdsOf(layer: LayerDef): string[] {
    return withChunkIds(styleLayerIds(layer), this.chunkCountOf(layer.id));
  }

  /** How many sources a layer is drawn from (1 unless it is chunked). */
  private chunkCountOf(layerId: string): number {
    return this.chunks.get(layerId)?.count ?? 1;
  }

  /**
   * Draw an analysis result or the measure tool's path (see overlayStyle). A result's text comes
   * as a blob URL, which MapLibre's worker reads itself (`workerReadUrl`).
   */
  setOverlay(id: OverlayId, data: OverlayData): void {
    this.overlayData.set(id, data);
    if (this.styleLoaded) this.drawOverlay(id, data);
  }

  /** Sends an overlay its data, adding its source and layers to the style on first use. */
  private drawOverlay(id: StyleOverlay, data: OverlayData): void {
    if (!this.overlaysInUse.has(id)) {
      if (drawsNothing(data)) return;
      this.overlaysInUse.add(id);
      this.applyState();
    }
    this.map.getContainer().dataset.idle = 'false';
    const read = typeof data === 'string' && data.startsWith('blob:') ? workerReadUrl(data) : data;
    this.geojsonSource(id)?.setData(read);
  }

  /**
   * While a tool takes clicks (the measure tool), a double-click finishes it instead of zooming,
   * and the cursor says so.
   */
  setToolActive(active: boolean): void {
    this.captureDoubleClick = active;
    this.map.getCanvas().style.cursor = active ? 'crosshair' : '';
  }

  /**
   * The map as it is drawn now, as a data URL. Read while the frame is drawn (on `render`): the
   * canvas keeps no drawing buffer once a frame is on screen.
   */
  pictureDataUrl(type = 'image/png', quality?: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.map.once('render', () => {
        try {
          resolve(this.map.getCanvas().toDataURL(type, quality));
        } catch (error) {
          reject(error);
        }
      });
      this.map.triggerRepaint();
    });
  }

  setSelection(feature: GeoJSON.Feature | null): void {
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: feature ? [feature] : [],
    };
    this.overlayData.set(SELECTION_SOURCE, data);
    if (this.styleLoaded) this.drawOverlay(SELECTION_SOURCE, data);
  }

  /**
   * Fits the camera to a box; with `unlessInView`, only when part of the box is out of view (a
   * result shown for the first time does not move a map that already shows all of it).
   */
  fitBounds(bbox: BBox, options: { unlessInView?: boolean } = {}): void {
    const [west, south, east, north] = bbox;
    if (options.unlessInView) {
      const view = this.map.getBounds();
      if (view.contains([west, south]) && view.contains([east, north])) return;
    }
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 48, maxZoom: 14, duration: 600 },
    );
  }

  /**
   * Calls `callback` once the style has loaded (now, if it has): sources and layers can then be
   * added. `map.isStyleLoaded()` is no test for that, since it is false while tiles load.
   */
  whenStyleReady(callback: () => void): () => void {
    if (this.styleLoaded) {
      callback();
      return () => {};
    }
    this.map.once('style.load', callback);
    return () => this.map.off('style.load', callback);
  }

  /** Whether the style has loaded: sources and layers can be added. */
  get isStyleReady(): boolean {
    return this.styleLoaded;
  }

  /** Centres the map on a position, close enough to see a vertex (a problem in the editor). */
  focusOn(lngLat: [number, number]): void {
    this.map.easeTo({ center: lngLat, zoom: Math.max(this.map.getZoom(), 16), duration: 600 });
  }

  destroy(): void {
    this.destroyed = true;
    this.feeder.stop();
    this.map.remove();
  }

  private geojsonSource(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private basemapLayerIds(): string[] {
    return this.builtStyle.layers
      .map((layer) => layer.id)
      .filter((id) => id.startsWith(BASEMAP_LAYER_PREFIX));
  }

  private interactiveLayerIds(): string[] {
    return this.state.layers
      .filter((layer) => this.state.visible[layer.id] ?? layer.visibleByDefault)
      .flatMap((layer) => pickableLayerIds(styleLayerIds(layer), this.chunkCountOf(layer.id)))
      .filter((id) => this.map.getLayer(id));
  }

  /**
   * Every distinct feature under a point, top-most first: those drawn exactly under it, then
   * those merely near it (thin lines, points).
   */
  private picksAt(point: { x: number; y: number }): FeaturePick[] {
    const layers = this.interactiveLayerIds();
    if (layers.length === 0) return [];
    const box: [[number, number], [number, number]] = [
      [point.x - PICK_TOLERANCE_PX, point.y - PICK_TOLERANCE_PX],
      [point.x + PICK_TOLERANCE_PX, point.y + PICK_TOLERANCE_PX],
    ];
    const hits = [
      ...this.map.queryRenderedFeatures([point.x, point.y], { layers }),
      ...this.map.queryRenderedFeatures(box, { layers }),
    ];
    const picks = new Map<string, FeaturePick>();
    for (const hit of hits) {
      const key = hit.properties?.[FEATURE_KEY];
      if (typeof key !== 'string') continue;
      const layerId = registryIdOf(hit.layer.id);
      if (!picks.has(`${layerId}\u0000${key}`))
        picks.set(`${layerId}\u0000${key}`, { layerId, featureKey: key });
    }
    return [...picks.values()];
  }

  /**
   * A click on a check's result drawn on the map tells the page which results row it hit
   * ({@link RESULT_CLICK_EVENT}), unless a tool (the measure tool) takes the clicks.
   */
  private announceResultClick(point: { x: number; y: number }): void {
    if (this.captureDoubleClick) return;
    const rowKey = resultRowKeyAt(this.map, point, PICK_TOLERANCE_PX);
    if (rowKey === null) return;
    const detail: ResultClickDetail = { rowKey };
    this.map
      .getContainer()
      .dispatchEvent(new CustomEvent(RESULT_CLICK_EVENT, { detail, bubbles: true }));
  }

  private pickAt(point: { x: number; y: number }): FeaturePick | null {
    const layers = this.interactiveLayerIds();
    if (layers.length === 0) return null;
    const box: [[number, number], [number, number]] = [
      [point.x - PICK_TOLERANCE_PX, point.y - PICK_TOLERANCE_PX],
      [point.x + PICK_TOLERANCE_PX, point.y + PICK_TOLERANCE_PX],
    ];
    // Top-most first; prefer what is drawn exactly under the cursor over what is merely near it.
    const exact = this.map.queryRenderedFeatures([point.x, point.y], { layers });
    const hit = exact[0] ?? this.map.queryRenderedFeatures(box, { layers })[0];
    const key = hit?.properties?.[FEATURE_KEY];
    if (!hit || typeof key !== 'string') return null;
    return { layerId: registryIdOf(hit.layer.id), featureKey: key };
  }

  /**
   * Record on the container that the map finished (`data-idle`) and, when the page asked for it
   * (idleReportWanted), which layers have features drawn in view, so a browser test can see what
   * the map shows without reaching into MapLibre.
   */
  private reportIdle(): void {
    // Chunks still waiting to be sent: the map is not done, whatever MapLibre says.
    if (this.feeder.busy) return;
    const container = this.map.getContainer();
    if (idleReportWanted()) this.reportDrawn(container);
    this.reportOverview();
    container.dataset.dataLayers = String(this.pushedData.size);
    container.dataset.idle = 'true';
    // Read by `npm run bench` for cold start to first idle.
    performance.mark('giapranh:idle');
  }

  /**
   * Tells the page ({@link OVERVIEW_EVENT}, and `data-overview` for tests) how many features of
   * each large layer its overview draws at this zoom, when that changed: the layer panel says
   * "showing N of M".
   */
  private reportOverview(): void {
    const counts: OverviewCounts = {};
    const zoom = this.map.getZoom();
    for (const [layerId, split] of this.chunks) {
      const visible = this.state.visible[layerId];
      if (!split.shown || visible === false) continue;
      const at = overviewAtZoom(split.shown, zoom);
      if (at) counts[layerId] = at;
    }
    const text = Object.entries(counts)
      .map(([id, { shown, total }]) => `${id}:${shown}/${total}`)
      .join(' ');
    if (text === this.reportedOverview) return;
    this.reportedOverview = text;
    const container = this.map.getContainer();
    container.dataset.overview = text;
    const detail: OverviewDetail = { counts, allFromZoom: PLANNING_ZOOM };
    container.dispatchEvent(new CustomEvent(OVERVIEW_EVENT, { detail, bubbles: true }));
  }

  /** What each layer, overlay and the basemap draw in view, on the container's data attributes. */
  private reportDrawn(container: HTMLElement): void {
    // How many distinct features of each layer are drawn in view (a filter hides some).
    const drawn = this.state.layers.map((layer) => {
      const ids = this.styleIdsOf(layer).filter((id) => this.map.getLayer(id));
      if (ids.length === 0) return { id: layer.id, count: 0 };
      // Querying every drawn feature of a huge layer (an imported 100 MB file) took seconds of
      // the page on each idle: such a layer reports its whole count once its source is loaded.
      const total = this.pushedData.get(layer.id)?.features.length ?? 0;
      if (total > LARGE_LAYER_FEATURES) {
        const shown = ids.some((id) => this.map.getLayoutProperty(id, 'visibility') !== 'none');
        return { id: layer.id, count: shown && this.map.isSourceLoaded(layer.id) ? total : 0 };
      }
      const hits = this.map.queryRenderedFeatures({ layers: ids });
      return {
        id: layer.id,
        count: new Set(hits.map((hit) => hit.properties?.[FEATURE_KEY])).size,
      };
    });
    const rendered = drawn.filter((layer) => layer.count > 0).map((layer) => layer.id);
    container.dataset.renderedFeatures = drawn
      .filter((layer) => layer.count > 0)
      .map((layer) => `${layer.id}:${layer.count}`)
      .join(' ');
    // Overlay layer ids come from the style builder, not getStyle(), which would serialize every
    // source's data on each idle.
    for (const overlay of OVERLAY_SOURCES) {
      if (!this.overlaysInUse.has(overlay)) continue;
      const ids = OVERLAY_LAYER_IDS[overlay];
      if (this.map.queryRenderedFeatures({ layers: ids }).length > 0) rendered.push(overlay);
    }
    container.dataset.renderedLayers = rendered.join(' ');
    // Read from the map, not from overlaysInUse: what the style really carries.
    container.dataset.styleOverlays = STYLE_OVERLAYS.filter((id) => this.map.getSource(id)).join(
      ' ',
    );
    const basemap = reportBasemap(this.map, this.basemapLayerIds());
    container.dataset.basemapLayers = basemap.layers.join(' ');
    container.dataset.provinceLabels = basemap.provinceLabels.join('|');
    container.dataset.districtLabels = basemap.districtLabels.join('|');
    // Read from the map: the zoom from which each large layer's outlines are really drawn.
    container.dataset.outlinesFrom = Object.keys(this.styledOutlines)
      .map((id) => `${id}:${this.map.getLayer(`${id}:outline`)?.minzoom ?? 0}`)
      .join(' ');
  }
}
