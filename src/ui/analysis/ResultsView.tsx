import { useEffect, useRef } from 'react';
import { emptyHintText } from '../../core/checks/empty-hint-text.ts';
import { exportOutcome } from '../../core/checks/export-outcome.ts';
import type { ResultRow } from '../../core/checks/result-table.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { downloadText } from '../download.ts';
import { LeftOutList } from './LeftOutList.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import type { RunState } from './useCheckRunner.ts';

/** Progress with a cancel button while a check runs; then the table and its exports. */
export function ResultsView(props: {
  lang: Lang;
  state: RunState;
  onCancel: () => void;
  onClear: () => void;
  onRerun: () => void;
  onRowClick: (row: ResultRow) => void;
  /** A layer's title in the UI's language, for the hint under an empty result. */
  layerTitle: (layerId: string) => string;
}) {
  const { lang, state } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const title = state.status === 'idle' ? null : state.title;
  // Bring a new run's progress and results into view: they sit below the check lists.
  useEffect(() => {
    if (title) sectionRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [title]);
  if (state.status === 'idle') return null;
  return (
    <section
      ref={sectionRef}
      className="tool results"
      aria-labelledby="results-title"
      data-testid="results"
    >
      <h3 id="results-title">
        {t(lang, 'results')}: {state.title}
      </h3>
      {state.status === 'running' && (
        <div className="progress" role="status">
          <progress
            value={state.done}
            max={Math.max(state.total, 1)}
            aria-label={t(lang, 'running')}
          />
          <span>{t(lang, 'running')}</span>
          <button type="button" onClick={props.onCancel}>
            {t(lang, 'cancel')}
          </button>
        </div>
      )}
      {state.status === 'cancelled' && <p role="status">{t(lang, 'cancelled')}</p>}
      {state.status === 'error' && (
        <p role="alert" className="error">
          {t(lang, 'analysisError')}: {state.message}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <div className="row">
            <span data-testid="results-count">
              {state.table.rows.length} {t(lang, 'rowsCount')}
            </span>
            <button
              type="button"
              onClick={() =>
                downloadText('giapranh-check.csv', exportOutcome(state.outcome, 'csv'), 'text/csv')
              }
            >
              {t(lang, 'exportCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  'giapranh-check.geojson',
                  exportOutcome(state.outcome, 'geojson'),
                  'application/geo+json',
                )
              }
            >
              {t(lang, 'exportGeojson')}
            </button>
            <button type="button" onClick={props.onRerun}>
              {t(lang, 'rerun')}
            </button>
            <button type="button" className="link" onClick={props.onClear}>
              {t(lang, 'clearResults')}
            </button>
          </div>
          <LeftOutList lang={lang} leftOut={state.table.leftOut} />
          {state.table.rows.length === 0 ? (
            <p data-testid="results-empty" role="status">
              {state.table.hint
                ? emptyHintText(state.table.hint, lang, props.layerTitle)
                : t(lang, 'noResults')}
            </p>
          ) : (
            <ResultsTable
              lang={lang}
              columns={state.table.columns}
              rows={state.table.rows}
              onRowClick={props.onRowClick}
            />
          )}
          <p className="hint">{t(lang, 'geodesicNote')}</p>
        </>
      )}
    </section>
  );
}
