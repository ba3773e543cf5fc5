import type { TargetOption } from './targetOptions.ts';

/** The value of the "new layer" choice (no layer id starts with underscores). */
export const NEW_TARGET = '__new__';

/**
 * The layer an import goes into: a new layer (first) or an existing one; a layer that cannot
 * take the file is listed, disabled, with its reason beside its name.
 */
export function TargetSelect(props: {
  label: string;
  newLabel: string;
  options: readonly TargetOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        data-testid="import-target"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value={NEW_TARGET}>{props.newLabel}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id} disabled={option.disabledReason !== undefined}>
            {option.disabledReason ? `${option.title} — ${option.disabledReason}` : option.title}
          </option>
        ))}
      </select>
    </label>
  );
}
