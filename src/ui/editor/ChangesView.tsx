import { useMemo, useSyncExternalStore } from 'react';
import {
  type DocumentStore,
  diffAgainstBase,
  type FeatureRef,
  revertPatch,
} from '../../core/document/index.ts';
import { layerDefOf } from '../../core/document/layerDefOf.ts';
import { te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { downloadChangeset } from './changesetFile.ts';

export interface ChangesViewProps {
  lang: Lang;
  store: DocumentStore;
  readOnly: boolean;
}

/** A feature's name for the list: its name in the language, else its key. */
function nameOf(feature: GeoJSON.Feature | undefined, key: string, lang: Lang): string {
  const name =
    feature?.properties?.[lang === 'en' ? 'name_en' : 'name'] ?? feature?.properties?.name;
  return typeof name === 'string' && name !== '' ? name : key;
}

/**
 * What was added, modified (which properties, whether the shape) and deleted against the bundled
 * data; each change, or all of them, can be reverted as one undoable step.
 */
export function ChangesView({ lang, store, readOnly }: ChangesViewProps) {
  const doc = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const base = store.getBase();
  const changes = useMemo(() => diffAgainstBase(doc, base), [doc, base]);
  const revert = (keys?: FeatureRef[]) => store.apply(revertPatch(doc, base, keys));
  const total = changes.reduce(
    (sum, c) => sum + c.added.length + c.modified.length + c.deleted.length,
    0,
  );

  const row = (layer: string, key: string, kind: 'added' | 'modified' | 'deleted', detail = '') => {
    const feature = (kind === 'deleted' ? base : doc).layers.get(layer)?.features.get(key);
    return (
      <li key={`${layer} ${key}`} data-change={kind}>
        <span className={`change-kind change-${kind}`}>{te(lang, kind)}</span>{' '}
        <span className="change-name">{nameOf(feature, key, lang)}</span>
        {detail && <span className="change-detail"> — {detail}</span>}{' '}
        <button
          type="button"
          className="link"
          disabled={readOnly}
          aria-label={`${te(lang, 'revert')}: ${nameOf(feature, key, lang)}`}
          onClick={() => revert([{ layer, key }])}
        >
          {te(lang, 'revert')}
        </button>
      </li>
    );
  };

  return (
    <section className="changes-view" aria-label={te(lang, 'changes')} data-testid="changes-view">
      <h3>
        {te(lang, 'changes')} ({total})
      </h3>
      {total === 0 && <p>{te(lang, 'noChanges')}</p>}
      {changes.map((change) => (
        <div key={change.layer}>
          <h4>{layerDefOf(doc, change.layer)?.title[lang] ?? change.layer}</h4>
          <ul>
            {change.added.map((key) => row(change.layer, key, 'added'))}
            {change.modified.map((m) =>
              row(
                change.layer,
                m.key,
                'modified',
                [...m.properties, ...(m.geometry ? [te(lang, 'geometryChanged')] : [])].join(', '),
              ),
            )}
            {change.deleted.map((key) => row(change.layer, key, 'deleted'))}
          </ul>
        </div>
      ))}
      <div className="form-actions">
        <button type="button" disabled={readOnly || total === 0} onClick={() => revert()}>
          {te(lang, 'revertAll')}
        </button>
        <button type="button" disabled={total === 0} onClick={() => downloadChangeset(store)}>
          {te(lang, 'downloadChangeset')}
        </button>
      </div>
    </section>
  );
}
