import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DocumentStore } from '../../core/document/index.ts';
import { type EditorMessageKey, te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { tw } from '../../core/i18n/workspaceMessages.ts';
import { defaultDrawLayerId } from '../../core/layers/defaultDrawLayer.ts';
import { layerEditability } from '../../core/layers/editability.ts';
import { getLayer, LAYERS } from '../../core/layers/registry.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { DrawKind, EditMode } from '../../editor/editSession.ts';
import type { FeaturePick, MapController } from '../../map/MapController.ts';
import type { MapTool } from '../analysis/mapTool.ts';
import { usePersistentState } from '../hooks/usePersistentState.ts';
import { usePhoneScreen } from '../layout/usePhoneScreen.ts';
import { ChangesView } from './ChangesView.tsx';
import { saveToProject } from './changesetFile.ts';
import { EditNotice, type EditNoticeState } from './EditNotice.tsx';
import { EditOpButtons, EditOpsPanel } from './EditOps.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { PiecePicker } from './PiecePicker.tsx';
import { ProblemsList } from './ProblemsList.tsx';
import { PropertyForm } from './PropertyForm.tsx';
import { LayerTableToggle } from './table/LayerTableToggle.tsx';
import { UserLayerActions } from './UserLayerActions.tsx';
import { useEditOnPick } from './useEditOnPick.ts';
import { type PendingOp, useEditOps } from './useEditOps.ts';
import { useEditor } from './useEditor.ts';
import { useEditorShortcuts } from './useEditorShortcuts.ts';
import './editor.css';

export interface EditorPanelProps {
  lang: Lang;
  store: DocumentStore;
  /** Every layer, planners' own included (top-most first). */
  layers: readonly LayerDef[];
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  visibleLayerIds: readonly string[];
  controller: () => MapController | null;
  onPick: (pick: FeaturePick | null) => void;
  setMapTool: (tool: MapTool | null) => void;
  /** Why this tab may not change the workspace (another tab owns it), if so. */
  readOnlyReason: string | null;
  /** The drawer under the map, where the attribute table opens (not on a phone). */
  drawerHost?: HTMLElement | null;
  /** The app's selection; picked in this tab with no tool up, it opens for editing. */
  pick?: FeaturePick | null;
  /** Whether the Edit tab is the one shown. */
  active?: boolean;
}

const EDITABLE = LAYERS.filter((layer) => layerEditability(layer).editable);
const isEditable = (layerId: string) => EDITABLE.some((layer) => layer.id === layerId);
/** A planner's own layer: always editable, and not in the registry. */
const isUserLayerId = (layerId: string) => layerId.startsWith('user-');
const isEditableOrOwn = (layerId: string) => isEditable(layerId) || isUserLayerId(layerId);

/** What a click does in each mode; nothing is said while no tool is on. */
const HINTS = {
  select: 'hintSelect',
  point: 'hintDrawPoint',
  linestring: 'hintDrawLine',
  polygon: 'hintDraw',
  rectangle: 'hintDrawRectangle',
} as const satisfies Record<Exclude<EditMode, 'idle'>, EditorMessageKey>;

const isZone = (feature: GeoJSON.Feature | undefined) =>
  feature?.geometry?.type === 'Polygon' || feature?.geometry?.type === 'MultiPolygon';

/** The drawing tools a layer's geometry types allow. */
function toolsFor(layer: LayerDef | undefined): Set<DrawKind> {
  const kinds = new Set<DrawKind>();
  for (const type of layer?.geometryTypes ?? []) {
    if (type.endsWith('Point')) kinds.add('point');
    if (type.endsWith('LineString')) kinds.add('linestring');
    if (type.endsWith('Polygon')) kinds.add('polygon').add('rectangle');
  }
  return kinds;
}

/**
 * The editing tab (loaded when first opened, with terra-draw): the layer to draw into, the
 * toolbar, the shortcuts, and the selected feature's property form.
 */
export default function EditorPanel(props: EditorPanelProps) {
  const { lang, store } = props;
  const readOnly = props.readOnlyReason !== null;
  const phone = usePhoneScreen();
  const [drawLayerId, setDrawLayerId] = usePersistentState<string>(
    'drawLayer',
    // Not the first editable layer (Context, the surroundings): the first plan layer.
    defaultDrawLayerId(LAYERS),
    (value): value is string =>
      typeof value === 'string' && (isEditable(value) || isUserLayerId(value)),
  );
  const layerById = (id: string) => props.layers.find((layer) => layer.id === id);
  const userLayers = props.layers.filter((layer) => !getLayer(layer.id)).reverse();
  const [layerForm, setLayerForm] = useState<'new' | 'rename' | null>(null);
  const [changesOpen, setChangesOpen] = useState(false);
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const onSaveToProject = async () => {
    const outcome = await saveToProject(store);
    if (outcome.ok) return setSaveMessage(te(lang, 'savedToProject'));
    setChangesOpen(true);
    setSaveMessage(
      outcome.reason === 'not-dev'
        ? te(lang, 'saveOnlyInDev')
        : `${te(lang, 'saveFailed')}: ${outcome.detail ?? ''}`,
    );
  };
  const history = useSyncExternalStore(store.subscribe, store.getHistoryState);
  // A planar operation waiting for a click or a line (useEditOps sets it, useEditor reads it).
  const pendingOp = useRef<PendingOp | null>(null);
  const editor = useEditor({
    store,
    collections: props.collections,
    visibleLayerIds: props.visibleLayerIds,
    controller: props.controller,
    drawLayerId,
    isEditable: isEditableOrOwn,
    onPick: props.onPick,
    setMapTool: props.setMapTool,
    readOnly,
    pendingOp: () => pendingOp.current,
  });
  const [notice, setNotice] = useState<EditNoticeState | null>(null);
  /** Deletes the selected feature (toolbar or Delete key) and says so, with Undo. */
  const deleteSelected = () => {
    const current = editor.target;
    const feature = current
      ? props.collections[current.layerId]?.features.find((f) => String(f.id) === current.key)
      : undefined;
    const before = store.getSnapshot();
    editor.deleteSelected();
    const doc = store.getSnapshot();
    if (feature && doc !== before)
      setNotice({ kind: 'deleted', properties: feature.properties, doc });
  };
  useEditorShortcuts({ ...editor, deleteSelected });
  useEditOnPick({
    ...{ active: props.active ?? true, pick: props.pick ?? null, mode: editor.mode },
    ...{ ready: editor.ready, readOnly, isEditable: isEditableOrOwn, beginEdit: editor.beginEdit },
  });
  const selected = editor.target
    ? { layerId: editor.target.layerId, featureKey: editor.target.key }
    : null;
  const ops = useEditOps({
    lang,
    store,
    selected,
    readOnly,
    pendingRef: pendingOp,
    drawCutLine: editor.drawCutLine,
    stopCutLine: editor.stopCutLine,
    select: editor.beginEdit,
  });
  const drawLayer = layerById(drawLayerId);
  const allowed = useMemo(() => toolsFor(drawLayer), [drawLayer]);

  const target = editor.target;
  const targetLayer = target ? layerById(target.layerId) : undefined;
  const targetFeature = target
    ? props.collections[target.layerId]?.features.find((f) => String(f.id) === target.key)
    : undefined;

  return (
    <section className="panel editor-panel" aria-labelledby="editor-title">
      <h2 id="editor-title">{tw(lang, 'tabEdit')}</h2>
      {props.readOnlyReason && (
        <p className="editor-readonly" role="status">
          {props.readOnlyReason}
        </p>
      )}
      <label className="draw-layer">
        <span>{te(lang, 'drawInto')}</span>
        <select
          value={drawLayer ? drawLayerId : ''}
          onChange={(event) => setDrawLayerId(event.target.value)}
        >
          {LAYERS.map((layer) => {
            const editability = layerEditability(layer);
            return (
              <option
                key={layer.id}
                value={layer.id}
                disabled={!editability.editable}
                title={editability.editable ? undefined : editability.reason[lang]}
              >
                {layer.title[lang]}
                {editability.editable ? '' : ` (${te(lang, 'readOnlyLayer')})`}
              </option>
            );
          })}
          {userLayers.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layer.title[lang]}
            </option>
          ))}
        </select>
      </label>
      <UserLayerActions
        lang={lang}
        store={store}
        layerId={drawLayer && isUserLayerId(drawLayerId) ? drawLayerId : null}
        readOnly={readOnly}
        form={layerForm}
        onForm={setLayerForm}
        onCreated={setDrawLayerId}
      />
      <EditorToolbar
        lang={lang}
        mode={editor.mode}
        allowed={allowed}
        disabled={readOnly || !editor.ready}
        hasSelection={target !== null}
        canUndo={history.canUndo}
        canRedo={history.canRedo}
        snapping={editor.snapping}
        changesOpen={changesOpen}
        onTool={editor.startTool}
        onDelete={deleteSelected}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onSnapping={editor.setSnapping}
        onChanges={() => setChangesOpen(!changesOpen)}
        onSaveToProject={onSaveToProject}
        selectionTools={
          <EditOpButtons
            lang={lang}
            enabled={!readOnly && editor.ready && isZone(targetFeature)}
            active={ops.active}
            onStart={ops.start}
          />
        }
      />
      <EditOpsPanel
        lang={lang}
        store={store}
        selected={selected}
        active={ops.active}
        message={ops.message}
        onSimplify={ops.simplify}
      />
      <LayerTableToggle
        lang={lang}
        store={store}
        layerId={drawLayerId}
        readOnly={readOnly}
        controller={props.controller}
        onSelect={editor.beginEdit}
        host={phone ? null : props.drawerHost}
      />
      {saveMessage && (
        <p className="editor-save" role="status">
          {saveMessage}
        </p>
      )}
      {changesOpen && <ChangesView lang={lang} store={store} readOnly={readOnly} />}
      {editor.mode !== 'idle' && (
        <p className="editor-hint" data-testid="editor-hint">
          {te(lang, HINTS[editor.mode])}
        </p>
      )}
      {target && targetFeature && (
        <PiecePicker
          lang={lang}
          geometry={targetFeature.geometry}
          current={target.part}
          readOnly={readOnly}
          addingHole={editor.addingHole}
          holeOutside={editor.holeOutside}
          onPick={editor.editPiece}
          onAddHole={editor.addHole}
          onDelete={editor.deletePiece}
        />
      )}
      {target && targetLayer && targetFeature && (
        <PropertyForm
          key={`${target.key} ${JSON.stringify(targetFeature.properties)}`}
          lang={lang}
          layer={targetLayer}
          feature={targetFeature}
          readOnly={readOnly}
          onSave={(properties, incomplete) => {
            store.apply({
              put: [
                {
                  layer: target.layerId,
                  key: target.key,
                  feature: { ...targetFeature, properties },
                },
              ],
              delete: [],
            });
            const kind = incomplete ? 'savedIncomplete' : 'saved';
            setNotice({ kind, properties, doc: store.getSnapshot() });
          }}
        />
      )}
      <EditNotice lang={lang} store={store} notice={notice} readOnly={readOnly} />
      <ProblemsList lang={lang} store={store} controller={props.controller} />
      <details className="editor-shortcuts" open>
        <summary>{te(lang, 'shortcuts')}</summary>
        <ul>
          <li>{te(lang, 'shortcutUndo')}</li>
          <li>{te(lang, 'shortcutRedo')}</li>
          <li>{te(lang, 'shortcutDelete')}</li>
          <li>{te(lang, 'shortcutEsc')}</li>
          <li>{te(lang, 'shortcutAlt')}</li>
        </ul>
      </details>
    </section>
  );
}
