import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { ResultColumn, ResultRow } from '../../core/checks/result-table.ts';
import { formatArea, formatLength } from '../../core/format/propertyText.ts';
import { textCollator } from '../../core/i18n/collation.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';

type Sort = { key: string; descending: boolean } | null;

// Rows drawn at once: a check can return tens of thousands; the table grows on request.
const PAGE_ROWS = 200;

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

function cellText(column: ResultColumn, value: string | number | null, lang: Lang): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (column.unit) {
    case 'meters':
      return formatLength(value, lang);
    case 'hectares':
      return formatArea(value * 10_000, lang);
    case 'share':
      return `${(value * 100).toLocaleString(LOCALE[lang], { maximumFractionDigits: 1 })} %`;
    default:
      return String(value);
  }
}

function compare(a: string | number | null, b: string | number | null, lang: Lang): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return textCollator(lang).compare(String(a), String(b));
}

/** Which row a key moves to from `index` among `count` rows, or null for other keys. */
function rowAfterKey(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * A sortable results table. Clicking a row, or Enter on it, chooses it (the map highlights it
 * and flies there); the arrow keys, Home and End move the choice. One row is a tab stop. A row
 * chosen elsewhere (its drawing clicked on the map) is brought into view.
 */
export function ResultsTable(props: {
  lang: Lang;
  columns: readonly ResultColumn[];
  rows: readonly ResultRow[];
  chosenKey: string | null;
  onChoose: (row: ResultRow) => void;
}) {
  const { lang, columns, rows, chosenKey } = props;
  const [sort, setSort] = useState<Sort>(null);
  const [shown, setShown] = useState(PAGE_ROWS);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const direction = sort.descending ? -1 : 1;
    return [...rows].sort(
      (x, y) => direction * compare(x.values[sort.key] ?? null, y.values[sort.key] ?? null, lang),
    );
  }, [rows, sort, lang]);
  const toggle = (key: string) =>
    setSort((previous) => ({
      key,
      descending: previous?.key === key ? !previous.descending : false,
    }));
  // The chosen row is shown and scrolled into view, however it was chosen (on the map too).
  const chosenIndex = chosenKey === null ? -1 : sorted.findIndex((row) => row.key === chosenKey);
  if (chosenIndex >= shown) setShown(Math.ceil((chosenIndex + 1) / PAGE_ROWS) * PAGE_ROWS);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (chosenKey === null) return;
    const chosenRow = [...(bodyRef.current?.rows ?? [])].find(
      (element) => element.dataset.rowKey === chosenKey,
    );
    chosenRow?.scrollIntoView({ block: 'nearest' });
  }, [chosenKey]);
  const visible = sorted.slice(0, shown);
  const tabStop = visible.some((row) => row.key === chosenKey) ? chosenKey : visible[0]?.key;
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onChoose(visible[index] as ResultRow);
      return;
    }
    const next = rowAfterKey(event.key, index, visible.length);
    if (next === null) return;
    event.preventDefault();
    const body = event.currentTarget.parentElement;
    (body?.children[next] as HTMLElement | undefined)?.focus();
    props.onChoose(visible[next] as ResultRow);
  };
  return (
    <table className="results-table" data-testid="results-table">
      <thead>
        <tr>
          {columns.map((column) => {
            const direction =
              sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none';
            return (
              <th key={column.key} scope="col" aria-sort={direction}>
                <button type="button" onClick={() => toggle(column.key)}>
                  {column.label[lang]}
                  {direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {visible.map((row, index) => (
          <tr
            key={row.key}
            tabIndex={row.key === tabStop ? 0 : -1}
            className={row.key === chosenKey ? 'chosen' : undefined}
            aria-current={row.key === chosenKey ? 'true' : undefined}
            data-row-key={row.key}
            onClick={() => props.onChoose(row)}
            onKeyDown={(event) => onRowKey(event, index)}
          >
            {columns.map((column) => (
              <td key={column.key} className={column.unit === 'text' ? '' : 'number'}>
                {cellText(column, row.values[column.key] ?? null, lang)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {sorted.length > shown && (
        <tfoot>
          <tr>
            <td colSpan={columns.length}>
              <button
                type="button"
                className="link"
                onClick={() => setShown(shown + PAGE_ROWS * 5)}
              >
                {shown} / {sorted.length} — {t(lang, 'showMore')}
              </button>
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
