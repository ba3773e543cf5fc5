import { useState } from 'react';
import { ti } from '../../core/i18n/importMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { ImportTarget } from '../../core/import/import-target.ts';
import { NEW_TARGET, TargetSelect } from './TargetSelect.tsx';
import type { TargetOption } from './targetOptions.ts';

/**
 * "Put into layer: [New layer | an editable layer] [Move]": the file is read again for the
 * chosen layer, and lands there in one patch that also takes it out of where it was.
 */
export function ImportTargetChoice(props: {
  lang: Lang;
  current: ImportTarget;
  options: readonly TargetOption[];
  onMove: (target: ImportTarget) => void;
}) {
  const { lang } = props;
  const currentValue = props.current.kind === 'new' ? NEW_TARGET : props.current.layerId;
  const [choice, setChoice] = useState(currentValue);
  return (
    <div className="import-target">
      <TargetSelect
        label={ti(lang, 'importTarget')}
        newLabel={ti(lang, 'importNewLayer')}
        options={props.options}
        value={choice}
        onChange={setChoice}
      />
      <button
        type="button"
        data-testid="import-move"
        disabled={choice === currentValue && props.current.kind === 'layer'}
        onClick={() =>
          props.onMove(choice === NEW_TARGET ? { kind: 'new' } : { kind: 'layer', layerId: choice })
        }
      >
        {ti(lang, 'importMove')}
      </button>
    </div>
  );
}
