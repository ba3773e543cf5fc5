import { ti } from '../../core/i18n/importMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { ImportProgress } from '../../core/import/import-protocol.ts';

const MB = 1024 * 1024;

/** The share of the work done, 0–100: reading is the first 60 %, handing over the last 30 %. */
export function progressPercent(progress: ImportProgress): number {
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  if (progress.phase === 'read') return Math.floor(share * 60);
  if (progress.phase === 'check') return 65;
  return Math.floor(70 + share * 30);
}

function progressText(lang: Lang, progress: ImportProgress): string {
  if (progress.phase === 'check') return ti(lang, 'importChecking');
  if (progress.phase === 'read') {
    const done = (progress.done / MB).toFixed(1);
    const total = (progress.total / MB).toFixed(1);
    return `${ti(lang, 'importReading')}: ${done} / ${total} MB`;
  }
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return `${ti(lang, 'importReceiving')}: ${number.format(progress.done)} / ${number.format(progress.total)}`;
}

/** A file being imported: what is happening, a percentage, and Cancel. */
export function ImportProgressView(props: {
  lang: Lang;
  progress: ImportProgress;
  queued: number;
  onCancel: () => void;
}) {
  const { lang, progress } = props;
  const percent = progressPercent(progress);
  return (
    <div className="import-progress" data-testid="import-progress">
      <progress max={100} value={percent} aria-label={progressText(lang, progress)} />
      <p>
        <span data-testid="import-percent">{percent} %</span> · {progressText(lang, progress)}
        {props.queued > 0 && ` · ${props.queued} ${ti(lang, 'importQueued')}`}
      </p>
      <button type="button" data-testid="import-cancel" onClick={props.onCancel}>
        {ti(lang, 'importCancel')}
      </button>
    </div>
  );
}
