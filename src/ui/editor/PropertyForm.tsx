import { useState } from 'react';
import { type EditorMessageKey, te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { LayerDef, PropertyRule } from '../../core/layers/types.ts';
import { type FieldText, readForm, textOf } from './formValues.ts';

export interface PropertyFormProps {
  lang: Lang;
  layer: LayerDef;
  feature: GeoJSON.Feature;
  readOnly: boolean;
  /** All the properties at once: one patch. */
  onSave: (properties: Record<string, unknown>) => void;
}

interface ExtraRow {
  id: number;
  key: string;
  text: string;
  original?: unknown;
}

/**
 * The feature's properties as a form built from the layer's schema: choices for allowed values,
 * numbers checked against their range, free-form extra properties. Save refuses the whole form
 * if any field is wrong (each says why); required fields left empty are saved and reported.
 */
export function PropertyForm({ lang, layer, feature, readOnly, onSave }: PropertyFormProps) {
  const schema = layer.properties;
  const stored = feature.properties ?? {};
  const [texts, setTexts] = useState<Record<string, FieldText>>(() =>
    Object.fromEntries(
      Object.entries(schema).map(([key, rule]) => [key, textOf(rule, stored[key])]),
    ),
  );
  const [extra, setExtra] = useState<ExtraRow[]>(() =>
    Object.entries(stored)
      .filter(([key]) => !(key in schema))
      .map(([key, value], id) => ({
        id,
        key,
        text: String(textOf(undefined, value)),
        original: value,
      })),
  );
  const [errors, setErrors] = useState<Record<string, EditorMessageKey>>({});
  const [status, setStatus] = useState<'refused' | 'incomplete' | null>(null);

  const save = () => {
    const result = readForm(schema, texts, extra);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('refused');
      return;
    }
    setErrors({});
    const missing = Object.entries(schema).some(
      ([key, rule]) => rule.required && result.properties[key] === undefined,
    );
    setStatus(missing ? 'incomplete' : null);
    onSave(result.properties);
  };

  return (
    <form
      className="property-form"
      aria-label={te(lang, 'properties')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3>{te(lang, 'properties')}</h3>
      {Object.entries(schema).map(([key, rule]) => (
        <Field
          key={key}
          lang={lang}
          name={key}
          rule={rule}
          text={texts[key] ?? ''}
          error={errors[key]}
          disabled={readOnly}
          onChange={(text) => setTexts((previous) => ({ ...previous, [key]: text }))}
        />
      ))}
      {extra.map((row) => (
        <div className="form-extra" key={row.id}>
          <input
            aria-label={`${te(lang, 'extraProperty')} ${row.id + 1}`}
            value={row.key}
            disabled={readOnly}
            onChange={(event) =>
              setExtra(extra.map((r) => (r.id === row.id ? { ...r, key: event.target.value } : r)))
            }
          />
          <input
            aria-label={row.key || te(lang, 'extraProperty')}
            value={row.text}
            disabled={readOnly}
            onChange={(event) =>
              setExtra(extra.map((r) => (r.id === row.id ? { ...r, text: event.target.value } : r)))
            }
          />
          <button type="button" onClick={() => setExtra(extra.filter((r) => r.id !== row.id))}>
            {te(lang, 'remove')}
          </button>
        </div>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="link"
          disabled={readOnly}
          onClick={() =>
            setExtra([
              ...extra,
              { id: Math.max(-1, ...extra.map((r) => r.id)) + 1, key: '', text: '' },
            ])
          }
        >
          {te(lang, 'addProperty')}
        </button>
        <button type="submit" className="tool-button" disabled={readOnly}>
          {te(lang, 'save')}
        </button>
      </div>
      {status && (
        <p className={status === 'refused' ? 'form-error' : 'form-note'} role="status">
          {te(lang, status === 'refused' ? 'formRefused' : 'savedIncomplete')}
        </p>
      )}
    </form>
  );
}

function Field(props: {
  lang: Lang;
  name: string;
  rule: PropertyRule;
  text: FieldText;
  error: EditorMessageKey | undefined;
  disabled: boolean;
  onChange: (text: FieldText) => void;
}) {
  const { lang, name, rule, text, error, disabled, onChange } = props;
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  const common = {
    id,
    disabled,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id} title={rule.description}>
        {name}
      </label>
      {rule.required && <span className="form-required"> ({te(lang, 'required')})</span>}
      {rule.type === 'boolean' ? (
        <input
          type="checkbox"
          checked={text === true}
          onChange={(e) => onChange(e.target.checked)}
          {...common}
        />
      ) : rule.values ? (
        <select value={String(text)} onChange={(e) => onChange(e.target.value)} {...common}>
          <option value="" />
          {rule.values.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      ) : (
        <input
          type="text"
          inputMode={rule.type === 'number' ? 'decimal' : undefined}
          value={String(text)}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      )}
      {error && (
        <span id={errorId} className="form-error" role="alert">
          {te(lang, error)}
        </span>
      )}
    </div>
  );
}
