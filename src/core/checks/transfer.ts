import type { Feature, MultiPolygon } from 'geojson';
import type { NearestRow } from '../analysis/nearest-between.ts';
import type { OverlapRow } from '../analysis/overlap-between.ts';
import type { PairNames } from '../analysis/serialize-rows.ts';
import type { EmptyResultHint } from './empty-result-hint.ts';
import type { ResultColumn, ResultRow, ResultTable } from './result-table.ts';
import { pairNamesOf } from './row-names.ts';
import type { CheckOutcome } from './run-check.ts';
import type { LeftOutFeature } from './usable-features.ts';

/**
 * What the page keeps of an outcome: the rows to export with the names of the features they
 * pair (one per row), without the input features. Corridors keep their source's properties.
 */
export type ExportableOutcome =
  | { kind: 'nearest'; rows: NearestRow[]; names: PairNames[] }
  | { kind: 'overlap'; rows: OverlapRow[]; names: PairNames[] }
  | { kind: 'corridor'; corridors: Feature<MultiPolygon>[] };

/** One slice of a result, small enough to cross from the worker without stalling the page. */
export interface ResultChunk {
  kind: ExportableOutcome['kind'];
  columns: ResultColumn[];
  /** Outcome rows (nearest / overlap rows, or corridor features) of this slice. */
  items: unknown[];
  /** The names of the features each item pairs (nearest and overlap; empty for corridors). */
  names: PairNames[];
  tableRows: ResultRow[];
  /** The table's background overlay, sent with the first slice only. */
  background: Feature[];
  /** The features the check left out, sent with the first slice only. */
  leftOut: LeftOutFeature[];
  /** Why a result has no rows (see {@link EmptyResultHint}), with the first slice only. */
  hint?: EmptyResultHint;
}

/**
 * Cuts an outcome and its table into slices of `size` rows. Each structured-clone message then
 * costs the page a few milliseconds instead of one long stall for tens of thousands of rows,
 * and a slice's outcome rows and table rows share their geometry objects (cloned once).
 */
export function* resultChunks(
  outcome: CheckOutcome,
  table: ResultTable,
  size: number,
): Generator<ResultChunk> {
  const items: unknown[] = outcome.kind === 'corridor' ? outcome.corridors : outcome.rows;
  const names = pairNamesOf(outcome);
  const total = Math.max(items.length, 1);
  for (let start = 0; start < total; start += size) {
    yield {
      kind: outcome.kind,
      columns: table.columns,
      items: items.slice(start, start + size),
      names: names.slice(start, start + size),
      tableRows: table.rows.slice(start, start + size),
      background: start === 0 ? table.background : [],
      leftOut: start === 0 ? table.leftOut : [],
      ...(start === 0 && table.hint ? { hint: table.hint } : {}),
    };
  }
}

/** Puts the slices back together on the page, in the order they were sent. */
export class ResultAssembler {
  private kind: ExportableOutcome['kind'] = 'nearest';
  private columns: ResultColumn[] = [];
  private readonly items: unknown[] = [];
  private readonly names: PairNames[] = [];
  private hint: EmptyResultHint | undefined;
  private readonly tableRows: ResultRow[] = [];
  private readonly background: Feature[] = [];
  private readonly leftOut: LeftOutFeature[] = [];

  add(chunk: ResultChunk): void {
    this.kind = chunk.kind;
    this.columns = chunk.columns;
    for (const item of chunk.items) this.items.push(item);
    for (const names of chunk.names) this.names.push(names);
    if (chunk.hint) this.hint = chunk.hint;
    for (const row of chunk.tableRows) this.tableRows.push(row);
    for (const feature of chunk.background) this.background.push(feature);
    for (const feature of chunk.leftOut) this.leftOut.push(feature);
  }

  result(): { outcome: ExportableOutcome; table: ResultTable } {
    const table: ResultTable = {
      columns: this.columns,
      rows: this.tableRows,
      background: this.background,
      leftOut: this.leftOut,
      ...(this.hint ? { hint: this.hint } : {}),
    };
    switch (this.kind) {
      case 'corridor':
        return {
          outcome: { kind: 'corridor', corridors: this.items as Feature<MultiPolygon>[] },
          table,
        };
      case 'overlap':
        return {
          outcome: { kind: 'overlap', rows: this.items as OverlapRow[], names: this.names },
          table,
        };
      case 'nearest':
        return {
          outcome: { kind: 'nearest', rows: this.items as NearestRow[], names: this.names },
          table,
        };
    }
  }
}
