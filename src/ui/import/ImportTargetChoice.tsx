import { useState } from 'react';
import { ti } from '../../core/i18n/importMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { ImportTarget } from '../../core/import/import-target.ts';

/** A layer the planner may put an import into. */
export interface TargetLayer {
  id: string;
  title: string;
}

const NEW = '__new__';

/**
 * "Put into layer: [New layer | an editable layer] [Move]": the file is read again for the
 * chosen layer, and lands there in one patch that also takes it out of where it was.
 */
export function ImportTargetChoice(props: {
  lang: Lang;
  current: ImportTarget;
  layers: readonly TargetLayer[];
  onMove: (target: ImportTarget) => void;
}) {
  const { lang } = props;
  const currentValue = props.current.kind === 'new' ? NEW : props.current.layerId;
  const [choice, setChoice] = useState(currentValue);
  return (
    <div className="import-target">
      <label>
        {ti(lang, 'importTarget')}{' '}
        <select
          data-testid="import-target"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value={NEW}>{ti(lang, 'importNewLayer')}</option>
          {props.layers.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layer.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="import-move"
        disabled={choice === currentValue && props.current.kind === 'layer'}
        onClick={() =>
          props.onMove(choice === NEW ? { kind: 'new' } : { kind: 'layer', layerId: choice })
        }
      >
        {ti(lang, 'importMove')}
      </button>
    </div>
  );
}
