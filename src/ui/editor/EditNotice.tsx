import { useSyncExternalStore } from 'react';
import type { DocumentState, DocumentStore } from '../../core/document/index.ts';
import { featureName } from '../../core/format/featureText.ts';
import { type EditNoticeKind, editNoticeText } from '../../core/i18n/editNoticeMessages.ts';
import { te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';

/** What a form save or a delete did: to which feature, and the document it left. */
export interface EditNoticeState {
  kind: EditNoticeKind;
  /** The feature's properties, named in the UI's language when shown. */
  properties: GeoJSON.GeoJsonProperties;
  /** The document right after the change: the notice holds only while it is still current. */
  doc: DocumentState;
}

/**
 * The editor's status line: says what the last save or delete did, with Undo. It is current
 * only while the document is the one that change left (the next edit, an undo or a redo makes
 * it stale, so it goes): no timer, so a slow reader or a screen reader never loses it. The
 * live region is always in the page, so its text is announced when it appears.
 */
export function EditNotice(props: {
  lang: Lang;
  store: DocumentStore;
  notice: EditNoticeState | null;
  readOnly: boolean;
}) {
  const { lang, store, notice } = props;
  const doc = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const current = notice !== null && notice.doc === doc ? notice : null;
  const name = current ? featureName(current.properties, lang) || te(lang, 'unnamedFeature') : '';
  return (
    <div className="edit-notice" role="status" aria-live="polite" data-testid="edit-notice">
      {current && (
        <>
          <span>{editNoticeText(lang, current.kind, name)}</span>{' '}
          <button
            type="button"
            className="link"
            disabled={props.readOnly}
            onClick={() => store.undo()}
          >
            {te(lang, 'undo')}
          </button>
        </>
      )}
    </div>
  );
}
