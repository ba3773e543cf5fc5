import type { Feature, MultiPolygon } from 'geojson';
import type { NearestRow } from '../analysis/nearest-between.ts';
import type { OverlapRow } from '../analysis/overlap-between.ts';
import type { ResultColumn, ResultRow, ResultTable } from './result-table.ts';
import type { CheckOutcome } from './run-check.ts';
import type { LeftOutFeature } from './usable-features.ts';

/** What the page keeps of an outcome: the rows to export, without the input features. */
export type ExportableOutcome =
  | { kind: 'nearest'; rows: NearestRow[] }
  | { kind: 'overlap'; rows: OverlapRow[] }
  | { kind: 'corridor'; corridors: Feature<MultiPolygon>[] };

/** One slice of a result, small enough to cross from the worker without stalling the page. */
export interface ResultChunk {
  kind: ExportableOutcome['kind'];
  columns: ResultColumn[];
  /** Outcome rows (nearest / overlap rows, or corridor features) of this slice. */
  items: unknown[];
  tableRows: ResultRow[];
  /** The table's background overlay, sent with the first slice only. */
  background: Feature[];
  /** The features the check left out, sent with the first slice only. */
  leftOut: LeftOutFeature[];
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
  const total = Math.max(items.length, 1);
  for (let start = 0; start < total; start += size) {
    yield {
      kind: outcome.kind,
      columns: table.columns,
      items: items.slice(start, start + size),
      tableRows: table.rows.slice(start, start + size),
      background: start === 0 ? table.background : [],
      leftOut: start === 0 ? table.leftOut : [],
    };
  }
}

/** Puts the slices back together on the page, in the order they were sent. */
export class ResultAssembler {
  private kind: ExportableOutcome['kind'] = 'nearest';
  private columns: ResultColumn[] = [];
  private readonly items: unknown[] = [];
  private readonly tableRows: ResultRow[] = [];
  private readonly background: Feature[] = [];
  private readonly leftOut: LeftOutFeature[] = [];

  add(chunk: ResultChunk): void {
    this.kind = chunk.kind;
    this.columns = chunk.columns;
    for (const item of chunk.items) this.items.push(item);
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
    };
    switch (this.kind) {
      case 'corridor':
        return {
          outcome: { kind: 'corridor', corridors: this.items as Feature<MultiPolygon>[] },
          table,
        };
      case 'overlap':
        return { outcome: { kind: 'overlap', rows: this.items as OverlapRow[] }, table };
      case 'nearest':
        return { outcome: { kind: 'nearest', rows: this.items as NearestRow[] }, table };
    }
  }
}
