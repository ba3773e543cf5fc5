import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DocumentStore } from '../../core/document/index.ts';
import { te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { showProblemMarkers } from '../../editor/problemMarkers.ts';
import { findProblems } from '../../editor/problems.ts';
import type { MapController } from '../../map/MapController.ts';

export interface ProblemsListProps {
  lang: Lang;
  store: DocumentStore;
  controller: () => MapController | null;
}

/**
 * Every problem the validator finds in the edited features, listed and marked on the map; a
 * click zooms to it. Invalid features stay as they are: they are shown, never dropped or fixed.
 */
export function ProblemsList({ lang, store, controller }: ProblemsListProps) {
  const doc = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const problems = useMemo(() => findProblems(doc, store.getBase(), lang), [doc, store, lang]);
  useEffect(() => {
    const mapController = controller();
    if (mapController?.isStyleReady) showProblemMarkers(mapController.map, problems);
  }, [problems, controller]);
  useEffect(
    () => () => {
      const mapController = controller();
      if (mapController?.isStyleReady) showProblemMarkers(mapController.map, []);
    },
    [controller],
  );
  const name = (layer: string, key: string): string => {
    const properties = doc.layers.get(layer)?.features.get(key)?.properties;
    const value = properties?.[lang === 'en' ? 'name_en' : 'name'] ?? properties?.name;
    // Not the feature's key (`industrial-zones-9lotnqn65c3e`): a planner never sees keys.
    return typeof value === 'string' && value !== '' ? value : te(lang, 'unnamedFeature');
  };
  return (
    <section className="problems" aria-label={te(lang, 'problems')} data-testid="problems">
      <h3>
        {te(lang, 'problems')} ({problems.length})
      </h3>
      {problems.length === 0 ? (
        <p>{te(lang, 'noProblems')}</p>
      ) : (
        <ul>
          {problems.map((problem) => (
            <li
              key={`${problem.layer} ${problem.key} ${problem.code} ${problem.message}`}
              data-code={problem.code}
            >
              <button
                type="button"
                className={`link problem-${problem.severity}`}
                disabled={!problem.position}
                onClick={() => problem.position && controller()?.focusOn(problem.position)}
              >
                {name(problem.layer, problem.key)}: {problem.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
