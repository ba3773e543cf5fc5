import { useMemo, useState } from 'react';
import type { DocumentStore } from '../../core/document/index.ts';
import { simplifyZone, vertexCount } from '../../core/edit-ops/index.ts';
import { to } from '../../core/i18n/editOpsMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { FeaturePick } from '../../map/MapController.ts';
import { ToolButton } from './ToolButton.tsx';
import type { EditOpKind, EditOpMessage } from './useEditOps.ts';

const OPS: readonly [EditOpKind, 'mergeZones' | 'cutWithLine' | 'subtract' | 'simplify', string][] =
  [
    ['merge', 'mergeZones', '⊕'],
    ['cut', 'cutWithLine', '✂'],
    ['subtract', 'subtract', '⊖'],
    ['simplify', 'simplify', '〰'],
  ];

/** The four operations' toolbar buttons: usable when a zone is selected. */
export function EditOpButtons(props: {
  lang: Lang;
  enabled: boolean;
  active: EditOpKind | null;
  onStart: (kind: EditOpKind) => void;
}) {
  const { lang } = props;
  return OPS.map(([kind, key, icon]) => (
    <ToolButton
      key={kind}
      label={to(lang, key)}
      icon={icon}
      pressed={props.active === kind}
      disabled={!props.enabled}
      onClick={() => props.onStart(kind)}
    />
  ));
}

const HINT: Partial<Record<EditOpKind, 'mergeHint' | 'cutHint' | 'subtractHint'>> = {
  merge: 'mergeHint',
  cut: 'cutHint',
  subtract: 'subtractHint',
};

/**
 * Under the toolbar: what the waiting operation needs next, the simplify tolerance with the
 * vertex count before and after, and the last operation's result or refusal.
 */
export function EditOpsPanel(props: {
  lang: Lang;
  store: DocumentStore;
  selected: FeaturePick | null;
  active: EditOpKind | null;
  message: EditOpMessage | null;
  onSimplify: (toleranceMeters: number) => void;
}) {
  const { lang, active, message } = props;
  const hint = active ? HINT[active] : undefined;
  return (
    <div className="edit-ops" data-testid="edit-ops">
      {hint && <p className="editor-hint">{to(lang, hint)}</p>}
      {active === 'simplify' && props.selected && (
        <SimplifyForm
          lang={lang}
          store={props.store}
          selected={props.selected}
          onSimplify={props.onSimplify}
        />
      )}
      {message && (
        <p
          className={`edit-op-message ${message.kind}`}
          role={message.kind === 'refused' ? 'alert' : 'status'}
          data-testid="edit-op-message"
          data-kind={message.kind}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

function SimplifyForm(props: {
  lang: Lang;
  store: DocumentStore;
  selected: FeaturePick;
  onSimplify: (toleranceMeters: number) => void;
}) {
  const { lang, store, selected } = props;
  const [text, setText] = useState('5');
  const toleranceMeters = Number(text.replace(',', '.'));
  const doc = store.getSnapshot();
  const feature = doc.layers.get(selected.layerId)?.features.get(selected.featureKey);
  // The kernel's own answer, not applied: the count after is what Apply would give.
  const preview = useMemo(() => {
    const layer = getLayer(selected.layerId);
    return layer ? simplifyZone(doc, layer, selected.featureKey, toleranceMeters) : null;
  }, [doc, selected, toleranceMeters]);
  const before = vertexCount(feature?.geometry);
  const after =
    preview?.ok === true
      ? vertexCount(preview.patch.put[0]?.feature.geometry)
      : preview?.code === 'nothing-removed'
        ? before
        : null;
  return (
    <form
      className="simplify-form"
      aria-label={to(lang, 'simplify')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSimplify(toleranceMeters);
      }}
    >
      <label>
        <span>{to(lang, 'simplifyToleranceMeters')}</span>
        <input
          className="simplify-tolerance"
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <p data-testid="simplify-vertices">
        {to(lang, 'vertices')}: <output data-testid="vertices-before">{before}</output> →{' '}
        <output data-testid="vertices-after">{after ?? '–'}</output>
      </p>
      <button type="submit">{to(lang, 'tableApply')}</button>
    </form>
  );
}
