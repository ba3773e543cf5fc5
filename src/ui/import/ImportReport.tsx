import { useState } from 'react';
import { CRS_DEFS, type CrsCode, crsDef } from '../../core/crs/vn2000.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { Finding } from '../../core/validate/types.ts';
import type { ImportState } from './useImport.ts';

function where(finding: Finding, lang: Lang): string {
  const path = finding.path || finding.file;
  if (finding.line === undefined) return path;
  const place = `${t(lang, 'lineColumn')} ${finding.line}, ${t(lang, 'column')} ${finding.column}`;
  return finding.path ? `${place} · ${finding.path}` : place;
}

function FindingList({
  lang,
  title,
  findings,
}: {
  lang: Lang;
  title: string;
  findings: readonly Finding[];
}) {
  if (findings.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="findings">
        {findings.map((finding, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: findings are listed in file order and never reordered.
          <li key={i}>
            <code>{where(finding, lang)}</code> {finding.message}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Read a rejected file again in another coordinate system (VN-2000 files are common). */
function RetryInCrs(props: {
  lang: Lang;
  suggested?: CrsCode;
  current: CrsCode;
  onRetry: (code: CrsCode) => void;
}) {
  const { lang } = props;
  const choices = CRS_DEFS.filter((def) => def.code !== props.current);
  const [choice, setChoice] = useState<CrsCode>(props.suggested ?? choices[0]?.code ?? 'EPSG:5897');
  return (
    <div className="retry-crs">
      {props.suggested && <p>{t(lang, 'importProjectedHint')}</p>}
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

/** What happened to an imported file: what was added, or why nothing was, and where. */
export function ImportReport({
  lang,
  state,
  onDismiss,
  onRetry,
}: {
  lang: Lang;
  state: ImportState;
  onDismiss: () => void;
  onRetry: (code: CrsCode) => void;
}) {
  if (state.status === 'idle') return null;
  return (
    <aside
      className="panel import-report"
      role="status"
      aria-live="polite"
      data-testid="import-report"
    >
      <header>
        <h2>
          {state.status === 'checking' || state.status === 'failed'
            ? state.fileName
            : state.outcome.fileName}
        </h2>
        <button type="button" className="close" onClick={onDismiss} aria-label={t(lang, 'close')}>
          ×
        </button>
      </header>
      {state.status === 'checking' && <p>{t(lang, 'importing')}</p>}
      {state.status === 'failed' && <p className="error">{state.message}</p>}
      {state.status === 'finished' && (
        <>
          {state.outcome.accepted ? (
            <p className="ok" data-testid="import-summary">
              {t(lang, 'importAccepted')} {state.outcome.featureCount}{' '}
              {t(
                lang,
                state.outcome.featureCount === 1 ? 'importFeatureInto' : 'importFeaturesInto',
              )}{' '}
              “{getLayer(state.outcome.layerId)?.title[lang]}”. {t(lang, 'importSessionNote')}
            </p>
          ) : (
            <p className="error" data-testid="import-summary">
              {t(lang, 'importRejected')}
            </p>
          )}
          {state.outcome.sourceCrs !== 'EPSG:4326' && (
            <p data-testid="import-crs">
              {t(lang, 'importReadAs')}: {crsDef(state.outcome.sourceCrs).title[lang]} (
              {state.outcome.sourceCrs}), {t(lang, 'importConverted')}.
            </p>
          )}
          {!state.outcome.accepted && (
            <RetryInCrs
              lang={lang}
              current={state.outcome.sourceCrs}
              onRetry={onRetry}
              {...(state.outcome.suggestedCrs && { suggested: state.outcome.suggestedCrs })}
            />
          )}
          <FindingList lang={lang} title={t(lang, 'errors')} findings={state.outcome.errors} />
          <FindingList lang={lang} title={t(lang, 'warnings')} findings={state.outcome.warnings} />
          {state.outcome.omittedCount > 0 && (
            <p>
              {t(lang, 'moreFindings')} {state.outcome.omittedCount} {t(lang, 'moreFindingsTail')}
            </p>
          )}
        </>
      )}
    </aside>
  );
}
