import { useEffect, useRef } from 'react';
import { HOME_VIEW } from '../core/region.ts';
import type { StyleAssets, StyleState } from '../map/buildStyle.ts';
import { createMapController, type MapClick, type MapController } from '../map/MapController.ts';
import { OVERLAY_SOURCES, type OverlayData, type OverlayId } from '../map/overlayStyle.ts';
import type { ZoomRequest } from './hooks/useZoomRequests.ts';

export interface MapViewProps {
  styleState: StyleState;
  assets: StyleAssets;
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  selection: GeoJSON.Feature | null;
  zoomRequest: ZoomRequest | null;
  overlays: Readonly<Record<OverlayId, OverlayData>>;
  /** A tool (the measure tool) takes the clicks: double-click finishes it instead of zooming. */
  toolActive: boolean;
  onClick: (click: MapClick) => void;
  onDoubleClick: (click: MapClick) => void;
  /** See MapControllerOptions.cooperativeGestures (for maps inside a page's iframe). */
  cooperativeGestures?: boolean;
  /** See MapControllerOptions.locale. */
  locale?: Readonly<Record<string, string>>;
  /** The controller once the map exists (null when it goes): for figure export. */
  onController?: (controller: MapController | null) => void;
}

/** Hosts the MapController and forwards state to it; all map logic lives in src/map/. */
export function MapView(props: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);

  // The latest props, for the controller that is created asynchronously below.
  const latest = useRef(props);
  latest.current = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later state arrives through the effects below.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let disposed = false;
    createMapController({
      container,
      state: props.styleState,
      assets: props.assets,
      center: HOME_VIEW.center,
      zoom: HOME_VIEW.zoom,
      onClick: (click) => latest.current.onClick(click),
      onDoubleClick: (click) => latest.current.onDoubleClick(click),
      cooperativeGestures: props.cooperativeGestures ?? false,
      ...(props.locale ? { locale: props.locale } : {}),
    }).then((controller) => {
      if (disposed) return controller.destroy();
      controllerRef.current = controller;
      latest.current.onController?.(controller);
      // Catch up with whatever changed while the controller was being created.
      const now = latest.current;
      controller.setState(now.styleState);
      for (const [layerId, collection] of Object.entries(now.collections)) {
        controller.setLayerData(layerId, collection);
      }
      controller.setSelection(now.selection);
      controller.setToolActive(now.toolActive);
      for (const id of OVERLAY_SOURCES) controller.setOverlay(id, now.overlays[id]);
    });
    return () => {
      disposed = true;
      latest.current.onController?.(null);
      controllerRef.current?.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => controllerRef.current?.setState(props.styleState), [props.styleState]);

  useEffect(() => {
    for (const [layerId, collection] of Object.entries(props.collections)) {
      controllerRef.current?.setLayerData(layerId, collection);
    }
  }, [props.collections]);

  useEffect(() => controllerRef.current?.setSelection(props.selection), [props.selection]);

  useEffect(() => controllerRef.current?.setToolActive(props.toolActive), [props.toolActive]);

  const { analysis, measure, highlight } = props.overlays;
  useEffect(() => controllerRef.current?.setOverlay('analysis', analysis), [analysis]);
  useEffect(() => controllerRef.current?.setOverlay('measure', measure), [measure]);
  useEffect(() => controllerRef.current?.setOverlay('highlight', highlight), [highlight]);

  useEffect(() => {
    const request = props.zoomRequest;
    if (!request) return;
    controllerRef.current?.fitBounds(request.bbox, { unlessInView: request.unlessInView ?? false });
  }, [props.zoomRequest]);

  return <div ref={containerRef} className="map" data-testid="map" data-idle="false" />;
}
