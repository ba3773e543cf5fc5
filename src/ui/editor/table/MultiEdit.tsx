import { useState } from 'react';
import { to } from '../../../core/i18n/editOpsMessages.ts';
import type { Lang } from '../../../core/i18n/messages.ts';
import type { FormField } from '../../../core/schema-form/formFields.ts';
import { parseFieldValue } from '../../../core/schema-form/parseFieldValue.ts';

export interface MultiEditProps {
  lang: Lang;
  fields: readonly FormField[];
  count: number;
  /** Sets one property on every selected row: one patch, one undo step. */
  onApply: (name: string, value: unknown) => void;
}

/** One field edited for all the selected rows at once. */
export function MultiEdit({ lang, fields, count, onApply }: MultiEditProps) {
  const [name, setName] = useState(fields[0]?.name ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = fields.find((f) => f.name === name);
  const apply = () => {
    if (!field) return;
    const parsed = parseFieldValue(field, text);
    if (!parsed.ok) return setError(parsed.message[lang]);
    setError(null);
    onApply(field.name, parsed.value);
  };
  return (
    <fieldset className="table-multi-edit">
      <legend>
        {to(lang, 'tableEditSelected')} ({count})
      </legend>
      <label>
        {to(lang, 'tableField')}
        <select value={name} onChange={(event) => setName(event.target.value)}>
          {fields.map((f) => (
            <option key={f.name} value={f.name}>
              {f.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {to(lang, 'tableValue')}
        <input
          value={text}
          aria-invalid={error !== null}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply();
          }}
        />
      </label>
      <button type="button" onClick={apply}>
        {to(lang, 'tableApply')}
      </button>
      {error && (
        <span className="cell-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
