import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  type GeoJSONStoreFeatures,
  type SnapToCustom,
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawRectangleMode,
  TerraDrawSelectMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { EditablePart } from './editablePart.ts';

/** The drawing tools; `select` edits the feature picked on the map. */
export type DrawKind = 'point' | 'linestring' | 'polygon' | 'rectangle';
export type EditMode = DrawKind | 'select' | 'idle';

export interface EditSessionCallbacks {
  /** A shape was finished: the caller puts it into the document (terra-draw forgets it). */
  onCreated: (geometry: GeoJSON.Geometry, kind: DrawKind) => void;
  /** A drag, vertex insert or vertex delete ended on the piece being edited. */
  onEdited: (geometry: GeoJSON.Geometry) => void;
  /** Whether drawing is under way (a shape started and not finished or cancelled). */
  onDrawingChange?: (drawing: boolean) => void;
}

const DRAW_MODES: readonly DrawKind[] = ['point', 'linestring', 'polygon', 'rectangle'];
const EDITED_ID = 'giapranh-edited';
const ACCENT = '#d9480f';

const MODE_OF: Record<EditablePart['geometry']['type'], DrawKind> = {
  Point: 'point',
  LineString: 'linestring',
  Polygon: 'polygon',
};

/**
 * One terra-draw instance over the live map: an edit session, never the document. A drawn shape
 * is handed to `onCreated` and dropped from terra-draw; a feature being reshaped is a copy of one
 * piece of a document feature, and each finished gesture is handed to `onEdited` as one change.
 */
export class EditSession {
  private readonly draw: TerraDraw;
  private mode: EditMode = 'idle';
  /** A mouse button is down over the map: a gesture is under way. */
  private pointerDown = false;
  /** A vertex inserted by pressing on a midpoint, held until the drag that follows ends. */
  private insertHeld = false;
  private readonly container: HTMLElement;

  constructor(
    map: MapLibreMap,
    private readonly callbacks: EditSessionCallbacks,
    snap: SnapToCustom,
  ) {
    const snapping = { toCustom: snap };
    const coordinates = {
      draggable: true,
      // Dragging a midpoint inserts a vertex there and drags it on, as the panel's hint says.
      midpoints: { draggable: true },
      deletable: true,
      snappable: snapping,
    };
    // Self-intersection is allowed while reshaping: the validator reports it, nothing is refused.
    const editable = { draggable: true, selfIntersectable: true, coordinates };
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9 }),
      idStrategy: {
        isValidId: (id) => typeof id === 'string' && id.length > 0,
        getId: (() => {
          let next = 0;
          return () => `giapranh-draw-${++next}`;
        })(),
      },
      modes: [
        new TerraDrawPointMode({ styles: { pointColor: ACCENT } }),
        new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: ACCENT } }),
        new TerraDrawPolygonMode({ snapping, styles: { fillColor: ACCENT, outlineColor: ACCENT } }),
        new TerraDrawRectangleMode({ styles: { fillColor: ACCENT, outlineColor: ACCENT } }),
        new TerraDrawSelectMode({
          // terra-draw grabs a vertex or midpoint within 40 px by default: with draggable
          // midpoints, a press anywhere near an edge's middle would add a vertex instead of
          // moving the feature. 20 px is still a finger's width.
          pointerDistance: 20,
          // Delete is the app's "Delete feature" (one patch), not terra-draw's own store delete.
          keyEvents: { deselect: null, delete: null, rotate: null, scale: null },
          allowManualDeselection: false,
          flags: {
            point: { feature: { draggable: true } },
            linestring: { feature: editable },
            polygon: { feature: editable },
          },
        }),
      ],
    });
    this.draw.start();
    this.draw.on('finish', (id, context) =>
      this.finished(String(id), context.mode, context.action),
    );
    this.draw.on('change', () => this.reportDrawing());
    this.container = map.getCanvasContainer();
    this.container.addEventListener('pointerdown', this.onPointerDown, true);
    window.addEventListener('pointerup', this.onPointerUp, true);
  }

  getMode(): EditMode {
    return this.mode;
  }

  /** Starts a drawing tool at once: the next click on the map is the shape's first vertex. */
  startDrawing(kind: DrawKind): void {
    this.clearEdited();
    this.mode = kind;
    this.draw.setMode(kind);
  }

  /** Reshapes `part` (a copy of one piece of a document feature) until `stopEditing`. */
  edit(part: EditablePart): void {
    this.clearEdited();
    const feature = {
      type: 'Feature',
      id: EDITED_ID,
      properties: { mode: MODE_OF[part.geometry.type] },
      geometry: part.geometry,
    } as GeoJSONStoreFeatures;
    this.mode = 'select';
    this.draw.setMode('select');
    const [result] = this.draw.addFeatures([feature]);
    if (result?.valid) this.draw.selectFeature(EDITED_ID);
  }

  /** Shows the document's version of the piece being edited (after undo, say). */
  refresh(part: EditablePart): void {
    if (!this.draw.hasFeature(EDITED_ID)) return;
    this.draw.updateFeatureGeometry(EDITED_ID, part.geometry);
  }

  /** Selecting on the map, but nothing is selected yet. */
  selectMode(): void {
    this.clearEdited();
    this.mode = 'select';
    this.draw.setMode('select');
  }

  /** Drops a drawing in progress or the piece being edited; the document is unaffected. */
  stop(): void {
    this.clearEdited();
    this.mode = 'idle';
    // The static mode takes no input and draws nothing: the map behaves as without the editor.
    this.draw.setMode('static');
  }

  /** Cancels a drawing in progress (Esc): the shape so far is dropped, the tool stays. */
  cancelDrawing(): void {
    if (!DRAW_MODES.includes(this.mode as DrawKind)) return;
    const kind = this.mode as DrawKind;
    this.draw.setMode('static');
    this.draw.clear();
    this.draw.setMode(kind);
    this.callbacks.onDrawingChange?.(false);
  }

  destroy(): void {
    this.container.removeEventListener('pointerdown', this.onPointerDown, true);
    window.removeEventListener('pointerup', this.onPointerUp, true);
    this.draw.stop();
  }

  private readonly onPointerDown = (): void => {
    this.pointerDown = true;
  };

  /**
   * The gesture ended. terra-draw ends its drag in its own handler of this event, after this
   * one: an insert still held then had no drag after it, and is handed over on its own.
   */
  private readonly onPointerUp = (): void => {
    this.pointerDown = false;
    if (!this.insertHeld) return;
    setTimeout(() => {
      if (!this.insertHeld) return;
      this.insertHeld = false;
      const feature = this.draw.getSnapshotFeature(EDITED_ID);
      if (feature) this.callbacks.onEdited(feature.geometry as GeoJSON.Geometry);
    });
  };

  private clearEdited(): void {
    if (this.draw.hasFeature(EDITED_ID)) {
      this.draw.setMode('static');
      this.draw.removeFeatures([EDITED_ID]);
    }
  }

  private finished(id: string, mode: string, action: string): void {
    const feature = this.draw.getSnapshotFeature(id);
    if (!feature) return;
    const geometry = feature.geometry as GeoJSON.Geometry;
    if (action === 'draw' && DRAW_MODES.includes(mode as DrawKind)) {
      // After terra-draw has finished its own handling of the click that closed the shape.
      queueMicrotask(() => {
        if (this.draw.hasFeature(id)) this.draw.removeFeatures([id]);
        this.callbacks.onDrawingChange?.(false);
        this.callbacks.onCreated(geometry, mode as DrawKind);
      });
      return;
    }
    if (id !== EDITED_ID) return;
    // Pressing on a midpoint inserts the vertex, then drags it: one gesture, one change.
    if (action === 'insertMidpoint' && this.pointerDown) {
      this.insertHeld = true;
      return;
    }
    this.insertHeld = false;
    this.callbacks.onEdited(geometry);
  }

  private reportDrawing(): void {
    if (!DRAW_MODES.includes(this.mode as DrawKind)) return;
    this.callbacks.onDrawingChange?.(this.draw.getModeState() === 'drawing');
  }
}
