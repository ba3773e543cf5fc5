import { useEffect, useMemo, useState } from 'react';
import type { CheckSpec } from '../../core/checks/check-spec.ts';
import {
  type InputOption,
  inputOptions,
  SELECTED_OPTION,
  type SelectedFeature,
} from '../../core/checks/input-options.ts';
import { tfl } from '../../core/i18n/filterMessages.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { LayerDef } from '../../core/layers/types.ts';

type Kind = CheckSpec['kind'];

/** A whole layer's choice, marked when its filter narrows what the check gets. */
function withFilterNote(
  option: InputOption,
  filtered: Readonly<Record<string, { shown: number; total: number }>> | undefined,
): InputOption {
  const counts = option.input.featureKeys ? undefined : filtered?.[option.input.layerId];
  if (!counts) return option;
  const note = (lang: Lang) => ` (${tfl(lang, 'filteredInput')} ${counts.shown}/${counts.total})`;
  return {
    ...option,
    label: { vi: option.label.vi + note('vi'), en: option.label.en + note('en') },
  };
}

/** Build a check: nearest, overlap (optionally with a corridor) or corridor; run or save it. */
export function CheckForm(props: {
  lang: Lang;
  disabled: boolean;
  /** The feature selected on the map: a check can be about it alone. */
  selected: SelectedFeature | null;
  /** Planners' own layers, offered after the registry's. */
  userLayers?: readonly LayerDef[];
  onRun: (spec: CheckSpec, title: string) => void;
  onSave: (spec: CheckSpec, name: string) => void;
  /** Layers a filter narrows, with the features that pass and all of them: said in the choice. */
  filtered?: Readonly<Record<string, { shown: number; total: number }>>;
}) {
  const { lang } = props;
  const { selected, filtered, userLayers } = props;
  const options = useMemo(
    () => inputOptions(selected, userLayers).map((option) => withFilterNote(option, filtered)),
    [selected, userLayers, filtered],
  );
  const [kind, setKind] = useState<Kind>('nearest');
  const [first, setFirst] = useState('industrial-zones');
  const [second, setSecond] = useState('ring-road-5');
  const [useCorridor, setUseCorridor] = useState(false);
  const [distanceMeters, setDistanceMeters] = useState(500);
  const [name, setName] = useState('');
  // A choice of "the selected feature" falls back to its layer when the selection goes away.
  useEffect(() => {
    if (selected) return;
    setFirst((value) => (value === SELECTED_OPTION ? 'industrial-zones' : value));
    setSecond((value) => (value === SELECTED_OPTION ? 'ring-road-5' : value));
  }, [selected]);
  const inputOf = (value: string) =>
    options.find((o) => o.value === value)?.input ?? { layerId: value };
  const labelOf = (value: string) => options.find((o) => o.value === value)?.label[lang] ?? value;

  const spec = (): CheckSpec => {
    if (kind === 'corridor') return { kind, of: inputOf(first), distanceMeters };
    if (kind === 'nearest') return { kind, from: inputOf(first), to: inputOf(second) };
    const b = useCorridor ? { corridorOf: inputOf(second), distanceMeters } : inputOf(second);
    return { kind, a: inputOf(first), b };
  };
  const title = () => {
    if (kind === 'corridor')
      return `${t(lang, 'kindCorridor')}: ${labelOf(first)}, ${distanceMeters} m`;
    const b =
      useCorridor && kind === 'overlap'
        ? `${labelOf(second)} (${distanceMeters} m)`
        : labelOf(second);
    return `${t(lang, kind === 'nearest' ? 'kindNearest' : 'kindOverlap')}: ${labelOf(first)} → ${b}`;
  };
  const distanceValid = Number.isFinite(distanceMeters) && distanceMeters > 0;
  const needsDistance = kind === 'corridor' || (kind === 'overlap' && useCorridor);
  const canRun = !props.disabled && (!needsDistance || distanceValid);

  const select = (label: string, value: string, onChange: (value: string) => void) => (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="tool check-form"
      aria-labelledby="check-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (canRun) props.onRun(spec(), title());
      }}
    >
      <h3 id="check-form-title">{t(lang, 'newCheck')}</h3>
      <label className="field">
        <span>{t(lang, 'checkKind')}</span>
        <select
          aria-label={t(lang, 'checkKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
        >
          <option value="nearest">{t(lang, 'kindNearest')}</option>
          <option value="overlap">{t(lang, 'kindOverlap')}</option>
          <option value="corridor">{t(lang, 'kindCorridor')}</option>
        </select>
      </label>
      {select(
        t(lang, kind === 'nearest' ? 'fromLayer' : kind === 'overlap' ? 'layerA' : 'ofLayer'),
        first,
        setFirst,
      )}
      {kind !== 'corridor' &&
        select(t(lang, kind === 'nearest' ? 'toLayer' : 'layerB'), second, setSecond)}
      {kind === 'overlap' && (
        <label className="check">
          <input
            type="checkbox"
            checked={useCorridor}
            onChange={(e) => setUseCorridor(e.target.checked)}
          />
          {t(lang, 'corridorOfB')}
        </label>
      )}
      {needsDistance && (
        <label className="field">
          <span>{t(lang, 'distanceMeters')}</span>
          <input
            aria-label={t(lang, 'distanceMeters')}
            type="number"
            min={1}
            step={1}
            value={distanceMeters}
            onChange={(e) => setDistanceMeters(Number(e.target.value))}
          />
        </label>
      )}
      <div className="row">
        <button type="submit" disabled={!canRun}>
          {t(lang, 'run')}
        </button>
        <input
          aria-label={t(lang, 'checkName')}
          placeholder={t(lang, 'checkName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          disabled={!canRun}
          onClick={() => props.onSave(spec(), name.trim() || title())}
        >
          {t(lang, 'save')}
        </button>
      </div>
    </form>
  );
}
