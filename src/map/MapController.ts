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
import type { BBox } from '../core/region.ts';
import { buildStyle, type StyleAssets, type StyleState } from './buildStyle.ts';
import { registryIdOf, styleLayerIds } from './layerStyle.ts';
import { ensurePmtilesProtocol } from './pmtilesProtocol.ts';
import { SELECTION_SOURCE } from './selectionStyle.ts';
import { FEATURE_KEY, withFeatureKeys } from './sourceData.ts';
import { applyStyleDiff } from './styleDiff.ts';

setWorkerUrl(workerUrl);

/** What a click on the map picked: the registry layer and the feature's key in it. */
export interface FeaturePick {
  layerId: string;
  featureKey: string;
}

export interface MapControllerOptions {
  container: HTMLElement;
  state: StyleState;
  assets: StyleAssets;
  center: [number, number];
  zoom: number;
  onPick: (pick: FeaturePick | null) => void;
}

// A click within this many pixels of a thin line or a point still picks it.
const PICK_TOLERANCE_PX = 5;

/**
 * Creates the map once the protocols its layers need are registered (pmtiles:// loads its code
 * only when a layer is served from a PMTiles archive).
 */
export async function createMapController(options: MapControllerOptions): Promise<MapController> {
  await ensurePmtilesProtocol(options.state.layers);
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
  private readonly onPick: (pick: FeaturePick | null) => void;
  private styleLoaded = false;
  private builtStyle: StyleSpecification;

  constructor(options: MapControllerOptions) {
    this.state = options.state;
    this.assets = options.assets;
    this.onPick = options.onPick;
    this.builtStyle = buildStyle(options.state, options.assets);
    this.map = new MapLibreMap({
      container: options.container,
      style: this.builtStyle,
      center: options.center,
      zoom: options.zoom,
      hash: 'map',
      attributionControl: { compact: true },
      // Keep the drawing buffer so report figures and screenshots can be read back.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 140 }), 'bottom-right');
    this.map.on('click', (event) => this.onPick(this.pickAt(event.point)));
    this.map.on('mousemove', (event) => {
      this.map.getCanvas().style.cursor = this.pickAt(event.point) ? 'pointer' : '';
    });
    this.map.on('idle', () => this.reportIdle());
    this.map.once('load', () => {
      this.styleLoaded = true;
      for (const [layerId, collection] of this.pushedData) {
        this.geojsonSource(layerId)?.setData(withFeatureKeys(collection));
      }
    });
    this.map.on('movestart', () => {
      options.container.dataset.idle = 'false';
    });
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
    const next = buildStyle(state, this.assets);
    const commands = diff(this.builtStyle, next);
    this.builtStyle = next;
    if (commands.length === 0) return;
    this.map.getContainer().dataset.idle = 'false';
    applyStyleDiff(this.map, commands);
  }

  /**
   * Push one layer's features to its source; a no-op when the collection is unchanged. Data
   * that arrives before the style has loaded is kept and pushed on load.
   */
  setLayerData(layerId: string, collection: GeoJSON.FeatureCollection): void {
    if (this.pushedData.get(layerId) === collection) return;
    this.pushedData.set(layerId, collection);
    if (!this.styleLoaded) return;
    this.map.getContainer().dataset.idle = 'false';
    this.geojsonSource(layerId)?.setData(withFeatureKeys(collection));
  }

  setSelection(feature: GeoJSON.Feature | null): void {
    const data: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: feature ? [feature] : [],
    };
    this.geojsonSource(SELECTION_SOURCE)?.setData(data);
  }

  fitBounds(bbox: BBox): void {
    const [west, south, east, north] = bbox;
    this.map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 48, maxZoom: 14, duration: 600 },
    );
  }

  destroy(): void {
    this.map.remove();
  }

  private geojsonSource(id: string): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(id);
  }

  private interactiveLayerIds(): string[] {
    return this.state.layers
      .filter((layer) => this.state.visible[layer.id] ?? layer.visibleByDefault)
      .flatMap(styleLayerIds)
      .filter((id) => !id.endsWith(':label') && this.map.getLayer(id));
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
   * Record on the container which layers have features drawn in view, so a person (or a browser
   * test) can see that the map finished and what it shows, without reaching into MapLibre.
   */
  private reportIdle(): void {
    const container = this.map.getContainer();
    const rendered = this.state.layers
      .filter((layer) => {
        const ids = styleLayerIds(layer).filter((id) => this.map.getLayer(id));
        return ids.length > 0 && this.map.queryRenderedFeatures({ layers: ids }).length > 0;
      })
      .map((layer) => layer.id);
    container.dataset.renderedLayers = rendered.join(' ');
    container.dataset.dataLayers = String(this.pushedData.size);
    container.dataset.idle = 'true';
    // Read by `npm run bench` for cold start to first idle.
    performance.mark('giapranh:idle');
  }
}
