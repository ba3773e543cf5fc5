import { tid } from '../../core/i18n/importIdMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { FileImportOutcome } from '../../core/import/import-file.ts';
import type { RetryFix } from './useImport.ts';

/**
 * A file refused only because its ids are on the map already: replace those features by the
 * file's (a colleague's update, one undo step) or import the file as copies with new ids. When
 * some of them belong to a read-only layer, only copies are offered, and the report says why.
 */
export function IdClashChoice(props: {
  lang: Lang;
  onRetryWith: (fix: RetryFix) => void;
  /** How many of the clashing ids are held by read-only layers. */
  readOnlyCount: number;
}) {
  const { lang, onRetryWith, readOnlyCount } = props;
  const offer = (idCollision: 'replace' | 'copy') => (
    <button
      type="button"
      data-testid={`import-id-${idCollision}`}
      onClick={() => onRetryWith({ idCollision })}
    >
      {tid(lang, idCollision === 'replace' ? 'importIdReplace' : 'importIdCopy')}
    </button>
  );
  return (
    <div className="retry-ids" data-testid="import-id-choice">
      <p>{tid(lang, 'importIdClashHint')}</p>
      {readOnlyCount > 0 ? (
        <p data-testid="import-id-read-only">
          {readOnlyCount} {tid(lang, 'importIdReadOnly')}
        </p>
      ) : (
        offer('replace')
      )}{' '}
      {offer('copy')}
    </div>
  );
}

/** What an accepted import did with ids and text values: replaced, added, copied, converted. */
export function IdAndValueNotes(props: { lang: Lang; outcome: FileImportOutcome }) {
  const { lang, outcome } = props;
  const { replacedCount, copiedCount, convertedFields } = outcome;
  if (!outcome.accepted) return null;
  return (
    <>
      {replacedCount !== undefined && (
        <p data-testid="import-replaced">
          {tid(lang, 'importReplaced')} {replacedCount}, {tid(lang, 'importAdded')}{' '}
          {outcome.featureCount - replacedCount}.
        </p>
      )}
      {copiedCount !== undefined && (
        <p data-testid="import-copied">
          {copiedCount} {tid(lang, 'importCopied')}.
        </p>
      )}
      {convertedFields && convertedFields.length > 0 && (
        <p data-testid="import-converted">
          {tid(lang, 'importValuesConverted')} {convertedFields.join(', ')}.
        </p>
      )}
    </>
  );
}
