import type { DocumentStore } from '../../core/document/index.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { tu } from '../../core/i18n/userLayerMessages.ts';
import { NewLayerForm } from './NewLayerForm.tsx';

export interface UserLayerActionsProps {
  lang: Lang;
  store: DocumentStore;
  /** The chosen layer when it is a planner's own (it can be renamed and deleted). */
  layerId: string | null;
  readOnly: boolean;
  form: 'new' | 'rename' | null;
  onForm: (form: 'new' | 'rename' | null) => void;
  /** A layer was created: draw into it next. */
  onCreated: (layerId: string) => void;
}

/**
 * "New layer", and for a planner's own layer "Rename layer" and "Delete layer" (which asks
 * first). Each is one undoable patch: create, update or remove the layer.
 */
export function UserLayerActions(props: UserLayerActionsProps) {
  const { lang, store, layerId, readOnly, form } = props;
  const layer = layerId ? store.getSnapshot().layers.get(layerId) : undefined;
  const def = layer?.userDef;
  const remove = () => {
    if (!def || !layer) return;
    const question = tu(lang, 'confirmDelete', {
      name: (lang === 'en' && def.nameEn) || def.name,
      count: layer.order.length,
    });
    if (!window.confirm(question)) return;
    store.apply({ put: [], delete: [], layers: [{ op: 'remove', id: def.id }] });
  };
  /** The button that opens a form, or closes it when it is the one open. */
  const formButton = (which: 'new' | 'rename', label: 'newLayer' | 'renameLayer') => (
    <button
      type="button"
      aria-expanded={form === which}
      disabled={readOnly}
      onClick={() => props.onForm(form === which ? null : which)}
    >
      {tu(lang, label)}
    </button>
  );
  return (
    <div className="user-layer-actions">
      {formButton('new', 'newLayer')}
      {def && (
        <>
          {formButton('rename', 'renameLayer')}
          <button type="button" disabled={readOnly} onClick={remove}>
            {tu(lang, 'deleteLayer')}
          </button>
        </>
      )}
      {form === 'new' && (
        <NewLayerForm
          lang={lang}
          onCancel={() => props.onForm(null)}
          onDone={(created) => {
            store.apply({ put: [], delete: [], layers: [{ op: 'create', def: created }] });
            props.onForm(null);
            props.onCreated(created.id);
          }}
        />
      )}
      {form === 'rename' && def && (
        <NewLayerForm
          key={def.id}
          lang={lang}
          initial={def}
          onCancel={() => props.onForm(null)}
          onDone={(renamed) => {
            store.apply({ put: [], delete: [], layers: [{ op: 'update', def: renamed }] });
            props.onForm(null);
          }}
        />
      )}
    </div>
  );
}
