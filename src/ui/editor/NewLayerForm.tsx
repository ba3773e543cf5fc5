import { useId, useState } from 'react';
import type { Lang } from '../../core/i18n/messages.ts';
import { tu } from '../../core/i18n/userLayerMessages.ts';
import type { UserLayerDef } from '../../core/layers/userLayer.ts';
import {
  newUserLayerId,
  type UserLayerDraft,
  userLayerFromDraft,
} from '../../core/layers/userLayerDraft.ts';

export interface NewLayerFormProps {
  lang: Lang;
  /** Editing an existing layer (rename): its def; a new layer otherwise. */
  initial?: UserLayerDef;
  onDone: (def: UserLayerDef) => void;
  onCancel: () => void;
}

type Field = UserLayerDraft['fields'][number];

function draftOf(def: UserLayerDef | undefined): UserLayerDraft {
  return {
    name: def?.name ?? '',
    nameEn: def?.nameEn ?? '',
    geometryType: def?.geometryType ?? 'Polygon',
    color: def?.color ?? '#7b2cbf',
    fields: (def?.fields ?? []).map((field) => ({
      ...field,
      values: (field.values ?? []).join(', '),
    })),
  };
}

/**
 * The "New layer" form: names in both languages, geometry, colour and the layer's own fields.
 * Nothing is created until it is valid; the layer is then one undoable patch (the caller's).
 */
export function NewLayerForm({ lang, initial, onDone, onCancel }: NewLayerFormProps) {
  const [draft, setDraft] = useState<UserLayerDraft>(() => draftOf(initial));
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const set = (change: Partial<UserLayerDraft>) => setDraft({ ...draft, ...change });
  const setField = (index: number, change: Partial<Field>) =>
    set({ fields: draft.fields.map((f, i) => (i === index ? { ...f, ...change } : f)) });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const outcome = userLayerFromDraft(draft, initial?.id ?? newUserLayerId());
    if ('def' in outcome) return onDone(outcome.def);
    setProblem(
      outcome.problem.kind === 'name'
        ? tu(lang, 'nameMissing')
        : tu(lang, 'fieldNameBad') + outcome.problem.names.join(', '),
    );
  };
  return (
    <form className="new-layer-form" aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId}>{tu(lang, initial ? 'renameLayer' : 'newLayerTitle')}</h3>
      <label>
        <span>{tu(lang, 'nameVi')}</span>
        <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label>
        <span>{tu(lang, 'nameEn')}</span>
        <input value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} />
      </label>
      {!initial && (
        <>
          <label>
            <span>{tu(lang, 'geometryType')}</span>
            <select
              value={draft.geometryType}
              onChange={(e) =>
                set({ geometryType: e.target.value as UserLayerDraft['geometryType'] })
              }
            >
              <option value="Point">{tu(lang, 'point')}</option>
              <option value="LineString">{tu(lang, 'line')}</option>
              <option value="Polygon">{tu(lang, 'polygon')}</option>
            </select>
          </label>
          <label>
            <span>{tu(lang, 'color')}</span>
            <input
              type="color"
              value={draft.color}
              onChange={(e) => set({ color: e.target.value })}
            />
          </label>
          <fieldset>
            <legend>{tu(lang, 'fields')}</legend>
            {draft.fields.map((field, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place.
              <div className="new-layer-field" key={index}>
                <input
                  aria-label={tu(lang, 'fieldName')}
                  value={field.name}
                  onChange={(e) => setField(index, { name: e.target.value })}
                />
                <select
                  aria-label={tu(lang, 'fieldType')}
                  value={field.type}
                  onChange={(e) => setField(index, { type: e.target.value as Field['type'] })}
                >
                  <option value="string">{tu(lang, 'text')}</option>
                  <option value="number">{tu(lang, 'number')}</option>
                  <option value="boolean">{tu(lang, 'yesNo')}</option>
                </select>
                <label>
                  <input
                    type="checkbox"
                    checked={field.required}
                    onChange={(e) => setField(index, { required: e.target.checked })}
                  />
                  {tu(lang, 'required')}
                </label>
                {field.type === 'string' && (
                  <input
                    aria-label={tu(lang, 'allowedValues')}
                    placeholder={tu(lang, 'allowedValues')}
                    value={field.values}
                    onChange={(e) => setField(index, { values: e.target.value })}
                  />
                )}
                <button
                  type="button"
                  onClick={() => set({ fields: draft.fields.filter((_, i) => i !== index) })}
                >
                  {tu(lang, 'removeField')}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() =>
                set({
                  fields: [
                    ...draft.fields,
                    { name: '', type: 'string', required: false, values: '' },
                  ],
                })
              }
            >
              {tu(lang, 'addField')}
            </button>
          </fieldset>
        </>
      )}
      {problem && <p role="alert">{problem}</p>}
      <div className="new-layer-actions">
        <button type="submit">{tu(lang, initial ? 'save' : 'create')}</button>
        <button type="button" onClick={onCancel}>
          {tu(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}
