import { useMemo, useState } from 'react';
import type { ResultColumn, ResultRow } from '../../core/checks/result-table.ts';
import { formatArea, formatLength } from '../../core/format/propertyText.ts';
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
  return String(a).localeCompare(String(b), LOCALE[lang]);
}

/** A sortable results table; clicking a row zooms the map to it. */
export function ResultsTable(props: {
  lang: Lang;
  columns: readonly ResultColumn[];
  rows: readonly ResultRow[];
  onRowClick: (row: ResultRow) => void;
}) {
  const { lang, columns, rows } = props;
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
      <tbody>
        {sorted.slice(0, shown).map((row) => (
          <tr
            key={row.key}
            tabIndex={0}
            onClick={() => props.onRowClick(row)}
            onKeyDown={(event) => event.key === 'Enter' && props.onRowClick(row)}
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
