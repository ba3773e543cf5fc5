import { lazy, Suspense, useState } from 'react';
import { CRS_DEFS, type CrsCode, crsDef } from '../../core/crs/vn2000.ts';
import type { TextEncoding } from '../../core/formats/types.ts';
import { ti } from '../../core/i18n/importMessages.ts';
import { tt } from '../../core/i18n/importTargetMessages.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { FileImportOutcome } from '../../core/import/import-file.ts';
import type { Landing } from '../../core/import/import-patch.ts';
import type { ImportTarget } from '../../core/import/import-target.ts';
import { EarlierFiles } from './EarlierFiles.tsx';
import { FindingKinds } from './FindingKinds.tsx';
import { IdAndValueNotes, IdClashChoice } from './IdClashChoice.tsx';
import { ImportConfirm } from './ImportConfirm.tsx';
import { ImportProgressView } from './ImportProgressView.tsx';
import { ImportTargetChoice } from './ImportTargetChoice.tsx';
import { type TargetLayer, targetOptions } from './targetOptions.ts';
import type { EarlierFile, ImportState, RetryFix } from './useImport.ts';
import { useReportFold } from './useReportFold.ts';
import './import-report-fold.css';

// The field check carries the validator's property rules: loaded when a file waits for its layer,
// not with the app.
const LayerFieldWarnings = lazy(() =>
  import('./LayerFieldWarnings.tsx').then((m) => ({ default: m.LayerFieldWarnings })),
);

/** Read a file again in another coordinate system (VN-2000 files are common). */
function RetryInCrs(props: {
  lang: Lang;
  hint: 'importProjectedHint' | 'importCrsGuessed' | 'importUnknownCrsHint';
  suggested?: CrsCode;
  current: CrsCode;
  onRetry: (code: CrsCode) => void;
}) {
  const { lang } = props;
  const choices = CRS_DEFS.filter((def) => def.code !== props.current);
  const [choice, setChoice] = useState<CrsCode>(props.suggested ?? choices[0]?.code ?? 'EPSG:5897');
  return (
    <div className="retry-crs">
      <p>{t(lang, props.hint)}</p>
      <select
        aria-label={t(lang, 'importReadAs')}
        value={choice}
        onChange={(e) => setChoice(e.target.value as CrsCode)}
      >
        {choices.map((def) => (
          <option key={def.code} value={def.code}>
            {def.title[lang]} ({def.code})
          </option>
        ))}
      </select>
      <button type="button" onClick={() => props.onRetry(choice)}>
        {t(lang, 'importRetryAs')}
      </button>
    </div>
  );
}

const ENCODINGS: readonly { code: TextEncoding; title: string }[] = [
  { code: 'utf-8', title: 'UTF-8 (Unicode)' },
  { code: 'tcvn3', title: 'TCVN3 (ABC)' },
  { code: 'vni', title: 'VNI-Windows' },
  { code: 'windows-1258', title: 'Windows-1258' },
];

/** The detected text encoding, and a way to read the file again in another. */
function EncodingChoice(props: {
  lang: Lang;
  current: TextEncoding;
  onRetry: (encoding: TextEncoding) => void;
}) {
  const [choice, setChoice] = useState<TextEncoding>(props.current);
  return (
    <div className="retry-encoding">
      <label>
        {t(props.lang, 'importEncoding')}{' '}
        <select
          value={choice}
          data-testid="import-encoding"
          onChange={(e) => setChoice(e.target.value as TextEncoding)}
        >
          {ENCODINGS.map((encoding) => (
            <option key={encoding.code} value={encoding.code}>
              {encoding.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={choice === props.current}
        onClick={() => props.onRetry(choice)}
      >
        {t(props.lang, 'importEncodingApply')}
      </button>
    </div>
  );
}

/**
 * The fixes that apply to this outcome, and only those: a coordinate system for projected
 * metres, an unknown .prj or a guessed system; swapped axes for latitude-first files. A syntax
 * error or an unsupported format gets none; ids already on the map get "replace" or "copies".
 */
function Fixes({
  lang,
  outcome,
  onRetry,
  onRetryWith,
}: {
  lang: Lang;
  outcome: FileImportOutcome;
  onRetry: (code: CrsCode) => void;
  onRetryWith?: (fix: RetryFix) => void;
}) {
  const crsHint = outcome.accepted
    ? outcome.crsGuessed && 'importCrsGuessed'
    : outcome.crsFixApplies &&
      (outcome.formatRefused ? 'importUnknownCrsHint' : 'importProjectedHint');
  return (
    <>
      {crsHint && (
        <RetryInCrs
          lang={lang}
          hint={crsHint}
          current={outcome.sourceCrs}
          onRetry={onRetry}
          {...(outcome.suggestedCrs && { suggested: outcome.suggestedCrs })}
        />
      )}
      {!outcome.accepted && outcome.swapFixApplies && onRetryWith && (
        <div className="retry-swap">
          <p>{t(lang, 'importSwapHint')}</p>
          <button type="button" onClick={() => onRetryWith({ swapAxes: true })}>
            {t(lang, 'importSwapAxes')}
          </button>
        </div>
      )}
      {!outcome.accepted && (outcome.idClashCount ?? 0) > 0 && onRetryWith && (
        <IdClashChoice
          lang={lang}
          onRetryWith={onRetryWith}
          readOnlyCount={outcome.readOnlyClashCount ?? 0}
        />
      )}
      {outcome.encoding && outcome.encoding !== 'utf-8' && onRetryWith && (
        <EncodingChoice
          lang={lang}
          current={outcome.encoding}
          onRetry={(encoding) => onRetryWith({ encoding })}
        />
      )}
    </>
  );
}

/** "Imported N features into “Layer”", or into the new layer(s) named after the file. */
function AcceptedSummary(props: {
  lang: Lang;
  outcome: FileImportOutcome;
  landing: Landing | undefined;
  layerTitle: (layerId: string) => string;
}) {
  const { lang, outcome, landing } = props;
  const created = landing?.layers.filter((layer) => layer.created) ?? [];
  const into = t(lang, outcome.featureCount === 1 ? 'importFeatureInto' : 'importFeaturesInto');
  const names =
    created.length > 0
      ? `${ti(lang, created.length > 1 ? 'importLandedInMany' : 'importLandedIn')} ${created.map((layer) => `“${layer.name}”`).join(', ')}`
      : `${into} “${props.layerTitle(landing?.layers[0]?.id ?? outcome.layerId)}”`;
  return (
    <p className="ok import-report-line" data-testid="import-summary">
      {t(lang, 'importAccepted')} {outcome.featureCount}{' '}
      {created.length > 0
        ? `${ti(lang, outcome.featureCount === 1 ? 'featureOne' : 'featureMany')} ${names}`
        : names}
      . {t(lang, 'importSavedNote')}
    </p>
  );
}

/** The report's header line: the file being read or reported on. */
function reportTitle(state: Exclude<ImportState, { status: 'idle' }>): string {
  return state.status === 'finished' || state.status === 'confirm'
    ? state.outcome.fileName
    : state.fileName;
}

/** What was learnt reading the file, and the fixes that apply, whether it landed yet or not. */
function OutcomeDetails(props: {
  lang: Lang;
  outcome: FileImportOutcome;
  earlier: readonly EarlierFile[];
  layerTitle: (layerId: string) => string;
  onRetry: (code: CrsCode) => void;
  onRetryWith?: ((fix: RetryFix) => void) | undefined;
}) {
  const { lang, outcome, onRetryWith } = props;
  return (
    <>
      {outcome.sourceCrs !== 'EPSG:4326' && (
        <p data-testid="import-crs">
          {t(lang, 'importReadAs')}: {crsDef(outcome.sourceCrs).title[lang]} ({outcome.sourceCrs}
          ), {t(lang, 'importConverted')}.
        </p>
      )}
      <IdAndValueNotes lang={lang} outcome={outcome} />
      <Fixes
        lang={lang}
        outcome={outcome}
        onRetry={props.onRetry}
        {...(onRetryWith && { onRetryWith })}
      />
      <FindingKinds
        lang={lang}
        fileName={outcome.fileName}
        errors={outcome.errors}
        warnings={outcome.warnings}
        counts={outcome.findingCounts}
        accepted={outcome.accepted}
        omittedCount={outcome.omittedCount}
        fullReport={outcome.fullReport}
      />
      <EarlierFiles lang={lang} files={props.earlier} layerTitle={props.layerTitle} />
    </>
  );
}

/**
 * What happened to an imported file: its progress while it is read (with Cancel), then what was
 * added and where (with a choice of another layer), or why nothing was, and where.
 */
export function ImportReport({
  lang,
  state,
  onDismiss,
  onRetry,
  onRetryWith,
  onCancel,
  onConfirm,
  targets = [],
  layerTitle = (id) => id,
}: {
  lang: Lang;
  state: ImportState;
  onDismiss: () => void;
  onRetry: (code: CrsCode) => void;
  /** Read the last file again with a fix (swapped axes, another encoding, another layer). */
  onRetryWith?: (fix: RetryFix) => void;
  /** Stop the file being read; the layers stay as they were. */
  onCancel?: () => void;
  /** Lands the file waiting for its layer in the one chosen (`null`: not at all). */
  onConfirm?: (target: ImportTarget | null) => void;
  /** The existing layers an accepted file may go to (the incompatible ones shown disabled). */
  targets?: readonly TargetLayer[];
  /** A layer's title in the UI's language (registry and planners' layers). */
  layerTitle?: (layerId: string) => string;
}) {
  const fold = useReportFold(state, state.status === 'idle' ? '' : reportTitle(state));
  if (state.status === 'idle') return null;
  return (
    <aside
      className={fold.folded ? 'panel import-report folded' : 'panel import-report'}
      role="status"
      aria-live="polite"
      data-testid="import-report"
    >
      <header>
        <h2>{reportTitle(state)}</h2>
        <button
          type="button"
          className="fold"
          onClick={fold.toggle}
          aria-expanded={!fold.folded}
          aria-label={ti(lang, fold.folded ? 'importUnfold' : 'importFold')}
          data-testid="import-fold"
        >
          {fold.folded ? '▴' : '▾'}
        </button>
        <button type="button" className="close" onClick={onDismiss} aria-label={t(lang, 'close')}>
          ×
        </button>
      </header>
      {state.status === 'working' && (
        <ImportProgressView
          lang={lang}
          progress={state.progress}
          queued={state.queued}
          onCancel={onCancel ?? onDismiss}
        />
      )}
      {state.status === 'cancelled' && (
        <>
          <p className="import-report-line" data-testid="import-cancelled">
            {state.declined ? tt(lang, 'importDiscarded') : ti(lang, 'importCancelled')}
          </p>
          <EarlierFiles lang={lang} files={state.earlier ?? []} layerTitle={layerTitle} />
        </>
      )}
      {state.status === 'failed' && (
        <>
          <p className="error import-report-line" data-testid="import-failed">
            {state.message}
          </p>
          <EarlierFiles lang={lang} files={state.earlier ?? []} layerTitle={layerTitle} />
        </>
      )}
      {state.status === 'confirm' && (
        <>
          <ImportConfirm
            lang={lang}
            fileName={state.outcome.fileName}
            featureCount={state.outcome.featureCount}
            options={targetOptions(lang, targets, state.shape)}
            onConfirm={onConfirm ?? (() => onDismiss())}
            fieldWarnings={(layerId) => {
              const target = targets.find((candidate) => candidate.id === layerId);
              return (
                target && (
                  <Suspense fallback={null}>
                    <LayerFieldWarnings
                      key={layerId}
                      lang={lang}
                      fileName={state.outcome.fileName}
                      features={state.features}
                      layer={target.layer}
                      layerTitle={target.title}
                    />
                  </Suspense>
                )
              );
            }}
          />
          <OutcomeDetails
            lang={lang}
            outcome={state.outcome}
            earlier={state.earlier}
            layerTitle={layerTitle}
            onRetry={onRetry}
            onRetryWith={onRetryWith}
          />
          {state.queued > 0 && (
            <p>
              {state.queued} {ti(lang, 'importQueued')}
            </p>
          )}
        </>
      )}
      {state.status === 'finished' && (
        <>
          {state.outcome.accepted ? (
            <AcceptedSummary
              lang={lang}
              outcome={state.outcome}
              landing={state.landing}
              layerTitle={layerTitle}
            />
          ) : (
            <p className="error import-report-line" data-testid="import-summary">
              {t(lang, 'importRejected')}
            </p>
          )}
          {state.outcome.accepted && onRetryWith && (
            <ImportTargetChoice
              lang={lang}
              current={state.target}
              options={targetOptions(lang, targets, state.shape)}
              onMove={(target: ImportTarget) => onRetryWith({ target })}
            />
          )}
          <OutcomeDetails
            lang={lang}
            outcome={state.outcome}
            earlier={state.earlier}
            layerTitle={layerTitle}
            onRetry={onRetry}
            onRetryWith={onRetryWith}
          />
        </>
      )}
    </aside>
  );
}
