import { useCallback, useEffect, useRef, useState } from 'react';
import { type DocumentStore, newFeatureId } from '../../core/document/index.ts';
import {
  type EditablePart,
  editablePart,
  type PartChoice,
  withPartReplaced,
} from '../../editor/editablePart.ts';
import type { DrawKind, EditMode } from '../../editor/editSession.ts';
import { withHoleAdded, withPieceRemoved } from '../../editor/featurePieces.ts';
import type { FeaturePick, MapClick, MapController } from '../../map/MapController.ts';
import type { MapTool } from '../analysis/mapTool.ts';
import type { PendingOp } from './useEditOps.ts';
import { useEditSession } from './useEditSession.ts';
import { useSnapIndex } from './useSnapIndex.ts';

/** The feature being edited: its place in the document and the piece terra-draw holds. */
export interface EditTarget {
  layerId: string;
  key: string;
  part: EditablePart | undefined;
}

export interface EditorOptions {
  store: DocumentStore;
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  visibleLayerIds: readonly string[];
  controller: () => MapController | null;
  /** The layer new shapes go into. */
  drawLayerId: string;
  isEditable: (layerId: string) => boolean;
  onPick: (pick: FeaturePick | null) => void;
  setMapTool: (tool: MapTool | null) => void;
  /** Another tab owns the workspace: look, but change nothing. */
  readOnly: boolean;
  /** A planar operation waiting for a click or a drawn line takes them first (useEditOps). */
  pendingOp?: () => PendingOp | null;
}

const featureIn = (store: DocumentStore, layerId: string, key: string) =>
  store.getSnapshot().layers.get(layerId)?.features.get(key);

/**
 * The editor's verbs over the document: draw into a layer, select and reshape a feature, delete
 * it, undo, redo, cancel. terra-draw holds only the gesture in progress; each finished gesture
 * is one patch to the store.
 */
export function useEditor(options: EditorOptions) {
  const { store, readOnly } = options;
  const [mode, setMode] = useState<EditMode>('idle');
  const [target, setTarget] = useState<EditTarget | null>(null);
  const [snapping, setSnapping] = useState(true);
  /** Whether the polygon being drawn becomes a hole of the selected feature ("Add hole"). */
  const [addingHole, setAddingHole] = useState(false);
  /** The last hole drawn fell outside every outline of the feature. */
  const [holeOutside, setHoleOutside] = useState(false);
  const holeFor = useRef<EditTarget | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const targetRef = useRef(target);
  targetRef.current = target;
  // The feature as this editor last wrote it: any other version came from undo, redo or revert.
  const committed = useRef<GeoJSON.Feature | undefined>(undefined);

  const snapIndex = useSnapIndex(options.collections, options.visibleLayerIds, target?.key);

  const session = useEditSession(
    options.controller,
    {
      onCreated: (geometry) => {
        if (holeFor.current) return putHole(holeFor.current, geometry);
        const op = latest.current.pendingOp?.();
        if (op?.onLine && geometry.type === 'LineString') return op.onLine(geometry);
        const layerId = latest.current.drawLayerId;
        const key = newFeatureId(layerId);
        const feature: GeoJSON.Feature = { type: 'Feature', id: key, properties: {}, geometry };
        store.apply({ put: [{ layer: layerId, key, feature }], delete: [] });
        beginEdit({ layerId, featureKey: key });
      },
      onEdited: (geometry) => {
        const current = targetRef.current;
        const feature = current && featureIn(store, current.layerId, current.key);
        if (!current?.part || !feature) return;
        const updated = withPartReplaced(feature, current.part, geometry);
        committed.current = updated;
        store.apply({
          put: [{ layer: current.layerId, key: current.key, feature: updated }],
          delete: [],
        });
      },
    },
    snapIndex,
    snapping,
  );

  const beginEdit = useCallback(
    (pick: FeaturePick, at?: [number, number], choice: PartChoice = {}) => {
      const feature = featureIn(store, pick.layerId, pick.featureKey);
      if (!feature || !session) return;
      const part = editablePart(feature, { at, ...choice });
      committed.current = feature;
      if (part) session.edit(part);
      else session.selectMode();
      setTarget({ layerId: pick.layerId, key: pick.featureKey, part });
      setMode('select');
      latest.current.onPick(pick);
    },
    [store, session],
  );

  const endEdit = useCallback(() => {
    if (!targetRef.current) return;
    session?.selectMode();
    setTarget(null);
    latest.current.onPick(null);
  }, [session]);

  // Undo, redo or revert changed the feature under edit: show the document's version.
  useEffect(
    () =>
      store.subscribe(() => {
        const current = targetRef.current;
        if (!current || !session) return;
        const feature = featureIn(store, current.layerId, current.key);
        if (!feature) return endEdit();
        if (feature === committed.current) return;
        committed.current = feature;
        const part = editablePart(feature, { part: current.part?.part, ring: current.part?.ring });
        if (part) session.edit(part);
        setTarget({ ...current, part });
      }),
    [store, session, endEdit],
  );

  const stopAddingHole = useCallback(() => {
    holeFor.current = null;
    setAddingHole(false);
  }, []);

  /** A drawn ring becomes a hole of the feature it was drawn for (one patch), then is edited. */
  const putHole = (hole: EditTarget, geometry: GeoJSON.Geometry) => {
    stopAddingHole();
    const feature = featureIn(store, hole.layerId, hole.key);
    const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : undefined;
    const added = feature && ring ? withHoleAdded(feature, ring) : undefined;
    setHoleOutside(feature !== undefined && added === undefined);
    const pick = { layerId: hole.layerId, featureKey: hole.key };
    if (!added) return beginEdit(pick, undefined, { part: hole.part?.part });
    committed.current = added.feature;
    store.apply({
      put: [{ layer: hole.layerId, key: hole.key, feature: added.feature }],
      delete: [],
    });
    beginEdit(pick, undefined, added);
  };

  /** Draw a ring inside the selected polygon: it is added as a hole when finished. */
  const addHole = useCallback(() => {
    const current = targetRef.current;
    if (!session || readOnly || current?.part?.geometry.type !== 'Polygon') return;
    holeFor.current = current;
    setAddingHole(true);
    setHoleOutside(false);
    session.startDrawing('polygon');
    setMode('polygon');
  }, [session, readOnly]);

  /** Edits another ring or part of the selected feature. */
  const editPiece = useCallback(
    (choice: { part: number; ring: number }) => {
      const current = targetRef.current;
      if (current)
        beginEdit({ layerId: current.layerId, featureKey: current.key }, undefined, choice);
    },
    [beginEdit],
  );

  /** Deletes the hole, part or line being edited (one patch); the feature's outline stays. */
  const deletePiece = useCallback(() => {
    const current = targetRef.current;
    const feature = current && featureIn(store, current.layerId, current.key);
    if (!current?.part || !feature || readOnly) return;
    const without = withPieceRemoved(feature, current.part);
    if (!without) return;
    const part = current.part.ring > 0 ? current.part.part : 0;
    committed.current = without;
    store.apply({
      put: [{ layer: current.layerId, key: current.key, feature: without }],
      delete: [],
    });
    beginEdit({ layerId: current.layerId, featureKey: current.key }, undefined, { part });
  }, [store, readOnly, beginEdit]);

  const startTool = useCallback(
    (next: DrawKind | 'select') => {
      if (!session || readOnly) return;
      stopAddingHole();
      // Select comes up by itself when a shape is finished: a press on it then means "select
      // something else", so it lets go of the feature being edited and stays up.
      if (next === 'select' && mode === 'select' && targetRef.current) return endEdit();
      if (next === mode) {
        // A second press on the active tool puts it down.
        session.stop();
        setTarget(null);
        setMode('idle');
        return;
      }
      setTarget(null);
      if (next === 'select') session.selectMode();
      else session.startDrawing(next);
      setMode(next);
    },
    [session, mode, readOnly, stopAddingHole, endEdit],
  );

  // What was up when the pointer went down. The click that ends a drawing (or a cutting line)
  // arrives after the tool has changed: it must not also select what lies under it.
  const modeRef = useRef(mode);
  modeRef.current = mode;
  const pressed = useRef<{ mode: EditMode; op: PendingOp | null } | null>(null);
  useEffect(() => {
    const container = session ? latest.current.controller()?.map.getCanvasContainer() : null;
    if (!container) return;
    const onDown = () => {
      pressed.current = { mode: modeRef.current, op: latest.current.pendingOp?.() ?? null };
    };
    container.addEventListener('pointerdown', onDown, true);
    return () => container.removeEventListener('pointerdown', onDown, true);
  }, [session]);

  // While a tool is up, the map's clicks are the editor's: select picks what to reshape.
  // Whether the map's clicks are the editor's now: only then does putting a tool down free them
  // (another tool, the measure tool, may hold them).
  const ownsClicks = useRef(false);
  useEffect(() => {
    if (mode === 'idle') {
      if (ownsClicks.current) latest.current.setMapTool(null);
      ownsClicks.current = false;
      return;
    }
    ownsClicks.current = true;
    const onClick = (click: MapClick) => {
      const at = pressed.current ?? { mode, op: latest.current.pendingOp?.() ?? null };
      pressed.current = null;
      if (at.mode !== 'select') return;
      if (at.op) return at.op.onClick?.(click);
      const current = targetRef.current;
      if (!click.pick) return endEdit();
      if (
        current &&
        current.layerId === click.pick.layerId &&
        current.key === click.pick.featureKey
      )
        return;
      if (latest.current.isEditable(click.pick.layerId)) beginEdit(click.pick, click.lngLat);
      else latest.current.onPick(click.pick);
    };
    latest.current.setMapTool({ onClick, onDoubleClick: () => {} });
  }, [mode, beginEdit, endEdit]);

  useEffect(
    () => () => {
      if (ownsClicks.current) latest.current.setMapTool(null);
    },
    [],
  );

  const deleteSelected = useCallback(() => {
    const current = targetRef.current;
    if (!current || readOnly) return;
    endEdit();
    store.apply({ put: [], delete: [{ layer: current.layerId, key: current.key }] });
  }, [store, endEdit, readOnly]);

  /** Draws a cutting line over the selected feature, which stays selected meanwhile. */
  const drawCutLine = useCallback(() => {
    if (session && targetRef.current) session.startDrawing('linestring');
  }, [session]);

  /** Drops the cutting line (drawn or not) and goes back to reshaping the selected feature. */
  const stopCutLine = useCallback(() => {
    session?.cancelDrawing();
    const current = targetRef.current;
    if (current && featureIn(store, current.layerId, current.key)) {
      beginEdit({ layerId: current.layerId, featureKey: current.key });
    } else session?.selectMode();
  }, [session, store, beginEdit]);

  /**
   * Esc: drop an operation, a hole being drawn or the shape being drawn, or let go of the
   * selected feature. True when it dropped an operation: that Esc is spent, the inspector stays
   * open.
   */
  const cancel = useCallback((): boolean => {
    const op = latest.current.pendingOp?.();
    if (op) {
      op.cancel();
      return true;
    }
    if (holeFor.current) {
      const hole = holeFor.current;
      stopAddingHole();
      beginEdit({ layerId: hole.layerId, featureKey: hole.key }, undefined, hole.part ?? {});
      return false;
    }
    if (mode !== 'select' && mode !== 'idle') session?.cancelDrawing();
    else endEdit();
    return false;
  }, [mode, session, endEdit, stopAddingHole, beginEdit]);

  const undo = useCallback(() => {
    if (!readOnly) store.undo();
  }, [store, readOnly]);
  const redo = useCallback(() => {
    if (!readOnly) store.redo();
  }, [store, readOnly]);

  return {
    ready: session !== null,
    mode,
    target,
    snapping,
    setSnapping,
    startTool,
    beginEdit,
    deleteSelected,
    cancel,
    drawCutLine,
    stopCutLine,
    addingHole,
    holeOutside,
    addHole,
    editPiece,
    deletePiece,
    undo,
    redo,
  };
}
