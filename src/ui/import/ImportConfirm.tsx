import { type ReactNode, useState } from 'react';
import { ti } from '../../core/i18n/importMessages.ts';
import { newLayerNamed, tt } from '../../core/i18n/importTargetMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { ImportTarget } from '../../core/import/import-target.ts';
import { layerNameFromFile } from '../../core/import/import-target.ts';
import { NEW_TARGET, TargetSelect } from './TargetSelect.tsx';
import './import-target.css';
import type { TargetOption } from './targetOptions.ts';

/**
 * A file read and accepted, nothing landed yet: "N features read and checked… Import into:
 * [New layer «name» | a compatible layer] [Import] [Do not import]". The features then land in
 * one patch (one undo step).
 */
export function ImportConfirm(props: {
  lang: Lang;
  fileName: string;
  featureCount: number;
  options: readonly TargetOption[];
  onConfirm: (target: ImportTarget | null) => void;
  /** What an existing layer's schema says of the file, shown while that layer is chosen. */
  fieldWarnings?: (layerId: string) => ReactNode;
}) {
  const { lang } = props;
  const [choice, setChoice] = useState(NEW_TARGET);
  const count = `${props.featureCount} ${ti(lang, props.featureCount === 1 ? 'featureOne' : 'featureMany')}`;
  return (
    <div className="import-confirm" data-testid="import-confirm">
      <p data-testid="import-ready">
        {count} {tt(lang, 'importReady')}
      </p>
      <TargetSelect
        label={tt(lang, 'importInto')}
        newLabel={newLayerNamed(lang, layerNameFromFile(props.fileName))}
        options={props.options}
        value={choice}
        onChange={setChoice}
      />
      {choice !== NEW_TARGET && props.fieldWarnings?.(choice)}
      <div className="import-confirm-actions">
        <button
          type="button"
          data-testid="import-confirm-button"
          onClick={() =>
            props.onConfirm(
              choice === NEW_TARGET ? { kind: 'new' } : { kind: 'layer', layerId: choice },
            )
          }
        >
          {tt(lang, 'importConfirm')}
        </button>
        <button type="button" data-testid="import-discard" onClick={() => props.onConfirm(null)}>
          {tt(lang, 'importDiscard')}
        </button>
      </div>
    </div>
  );
}
