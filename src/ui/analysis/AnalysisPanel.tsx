import { useCallback, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { CheckSpec, NamedCheck } from '../../core/checks/check-spec.ts';
import type { SelectedFeature } from '../../core/checks/input-options.ts';
import { PRESET_CHECKS } from '../../core/checks/presets.ts';
import type { LayerData } from '../../core/checks/resolve-input.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { LAYERS } from '../../core/layers/registry.ts';
import type { LayerDef } from '../../core/layers/types.ts';
import type { OverlayData, OverlayId } from '../../map/overlayStyle.ts';
import { useWorkspaceValue } from '../document/useWorkspaceValue.ts';
import { usePhoneScreen } from '../layout/usePhoneScreen.ts';
import { CheckForm } from './CheckForm.tsx';
import { CheckList } from './CheckList.tsx';
import { MeasureTool } from './MeasureTool.tsx';
import type { MapTool } from './mapTool.ts';
import { ResultsView } from './ResultsView.tsx';
import { isNamedCheckList } from './savedChecks.ts';
import { inputsChanged, useCheckRunner } from './useCheckRunner.ts';
import { useChosenRow } from './useChosenRow.ts';
import { useLinkedCheck } from './useLinkedCheck.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface AnalysisPanelProps {
  lang: Lang;
  layers: LayerData;
  setMapTool: (tool: MapTool | null) => void;
  onOverlay: (id: OverlayId, data: OverlayData) => void;
  onZoomToGeometry: (geometry: GeoJSON.Geometry, options?: { unlessInView?: boolean }) => void;
  selected: SelectedFeature | null;
  /** Planners' own layers, offered as check inputs. */
  userLayers?: readonly LayerDef[];
  /** The preset check the link names (or null), and where a run or a clear reports it. */
  checkId?: string | null;
  onCheckIdChange?: (checkId: string | null) => void;
  /** The check whose result is drawn on the map (for the figures' legend), or null. */
  onResultDrawn?: (result: { kind: CheckSpec['kind']; title: string } | null) => void;
  /** The run that failed, as "title: why", or null: the page entry stops waiting for it. */
  onCheckFailed?: (failure: string | null) => void;
  /** Layers a filter narrows (the check gets only what passes), for the layer choices. */
  filtered?: Readonly<Record<string, { shown: number; total: number }>>;
  /**
   * Where the results drawer goes, under the map (null: results stay in this panel, as on a
   * phone, where the sidebar is the bottom sheet).
   */
  resultsHost?: HTMLElement | null;
}

/** The analysis workbench: measure, planning checks (presets, saved, new) and their results. */
export default function AnalysisPanel(props: AnalysisPanelProps) {
  const { lang, layers, onOverlay } = props;
  const runner = useCheckRunner();
  const [saved, setSaved] = useWorkspaceValue<NamedCheck[]>('checks', [], isNamedCheckList);
  const lastRun = useRef<{ spec: CheckSpec; title: string } | null>(null);

  const run = useCallback(
    (spec: CheckSpec, title: string) => {
      lastRun.current = { spec, title };
      runner.run(spec, title, layers, lang);
    },
    [runner, layers, lang],
  );

  const { onCheckIdChange } = props;
  const ranHere = useLinkedCheck({
    checkId: props.checkId ?? null,
    lang,
    layers,
    run,
    clear: runner.clear,
  });
  // Only presets have ids every browser knows; a saved or new check is not in the link.
  const runNamed = (check: NamedCheck, preset: boolean) => {
    const id = preset ? check.id : null;
    ranHere(id);
    onCheckIdChange?.(id);
    fitNext();
    run(check.spec, check.name[lang]);
  };

  const { state } = runner;
  const chosen = useChosenRow(
    state.status === 'done' ? state.table : null,
    onOverlay,
    props.onZoomToGeometry,
    state.status === 'cancelled' || state.status === 'error',
  );
  const { fitNext } = chosen;
  useEffect(
    () => onOverlay('analysis', state.status === 'done' ? state.overlayUrl : EMPTY),
    [state, onOverlay],
  );
  const { onResultDrawn } = props;
  useEffect(
    () =>
      onResultDrawn?.(
        state.status === 'done' ? { kind: state.spec.kind, title: state.title } : null,
      ),
    [state, onResultDrawn],
  );
  const { onCheckFailed } = props;
  useEffect(
    () => onCheckFailed?.(state.status === 'error' ? `${state.title}: ${state.message}` : null),
    [state, onCheckFailed],
  );
  const onMeasureOverlay = useCallback(
    (collection: GeoJSON.FeatureCollection) => onOverlay('measure', collection),
    [onOverlay],
  );

  const { userLayers } = props;
  const layerTitle = useCallback(
    (layerId: string) =>
      (LAYERS.find((layer) => layer.id === layerId) ?? userLayers?.find((l) => l.id === layerId))
        ?.title[lang] ?? layerId,
    [userLayers, lang],
  );
  const phone = usePhoneScreen();
  const host = phone ? null : (props.resultsHost ?? null);
  const results = (
    <ResultsView
      lang={lang}
      state={state}
      placement={host ? 'drawer' : 'inline'}
      onCancel={runner.cancel}
      onClear={() => {
        ranHere(null);
        onCheckIdChange?.(null);
        runner.clear();
      }}
      onRerun={() => lastRun.current && run(lastRun.current.spec, lastRun.current.title)}
      stale={state.status === 'done' && inputsChanged(state.inputs, layers)}
      chosenKey={chosen.chosenKey}
      onChoose={chosen.choose}
      onFit={() => chosen.fitToResults()}
      layerTitle={layerTitle}
    />
  );

  const busy = state.status === 'running';
  return (
    <div className="panel analysis-panel">
      <MeasureTool lang={lang} setMapTool={props.setMapTool} onOverlay={onMeasureOverlay} />
      <h2>{t(lang, 'checks')}</h2>
      <CheckList
        lang={lang}
        title={t(lang, 'presets')}
        checks={PRESET_CHECKS}
        disabled={busy}
        onRun={(check) => runNamed(check, true)}
      />
      <CheckList
        lang={lang}
        title={t(lang, 'savedChecks')}
        checks={saved}
        disabled={busy}
        onRun={(check) => runNamed(check, false)}
        onDelete={(check) => setSaved(saved.filter((c) => c.id !== check.id))}
      />
      <CheckForm
        lang={lang}
        selected={props.selected}
        filtered={props.filtered}
        {...(props.userLayers ? { userLayers: props.userLayers } : {})}
        disabled={busy}
        onRun={(spec, title) => {
          ranHere(null);
          onCheckIdChange?.(null);
          fitNext();
          run(spec, title);
        }}
        onSave={(spec, name) =>
          setSaved([
            ...saved,
            { id: `check-${Date.now().toString(36)}`, name: { vi: name, en: name }, spec },
          ])
        }
      />
      {host ? createPortal(results, host) : results}
    </div>
  );
}
