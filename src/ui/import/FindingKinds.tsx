import { formatCount, tr } from '../../core/i18n/importReportMessages.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { findingKinds } from '../../core/import/finding-kinds.ts';
import { layerNameFromFile } from '../../core/import/import-target.ts';
import type { FullReport } from '../../core/import/reported-outcome.ts';
import type { Finding } from '../../core/validate/types.ts';
import { download } from '../download.ts';
import './import-report.css';

/** Where a finding is: line and column in the file, and its JSON path. */
export function where(finding: Finding, lang: Lang): string {
  const path = finding.path || finding.file;
  if (finding.line === undefined) return path;
  const place = `${t(lang, 'lineColumn')} ${finding.line}, ${t(lang, 'column')} ${finding.column}`;
  return finding.path ? `${place} · ${finding.path}` : place;
}

/** "Download the full report: JSON · CSV", every finding with its place. */
function FullReportLinks(props: { lang: Lang; fileName: string; report: FullReport }) {
  const { lang, report } = props;
  const base = `${layerNameFromFile(props.fileName)}-import-report`;
  return (
    <p className="full-report" data-testid="import-full-report">
      {tr(lang, 'fullReport')} (
      {tr(lang, 'fullReportRows', { n: formatCount(lang, report.findingCount) })}):{' '}
      <button
        type="button"
        data-testid="import-report-json"
        aria-label={`JSON: ${tr(lang, 'fullReport')}`}
        onClick={() => download(`${base}.json`, report.json)}
      >
        JSON
      </button>{' '}
      <button
        type="button"
        data-testid="import-report-csv"
        aria-label={`CSV: ${tr(lang, 'fullReport')}`}
        onClick={() => download(`${base}.csv`, report.csv)}
      >
        CSV
      </button>
    </p>
  );
}

/**
 * The findings of a file, one section per kind of problem: how many, the first ones with where
 * they are, "and 99,950 more like this", then the full report to download. Errors first.
 */
export function FindingKinds(props: {
  lang: Lang;
  fileName: string;
  errors: readonly Finding[];
  warnings: readonly Finding[];
  counts?: Readonly<Record<string, number>> | undefined;
  /** Whether the file was accepted: a kind counted but not listed is then a warning. */
  accepted?: boolean;
  omittedCount?: number;
  fullReport?: FullReport | undefined;
}) {
  const { lang } = props;
  const kinds = findingKinds(
    props.errors,
    props.warnings,
    props.counts,
    props.accepted === false ? 'error' : 'warning',
  );
  if (kinds.length === 0) return null;
  const unlisted = kinds.reduce((sum, kind) => sum + kind.count - kind.listed.length, 0);
  const otherOmitted = (props.omittedCount ?? 0) - unlisted;
  return (
    <div className="finding-kinds" data-testid="import-findings">
      {(['error', 'warning'] as const).map((severity) => {
        const ofSeverity = kinds.filter((kind) => kind.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <section key={severity}>
            <h3>{t(lang, severity === 'error' ? 'errors' : 'warnings')}</h3>
            {ofSeverity.map((kind, index) => (
              <details
                key={kind.code}
                className="finding-kind"
                data-testid="import-finding-kind"
                open={index === 0}
              >
                <summary>
                  <code>{kind.code}</code> · {formatCount(lang, kind.count)} {tr(lang, 'kindCount')}
                </summary>
                <ul className="findings">
                  {kind.listed.map((finding, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: findings are listed in file order and never reordered.
                    <li key={i}>
                      <code>{where(finding, lang)}</code> {finding.message}
                    </li>
                  ))}
                </ul>
                {kind.count > kind.listed.length && (
                  <p className="more-like-this" data-testid="import-more-like-this">
                    {tr(lang, 'moreLikeThis', {
                      n: formatCount(lang, kind.count - kind.listed.length),
                    })}
                  </p>
                )}
              </details>
            ))}
          </section>
        );
      })}
      {otherOmitted > 0 && (
        <p>
          {t(lang, 'moreFindings')} {formatCount(lang, otherOmitted)} {t(lang, 'moreFindingsTail')}
        </p>
      )}
      {props.fullReport && (
        <FullReportLinks lang={lang} fileName={props.fileName} report={props.fullReport} />
      )}
    </div>
  );
}
