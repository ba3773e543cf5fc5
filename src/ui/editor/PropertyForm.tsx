import { useEffect, useMemo, useRef, useState } from 'react';
import { te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { DATE_FORM } from '../../core/schema-form/dateText.ts';
import { type FormField, formFields } from '../../core/schema-form/formFields.ts';
import { type ExtraProperty, fieldText, readForm, textOf } from './formValues.ts';

export interface PropertyFormProps {
  lang: Lang;
  layer: LayerDef;
  feature: GeoJSON.Feature;
  readOnly: boolean;
  /** All the properties at once: one patch; `incomplete` when required fields are empty. */
  onSave: (properties: Record<string, unknown>, incomplete: boolean) => void;
}

type ExtraRow = ExtraProperty & { id: number };

/**
 * The feature's properties as a form built from the layer's schema (the schema-form kernel):
 * labels in both languages, units, choices for allowed values, free-form extra properties.
 * Save refuses the whole form if any field is wrong, each saying why at its field; required
 * fields left empty are saved, and the problems list marks the feature invalid.
 */
export function PropertyForm({ lang, layer, feature, readOnly, onSave }: PropertyFormProps) {
  const fields = useMemo(() => formFields(layer), [layer]);
  const stored = feature.properties ?? {};
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((field) => [field.name, fieldText(field, stored[field.name], lang)]),
    ),
  );
  const [extra, setExtra] = useState<ExtraRow[]>(() =>
    Object.entries(stored)
      .filter(([key]) => !fields.some((field) => field.name === key))
      .map(([key, value], id) => ({ id, key, text: textOf(value), original: value })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  // A refused save takes the planner to the first wrong field: its message sits beside it,
  // often scrolled out of a long form's view, and focus left on Save would say nothing.
  useEffect(() => {
    if (refusals === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const setExtraRow = (id: number, change: Partial<ExtraRow>) =>
    setExtra(extra.map((row) => (row.id === id ? { ...row, ...change } : row)));

  const save = () => {
    const result = readForm(fields, texts, extra, lang);
    if (!result.ok) {
      setErrors(result.errors);
      setRefused(true);
      setRefusals((count) => count + 1);
      return;
    }
    setErrors({});
    setRefused(false);
    // Said by the editor's status line: a saved form is built again, losing its own state.
    const missing = fields.some((f) => f.required && result.properties[f.name] === undefined);
    onSave(result.properties, missing);
  };

  return (
    <form
      ref={formRef}
      className="property-form"
      aria-label={te(lang, 'properties')}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3>{te(lang, 'properties')}</h3>
      {fields.map((field) => (
        <Field
          key={field.name}
          lang={lang}
          field={field}
          text={texts[field.name] ?? ''}
          error={errors[field.name]}
          disabled={readOnly}
          onChange={(text) => setTexts((previous) => ({ ...previous, [field.name]: text }))}
        />
      ))}
      {extra.map((row) => (
        <div className="form-extra" key={row.id}>
          <input
            aria-label={`${te(lang, 'extraProperty')} ${row.id + 1}`}
            value={row.key}
            disabled={readOnly}
            onChange={(event) => setExtraRow(row.id, { key: event.target.value })}
          />
          <input
            aria-label={row.key || te(lang, 'extraProperty')}
            value={row.text}
            disabled={readOnly}
            onChange={(event) => setExtraRow(row.id, { text: event.target.value })}
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
      {refused && (
        <p className="form-error" role="status">
          {te(lang, 'formRefused')}
        </p>
      )}
    </form>
  );
}

function Field(props: {
  lang: Lang;
  field: FormField;
  text: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const { lang, field, text, error, disabled, onChange } = props;
  const id = `field-${field.name}`;
  const errorId = `${id}-error`;
  const common = {
    id,
    disabled,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id} title={field.help?.[lang] ?? field.description}>
        {field.label[lang]}
      </label>
      {field.unit && <span className="form-unit"> ({field.unit})</span>}
      {field.required && <span className="form-required"> *</span>}
      {field.kind === 'checkbox' ? (
        <input
          type="checkbox"
          checked={text === 'true'}
          onChange={(e) => onChange(String(e.target.checked))}
          {...common}
        />
      ) : field.choices ? (
        <select value={text} onChange={(e) => onChange(e.target.value)} {...common}>
          <option value="" />
          {field.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label[lang]}
            </option>
          ))}
        </select>
      ) : (
        <input
          type="text"
          inputMode={field.kind === 'number' ? 'decimal' : undefined}
          placeholder={field.kind === 'date' ? DATE_FORM[lang] : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          {...common}
        />
      )}
      {error && (
        <span id={errorId} className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
