import { te } from '../../core/i18n/embedMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { OwnLayerLeftOut } from '../../core/url/embed-layers.ts';

const quoted = (titles: readonly string[]) => titles.map((title) => `“${title}”`).join(', ');

/**
 * What the embed leaves out and why: the planner's own layers shown on the map, their filters,
 * and a selection in one of them. Nothing when the map shows registry layers only.
 */
export function OwnLayersNote(props: {
  lang: Lang;
  ownLayers: readonly OwnLayerLeftOut[];
  ownSelection: boolean;
}) {
  const { lang, ownLayers } = props;
  if (ownLayers.length === 0 && !props.ownSelection) return null;
  const filtered = ownLayers.filter((layer) => layer.filtered).map((layer) => layer.title);
  return (
    <div className="embed-own-layers" role="note" data-testid="embed-own-layers">
      {ownLayers.length > 0 && (
        <p>
          {te(lang, 'embedOwnLayers', { layers: quoted(ownLayers.map((layer) => layer.title)) })}{' '}
          {filtered.length > 0 && te(lang, 'embedOwnFilters', { layers: quoted(filtered) })}
        </p>
      )}
      {props.ownSelection && <p>{te(lang, 'embedOwnSelection')}</p>}
      {ownLayers.length > 0 && <p>{te(lang, 'embedOwnHowTo')}</p>}
    </div>
  );
}
