import { useMemo, useState, useSyncExternalStore } from 'react';
import { type DocumentStore, editPropertiesPatch } from '../../../core/document/index.ts';
import { to } from '../../../core/i18n/editOpsMessages.ts';
import type { Lang } from '../../../core/i18n/messages.ts';
import type { LayerDef } from '../../../core/layers/types.ts';
import { formFields } from '../../../core/schema-form/formFields.ts';
import { MultiEdit } from './MultiEdit.tsx';
import { TableCell } from './TableCell.tsx';
import { useTableRows } from './useTableRows.ts';
import { useVirtualRows } from './useVirtualRows.ts';
import './table.css';

export interface AttributeTableProps {
  lang: Lang;
  store: DocumentStore;
  layer: LayerDef;
  readOnly: boolean;
  /** A plain row click: select the feature on the map and fly to it. */
  onActivate: (key: string) => void;
  onClose: () => void;
}

const ROW_HEIGHT_PX = 28;
const VIEWPORT_PX = 320;

/**
 * A layer's attribute table: sortable headers, a filter, editable cells, several rows
 * selectable (Ctrl+click, Shift+click) and one field edited for all of them in one patch.
 * Only the rows in view are rendered.
 */
export function AttributeTable({ lang, store, layer, readOnly, ...props }: AttributeTableProps) {
  const doc = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const state = doc.layers.get(layer.id);
  const fields = useMemo(() => formFields(layer), [layer]);
  const { rows, query, setQuery, sort, toggleSort } = useTableRows(state, lang);
  const { window, onScroll } = useVirtualRows(rows.length, ROW_HEIGHT_PX, VIEWPORT_PX);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const edit = (keys: readonly string[], name: string, value: unknown) => {
    if (readOnly) return;
    store.apply(editPropertiesPatch(store.getSnapshot(), layer.id, keys, { [name]: value }));
  };
  const onRowClick = (event: React.MouseEvent, key: string, index: number) => {
    if (event.ctrlKey || event.metaKey) {
      const next = new Set(selected);
      if (!next.delete(key)) next.add(key);
      setSelected(next);
      setAnchor(index);
      return;
    }
    if (event.shiftKey && anchor !== null) {
      const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
      setSelected(new Set(rows.slice(from, to + 1)));
      return;
    }
    setSelected(new Set([key]));
    setAnchor(index);
    props.onActivate(key);
  };

  return (
    <section
      className="attribute-table"
      aria-label={`${to(lang, 'attributeTable')}: ${layer.title[lang]}`}
    >
      <header>
        <h3>
          {to(lang, 'attributeTable')}: {layer.title[lang]}
        </h3>
        <label>
          {to(lang, 'tableFilter')}
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </label>
        <span role="status">
          {rows.length} {to(lang, 'tableRows')}
          {selected.size > 1 ? `, ${selected.size} ${to(lang, 'tableSelected')}` : ''}
        </span>
        <button type="button" onClick={props.onClose} aria-label={to(lang, 'closeTable')}>
          ×
        </button>
      </header>
      {selected.size > 1 && !readOnly && (
        <MultiEdit
          lang={lang}
          fields={fields}
          count={selected.size}
          onApply={(name, value) => edit([...selected], name, value)}
        />
      )}
      <div className="table-viewport" style={{ height: VIEWPORT_PX }} onScroll={onScroll}>
        <table aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              <th scope="col">id</th>
              {fields.map((field) => (
                <th
                  key={field.name}
                  scope="col"
                  aria-sort={sort?.property === field.name ? sort.direction : 'none'}
                >
                  <button type="button" onClick={() => toggleSort(field.name)}>
                    {field.label[lang]}
                    <span aria-hidden="true">{sortMark(sort, field.name)}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="table-spacer" style={{ height: window.topPx }} />
            {rows.slice(window.start, window.end).map((key, offset) => {
              const index = window.start + offset;
              const properties = state?.features.get(key)?.properties ?? {};
              return (
                <tr
                  key={key}
                  aria-rowindex={index + 2}
                  aria-selected={selected.has(key)}
                  style={{ height: ROW_HEIGHT_PX }}
                  onClick={(event) => onRowClick(event, key, index)}
                >
                  <th scope="row">{key}</th>
                  {fields.map((field) => (
                    <TableCell
                      key={field.name}
                      lang={lang}
                      field={field}
                      value={properties[field.name]}
                      readOnly={readOnly}
                      onCommit={(value) => edit([key], field.name, value)}
                    />
                  ))}
                </tr>
              );
            })}
            <tr className="table-spacer" style={{ height: window.bottomPx }} />
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The arrow after a sorted column's name (its state is also in `aria-sort`). */
function sortMark(sort: { property: string; direction: string } | null, name: string): string {
  if (sort?.property !== name) return '';
  return sort.direction === 'ascending' ? ' ▲' : ' ▼';
}
