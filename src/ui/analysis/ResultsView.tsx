import { useEffect, useRef } from 'react';
import { emptyHintText } from '../../core/checks/empty-hint-text.ts';
import { exportOutcome } from '../../core/checks/export-outcome.ts';
import type { ResultRow } from '../../core/checks/result-table.ts';
import { sharesPastWhole } from '../../core/checks/shares-past-whole.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { tr } from '../../core/i18n/resultsMessages.ts';
import { downloadText } from '../download.ts';
import { usePersistentState } from '../hooks/usePersistentState.ts';
import { LeftOutList } from './LeftOutList.tsx';
import { ResizeHandle } from './ResizeHandle.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import type { RunState } from './useCheckRunner.ts';
import './results.css';

/** The drawer's height bounds: a header and three rows at least, most of the window at most. */
const MIN_HEIGHT_PX = 140;
const DEFAULT_HEIGHT_PX = 280;
const isHeight = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;
const maxHeightPx = () => Math.max(MIN_HEIGHT_PX, Math.round(window.innerHeight * 0.7));

export interface ResultsViewProps {
  lang: Lang;
  state: RunState;
  /**
   * `drawer`: a resizable panel under the map (desktop and tablet); `inline`: in the sidebar's
   * bottom sheet (phone).
   */
  placement: 'drawer' | 'inline';
  onCancel: () => void;
  onClear: () => void;
  onRerun: () => void;
  /** A layer the result read has changed since it ran: the numbers may be out of date. */
  stale?: boolean;
  /** The row chosen in the table (highlighted on the map), by key. */
  chosenKey: string | null;
  onChoose: (row: ResultRow) => void;
  onFit: () => void;
  /** A layer's title in the UI's language, for the hint under an empty result. */
  layerTitle: (layerId: string) => string;
}

/**
 * A check's progress with a cancel button, then its table, exports and the map actions, as a
 * landmark with a heading. The table scrolls under a header that stays.
 */
export function ResultsView(props: ResultsViewProps) {
  const { lang, state, placement } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const [heightPx, setHeightPx] = usePersistentState('resultsHeight', DEFAULT_HEIGHT_PX, isHeight);
  const title = state.status === 'idle' ? null : state.title;
  // In the sidebar, bring a new run's results into view: they sit below the check lists.
  useEffect(() => {
    if (title && placement === 'inline')
      sectionRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [title, placement]);
  if (state.status === 'idle') return null;
  const Heading = placement === 'drawer' ? 'h2' : 'h3';
  const drawer = placement === 'drawer';
  return (
    <section
      ref={sectionRef}
      className={drawer ? 'tool results results-drawer' : 'tool results'}
      aria-labelledby="results-title"
      data-testid="results"
      data-placement={placement}
      style={drawer ? { height: Math.min(heightPx, maxHeightPx()) } : undefined}
    >
      {drawer && (
        <ResizeHandle
          label={tr(lang, 'resizeResults')}
          heightPx={Math.min(heightPx, maxHeightPx())}
          minPx={MIN_HEIGHT_PX}
          maxPx={maxHeightPx()}
          onResize={setHeightPx}
        />
      )}
      <div className="results-head">
        <Heading id="results-title">
          {t(lang, 'results')}: {state.title}
        </Heading>
        {state.status === 'done' && <DoneActions {...props} state={state} />}
      </div>
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
      {state.status === 'done' && props.stale && (
        <p className="results-stale" role="status" data-testid="results-stale">
          {tr(lang, 'resultsStale')}{' '}
          <button type="button" onClick={props.onRerun}>
            {t(lang, 'rerun')}
          </button>
        </p>
      )}
      {state.status === 'done' && (
        <>
          <LeftOutList lang={lang} leftOut={state.table.leftOut} />
          {state.table.rows.length === 0 ? (
            <p className="results-empty" data-testid="results-empty" role="status">
              {state.table.hint
                ? emptyHintText(state.table.hint, lang, props.layerTitle)
                : t(lang, 'noResults')}
            </p>
          ) : (
            <div className="results-scroll">
              <ResultsTable
                lang={lang}
                columns={state.table.columns}
                rows={state.table.rows}
                chosenKey={props.chosenKey}
                onChoose={props.onChoose}
              />
            </div>
          )}
          {sharesPastWhole(state.table.rows).map((column) => (
            <p key={column} className="hint" data-testid="results-footnote">
              {tr(lang, column === 'shareOfA' ? 'sharesPastWholeA' : 'sharesPastWholeB')}
            </p>
          ))}
          <p className="hint">{t(lang, 'geodesicNote')}</p>
        </>
      )}
    </section>
  );
}

/** The count, the exports, fit to results, run again and clear. */
function DoneActions(props: ResultsViewProps & { state: Extract<RunState, { status: 'done' }> }) {
  const { lang, state } = props;
  return (
    <div className="row results-actions">
      <span data-testid="results-count">
        {state.table.rows.length} {t(lang, 'rowsCount')}
      </span>
      {state.table.rows.length > 0 && (
        <button type="button" onClick={props.onFit}>
          {tr(lang, 'fitToResults')}
        </button>
      )}
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
  );
}
