import { useId, useMemo, useState } from 'react';
import { type FilterField, filterFields } from '../../core/filter/filter-fields.ts';
import type { FieldCondition, LayerFilter as Filter } from '../../core/filter/filter-types.ts';
import { withCondition } from '../../core/filter/filter-url.ts';
import { codedValueText } from '../../core/format/codedText.ts';
import { tfl } from '../../core/i18n/filterMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import { filterFieldLabel } from './fieldLabel.ts';
import './filter.css';

export interface LayerFilterProps {
  lang: Lang;
  layer: LayerDef;
  features: readonly GeoJSON.Feature[];
  filter: Filter | undefined;
  onChange: (filter: Filter) => void;
}

function conditionSummary(condition: FieldCondition, lang: Lang): string {
  if (condition.kind === 'values')
    return condition.values.map((value) => codedValueText(value, lang)).join(', ');
  const any = tfl(lang, 'filterAny');
  return `${condition.min ?? any} – ${condition.max ?? any}`;
}

/**
 * A layer's filter in the layer panel: the conditions set, each removable, and a property
 * chooser with its editor (checkboxes of values, or a from–to range for numbers).
 */
export function LayerFilter({ lang, layer, features, filter, onChange }: LayerFilterProps) {
  const fields = useMemo(() => filterFields(layer, features), [layer, features]);
  const [chosen, setChosen] = useState(fields[0]?.field ?? '');
  const selectId = useId();
  const conditions = Object.entries(filter ?? {});
  const field = fields.find((candidate) => candidate.field === chosen) ?? fields[0];
  if (fields.length === 0) return null;
  const title = layer.title[lang];
  const set = (name: string, condition: FieldCondition | null) =>
    onChange(withCondition(filter, name, condition));
  return (
    <details className="layer-filter" open={conditions.length > 0 || undefined}>
      <summary aria-label={`${tfl(lang, 'filter')}: ${title}`}>
        {tfl(lang, 'filter')}
        {conditions.length > 0 && ` (${conditions.length})`}
      </summary>
      {conditions.length > 0 && (
        <ul className="filter-conditions">
          {conditions.map(([name, condition]) => (
            <li key={name}>
              <span>
                {filterFieldLabel(name, lang)}: {conditionSummary(condition, lang)}
              </span>
              <button
                type="button"
                className="link"
                aria-label={`${tfl(lang, 'filterRemove')}: ${filterFieldLabel(name, lang)}`}
                onClick={() => set(name, null)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={selectId} className="filter-field">
        {tfl(lang, 'filterProperty')}
      </label>
      <select
        id={selectId}
        value={field?.field}
        onChange={(event) => setChosen(event.target.value)}
      >
        {fields.map((candidate) => (
          <option key={candidate.field} value={candidate.field}>
            {filterFieldLabel(candidate.field, lang)}
          </option>
        ))}
      </select>
      {field && (
        <FieldEditor
          lang={lang}
          field={field}
          condition={filter?.[field.field]}
          onChange={(condition) => set(field.field, condition)}
        />
      )}
      {conditions.length > 0 && (
        <button type="button" className="link filter-clear" onClick={() => onChange({})}>
          {tfl(lang, 'filterClear')}
        </button>
      )}
    </details>
  );
}

interface FieldEditorProps {
  lang: Lang;
  field: FilterField;
  condition: FieldCondition | undefined;
  onChange: (condition: FieldCondition | null) => void;
}

function FieldEditor(props: FieldEditorProps) {
  return props.field.kind === 'values' ? (
    <ValuesEditor {...props} options={props.field.options} />
  ) : (
    <RangeEditor {...props} />
  );
}

function ValuesEditor({
  lang,
  field,
  condition,
  onChange,
  options,
}: FieldEditorProps & { options: readonly string[] }) {
  const chosen = condition?.kind === 'values' ? condition.values : [];
  const toggle = (value: string, on: boolean) => {
    const values = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    onChange(values.length > 0 ? { kind: 'values', values } : null);
  };
  return (
    <fieldset className="filter-values">
      <legend>{filterFieldLabel(field.field, lang)}</legend>
      {options.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) => toggle(value, event.target.checked)}
          />
          {codedValueText(value, lang)}
        </label>
      ))}
    </fieldset>
  );
}

function readBound(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}

function RangeEditor({ lang, field, condition, onChange }: FieldEditorProps) {
  const range = condition?.kind === 'range' ? condition : { min: null, max: null };
  const placeholder = field.kind === 'range' ? field : { min: 0, max: 0 };
  const update = (min: number | null, max: number | null) =>
    onChange(min === null && max === null ? null : { kind: 'range', min, max });
  const label = filterFieldLabel(field.field, lang);
  return (
    <fieldset className="filter-range">
      <legend>{label}</legend>
      <label>
        {tfl(lang, 'filterMin')}
        <input
          type="number"
          inputMode="decimal"
          value={range.min ?? ''}
          placeholder={String(placeholder.min)}
          onChange={(event) => update(readBound(event.target.value), range.max)}
        />
      </label>
      <label>
        {tfl(lang, 'filterMax')}
        <input
          type="number"
          inputMode="decimal"
          value={range.max ?? ''}
          placeholder={String(placeholder.max)}
          onChange={(event) => update(range.min, readBound(event.target.value))}
        />
      </label>
    </fieldset>
  );
}
