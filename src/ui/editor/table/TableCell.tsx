import { useState } from 'react';
import type { Lang } from '../../../core/i18n/messages.ts';
import type { FormField } from '../../../core/schema-form/formFields.ts';
import { parseFieldValue } from '../../../core/schema-form/parseFieldValue.ts';
import { fieldText } from '../formValues.ts';

export interface TableCellProps {
  lang: Lang;
  field: FormField;
  value: unknown;
  readOnly: boolean;
  /** Saves a parsed value (`undefined` removes the property). */
  onCommit: (value: unknown) => void;
}

/**
 * One editable cell: double-click (or Enter) opens it, Enter saves, Esc cancels. The text is
 * parsed with the property form's kernel; an invalid value is refused at the cell with its
 * message and nothing is saved.
 */
export function TableCell({ lang, field, value, readOnly, onCommit }: TableCellProps) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = fieldText(field, value, lang);
  const open = () => {
    if (readOnly) return;
    setText(shown);
    setError(null);
  };
  const close = () => {
    setText(null);
    setError(null);
  };
  const save = () => {
    if (text === null) return;
    const parsed = parseFieldValue(field, text);
    if (!parsed.ok) return setError(parsed.message[lang]);
    close();
    if (text !== shown) onCommit(parsed.value);
  };
  if (text === null) {
    return (
      <td
        tabIndex={-1}
        title={shown}
        onDoubleClick={open}
        onKeyDown={(event) => {
          if (event.key === 'Enter') open();
        }}
      >
        {shown}
      </td>
    );
  }
  return (
    <td className="cell-editing">
      <input
        aria-label={field.label[lang]}
        aria-invalid={error !== null}
        // biome-ignore lint/a11y/noAutofocus: the planner just asked to edit this cell
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') save();
          if (event.key === 'Escape') close();
        }}
      />
      {error && (
        <span className="cell-error" role="alert">
          {error}
        </span>
      )}
    </td>
  );
}
