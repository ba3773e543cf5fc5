import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type ParsedPosition, parseCoordinates } from '../../core/coords/parse-coordinates.ts';
import { type FindingMessageKey, tf } from '../../core/i18n/finding-messages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import { getLayer } from '../../core/layers/registry.ts';
import type { SearchRecord } from '../../core/search/search-record.ts';
import { useSearchWorker } from './useSearchWorker.ts';

export interface SearchBoxProps {
  lang: Lang;
  collections: Readonly<Record<string, GeoJSON.FeatureCollection>>;
  /** A feature was chosen: fly to it and select it. */
  onFeature: (layerId: string, featureKey: string) => void;
  /** A typed position was chosen: fly there and mark it. */
  onPosition: (lngLat: [number, number]) => void;
  /** Layer titles for planners' own layers, which the registry does not know. */
  layerTitle?: (layerId: string) => string | undefined;
}

type Option =
  | { kind: 'position'; id: string; position: ParsedPosition }
  | { kind: 'feature'; id: string; record: SearchRecord };

const SYSTEM_LABEL: Record<ParsedPosition['system'], FindingMessageKey> = {
  wgs84: 'wgs84System',
  'vn2000-tm3-105': 'vn2000System',
  'utm-48n': 'utmSystem',
};

/**
 * The search box: an ARIA 1.2 combobox whose listbox groups the results by layer. Arrow keys
 * move through the options, Enter takes one, Esc closes the list (and clears on a second Esc).
 */
export function SearchBox({
  lang,
  collections,
  onFeature,
  onPosition,
  layerTitle,
}: SearchBoxProps) {
  const { hits, query, prepare } = useSearchWorker(collections);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // The active option by id, not index: results arrive while the planner types, and the
  // first option is active until the arrow keys choose another, so Enter takes the best match.
  const [activeId, setActiveId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const position = useMemo(() => parseCoordinates(text), [text]);
  const options: Option[] = useMemo(() => {
    const list: Option[] = [];
    if (position) list.push({ kind: 'position', id: 'position', position });
    for (const hit of hits) {
      list.push({
        kind: 'feature',
        id: `${hit.record.layerId}/${hit.record.featureKey}`,
        record: hit.record,
      });
    }
    // Grouped by layer (in the order of each layer's best match), so the arrow keys walk the
    // options in the order they are shown.
    return groupByLayer(list).flatMap((group) => group.items.map((item) => item.option));
  }, [hits, position]);

  const chosenIndex = options.findIndex((option) => option.id === activeId);
  const active = chosenIndex >= 0 ? chosenIndex : options.length > 0 ? 0 : -1;

  // "/" (or Ctrl+K) from anywhere focuses the box, as in most map and code tools.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      const isSlash = event.key === '/' && !typing;
      const isCtrlK = event.key === 'k' && (event.ctrlKey || event.metaKey);
      if (!isSlash && !isCtrlK) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'position') onPosition(option.position.lngLat);
    else onFeature(option.record.layerId, option.record.featureKey);
    setOpen(false);
  };

  const expanded = open && text.trim() !== '';
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = options[(active + step + options.length) % options.length];
      setActiveId(next?.id ?? null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape') {
      // Esc closes the list, then clears the text; on an empty, closed box it goes on to close
      // the inspector like anywhere else.
      if (expanded) setOpen(false);
      else if (text !== '') {
        setText('');
        query('');
      } else return;
      event.stopPropagation();
      event.nativeEvent.preventDefault();
    }
  };

  const groups = groupByLayer(options);
  const titleOf = (layerId: string) =>
    getLayer(layerId)?.title[lang] ?? layerTitle?.(layerId) ?? layerId;
  const label = (record: SearchRecord) => record.label[lang];
  const status = expanded ? `${options.length} ${tf(lang, 'searchCount')}` : '';

  return (
    <search className="search-box" aria-label={tf(lang, 'search')}>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={tf(lang, 'search')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={tf(lang, 'searchPlaceholder')}
        title={tf(lang, 'searchTitle')}
        value={text}
        data-testid="search-input"
        onChange={(event) => {
          setText(event.target.value);
          setActiveId(null);
          setOpen(true);
          query(event.target.value);
        }}
        onFocus={() => {
          prepare();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span className="visually-hidden" aria-live="polite">
        {status}
      </span>
      <div
        id={listId}
        role="listbox"
        aria-label={tf(lang, 'searchResults')}
        className="search-results"
        hidden={!expanded}
        data-testid="search-results"
      >
        {expanded && options.length === 0 && (
          <p className="search-none">{tf(lang, 'searchNone')}</p>
        )}
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: a listbox group has no HTML element.
          <div role="group" key={group.key} aria-labelledby={`${listId}-${group.key}`}>
            <div role="presentation" className="search-group" id={`${listId}-${group.key}`}>
              {group.key === 'position' ? tf(lang, 'searchPositionGroup') : titleOf(group.key)}
            </div>
            {group.items.map(({ option, index }) => (
              <div
                key={option.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className="search-option"
                data-testid="search-option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
                onKeyDown={() => undefined}
              >
                {option.kind === 'position'
                  ? `${tf(lang, 'searchGoTo')} ${option.position.lngLat[1].toFixed(6)}, ${option.position.lngLat[0].toFixed(6)} (${tf(lang, SYSTEM_LABEL[option.position.system])})`
                  : label(option.record)}
              </div>
            ))}
          </div>
        ))}
      </div>
    </search>
  );
}

function groupByLayer(options: Option[]) {
  const groups: { key: string; items: { option: Option; index: number }[] }[] = [];
  options.forEach((option, index) => {
    const key = option.kind === 'position' ? 'position' : option.record.layerId;
    let group = groups.find((candidate) => candidate.key === key);
    if (!group) {
      group = { key, items: [] };
      groups.push(group);
    }
    group.items.push({ option, index });
  });
  return groups;
}
